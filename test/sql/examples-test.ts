// Every example query runs against the real snapshots (written from data/ by test/sql/snapshots.ts)
// in native DuckDB, which reads the same Parquet files the page loads into DuckDB-WASM.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {openSnapshots} from "../../tools/frames/query.js";
import type {SnapshotDatabase} from "../../tools/frames/query.js";
import {exampleQueries, examples} from "../../src/components/sql/examples.js";
import type {Catalogue} from "../../src/components/sql/catalogue.js";
import {chooseQuickChart} from "../../src/components/sql/quick-chart.js";
import {snapshotDir} from "./snapshots.js";

let db: SnapshotDatabase;
beforeAll(async () => {
  db = await openSnapshots(snapshotDir);
});
afterAll(() => db?.close());

describe("example queries", () => {
  it("have unique ids", () => {
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
  });

  for (const example of examples)
    it(`${example.id} runs and returns rows`, async () => {
      const rows = await db.query(example.sql);
      expect(rows.length).toBeGreaterThan(0);
    });

  it("say so in their button when they read one quarter of each year, so no quarter passes for a year", () => {
    const quarterly = examples.filter((e) => /LIKE '%K4'/.test(e.sql));
    expect(quarterly.length).toBeGreaterThan(0);
    for (const example of quarterly) expect(example.label).toMatch(/vierde kwartaal/);
  });

  it("that return a plain series (year or period, value) read one publication, so no quick chart line joins two", async () => {
    const series = examples.filter((e) => /^(--[^\n]*\n)?SELECT (year|period), value\n/.test(e.sql));
    expect(series.length).toBeGreaterThan(3);
    for (const example of series) {
      const rows = await db.query(
        example.sql.replace(/SELECT (year|period), value\n/, "SELECT $1, value, source_id\n")
      );
      expect(new Set(rows.map((r) => r.source_id)).size, example.id).toBe(1);
    }
  });

  it("give the published gap of 2023", async () => {
    const rows = await db.query(examples.find((e) => e.id === "kloof")!.sql);
    expect(rows.find((r) => r.year === 2023)?.value).toBe(29.5);
    const result = {columns: ["year", "value"], rows: rows.map((r) => [r.year, r.value])};
    expect(chooseQuickChart(result)).toMatchObject({kind: "line"});
  });

  it("compute a fill rate between 0 and 100 for each fourth quarter", async () => {
    const rows = await db.query(examples.find((e) => e.id === "cmw-vulling")!.sql);
    for (const row of rows) expect(Number(row.vullingsgraad_pct)).toBeGreaterThan(0);
    for (const row of rows) expect(Number(row.vullingsgraad_pct)).toBeLessThanOrEqual(100);
  });
});

describe("exampleQueries", () => {
  it("with the real catalogue, run (including any derived fill-rate example)", async () => {
    const catalogue = JSON.parse(readFileSync(join(snapshotDir, "catalogue.json"), "utf8")) as Catalogue;
    for (const example of exampleQueries(catalogue)) expect((await db.query(example.sql)).length).toBeGreaterThan(0);
  });

  const catalogue = (values: Record<string, string>): Catalogue => ({
    datasets: [{id: "cmw-kwartaal", title: "", columns: [{name: "measure", label: "", type: "category", values}]}]
  });

  it("adds a query for a derived fill-rate code named in the catalogue", () => {
    const list = exampleQueries(catalogue({ingevuld_vte: "Ingevuld", invullingsgraad: "Invullingsgraad (afgeleid)"}));
    const derived = list.find((e) => e.id === "cmw-vulling-afgeleid");
    expect(derived?.sql).toContain("measure = 'invullingsgraad'");
    expect(list.indexOf(derived!)).toBe(list.findIndex((e) => e.id === "cmw-vulling") - 1);
  });

  it("adds nothing when there is no such code", () => {
    expect(exampleQueries(catalogue({ingevuld_vte: "Ingevuld"}))).toEqual(examples);
    expect(exampleQueries()).toEqual(examples);
  });
});
