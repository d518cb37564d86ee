// Readable at every width: on every page with charts, at 390 px (a phone), 720 and 1280 px, no two text labels of
// a chart overlap (tick labels, value labels, break captions, notes) and no chart is wider than the screen. The
// charts are measured after hydration, redrawn at the page's own width, as a reader sees them.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import {measureChartLabels} from "./label-overlap.js";
import {listPages, openSite, waitForCharts} from "./site.js";

const widths = [390, 720, 1280];
let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The pages that place charts with a frame; the measure fiches and embeds show the same charts (fiches-test.ts). */
const pages = listPages().filter((path) => !/^\/(embed|maatregelen)\//.test(path));
const measured = new Set<string>();

describe("chart labels at 390, 720 and 1280 px", () => {
  for (const width of widths)
    for (const path of pages)
      it(`${path} at ${width} px: no overlapping labels, no chart wider than the screen`, async () => {
        const page = await site.browser.newPage({viewport: {width, height: 900}});
        await page.goto(`${site.server.origin}${path}`, {waitUntil: "load"});
        if ((await page.locator("figure.chart-frame").count()) > 0) await waitForCharts(page);
        const report = await page.evaluate(measureChartLabels, "figure.chart-frame .chart-frame__plot svg");
        for (const id of await page.locator("figure.chart-frame").evaluateAll((fs) => fs.map((f) => f.id)))
          measured.add(id.replace(/^grafiek-/, ""));
        await page.close();
        expect(report.overlaps.map((o) => `${o.chart}: "${o.a}" over "${o.b}"`)).toEqual([]);
        expect(report.tooWide).toEqual([]);
      });

  it("measured every chart of the site", () => {
    expect(charts.map((c) => c.id).filter((id) => !measured.has(id))).toEqual([]);
  });
});
