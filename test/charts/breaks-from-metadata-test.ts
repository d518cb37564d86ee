// Every chart draws the series breaks its datasets declare in meta.json, and no chart declares a break of its
// own: drawn from the real snapshots (built here from data/) once with the metadata's breaks and once without.
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildSnapshots} from "../../loaders/lib/snapshots.js";
import {breakApplies, periodNumber} from "../../src/charts/breaks.js";
import {charts} from "../../src/charts/index.js";
import type {Row} from "../../src/charts/types.js";
import {openSnapshots} from "../../tools/frames/query.js";
import type {SnapshotDatabase} from "../../tools/frames/query.js";
import {chartRows, describeChart, drawChart} from "../../src/grammar/draw.js";
import {chartMetadata} from "./draw-chart.js";

let db: SnapshotDatabase;
beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), "boordtabel-breaks-")), "snapshots");
  buildSnapshots("data", dir, {buildDate: "2026-01-01"});
  db = await openSnapshots(dir);
});
afterAll(() => db?.close());

const breakRules = (svg: Element) =>
  [...svg.querySelectorAll("[aria-label^='Breuk in de reeks']")].map((e) => e.getAttribute("aria-label"));

/** The periods a chart's rows cover, as numbers (2023, 2021.25 for 2021K2); span periods ("2019-2021") are left out. */
function periodsOf(rows: Row[]): number[] {
  return rows
    .map((r) => String(r.period ?? r.year ?? ""))
    .filter((p) => /^\d{4}(K[1-4]|M\d{2}|H[12])?$/.test(p))
    .map(periodNumber);
}

describe("series breaks come from the metadata", () => {
  for (const chart of charts)
    it(`${chart.id} marks exactly the breaks of its datasets within the periods it draws`, async () => {
      const rows = await db.query(chart.sql);
      const metadata = chartMetadata(chart.id);
      const data = chartRows(chart, rows, metadata);
      const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
      const breaks = metadata.breaks;
      const periods = periodsOf(rows);
      // The axis runs from the first period to the end of the last year drawn.
      const [first, end] = [Math.min(...periods), Math.floor(Math.max(...periods)) + 1];
      const inside = breaks.filter(
        (b) => periodNumber(b.period) > first && periodNumber(b.period) < end && rows.some((r) => breakApplies(b, r))
      );
      const drawn = breakRules(drawChart(chart, data, {document, width: 640, metadata}));
      const description = describeChart(chart, data, metadata);
      // One rule per break inside the drawn span (a change of measurement drawn as two labelled sides counts once);
      // a chart without a time axis names the breaks in its text alternative instead.
      const marked = new Set(drawn.map((label) => label?.split(" | ")[0])).size;
      const named = inside.filter((b) => new RegExp(`breuk[^.]*${b.period}`, "i").test(description)).length;
      expect(marked || named, description).toBe(inside.length);
      // Without the metadata's breaks the chart draws none: nothing is declared in chart code.
      expect(breakRules(drawChart(chart, data, {document, width: 640, metadata: {...metadata, breaks: []}}))).toEqual(
        []
      );
    });
});
