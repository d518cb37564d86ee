// The fill rate of the collectief maatwerk contingent (vullingsgraad), derived from the published quarterly sums in
// data/cmw/cmw-kwartaal.csv: one derived row per period, computed from exactly the two published inputs.
import {describe, expect, it} from "vitest";
import {readDataset} from "../../loaders/lib/dataset.js";
import {deriveRows} from "../../loaders/lib/derive.js";
import {readSources} from "../../loaders/lib/sources.js";
import type {ValidRow} from "../../loaders/lib/validate.js";

const files = {meta: "data/cmw/cmw-kwartaal.meta.json", table: "data/cmw/cmw-kwartaal.csv"};

function readKwartaal() {
  return readDataset(files, readSources("data"));
}

describe("the cmw-kwartaal fill rate", () => {
  it("adds one derived fill rate per period with both inputs, rounded to one decimal", () => {
    const {rows, meta} = readKwartaal();
    const rates = rows.filter((r) => r.measure === "vullingsgraad");
    // Computed by hand from the published sums: ingevuld / toegekend × 100.
    expect(Object.fromEntries(rates.map((r) => [r.period, r.value]))).toEqual({
      "2019K4": 95.2, // 18.602,73 / 19.533,80
      "2020K4": 94.1, // 18.433,95 / 19.587,80
      "2021K4": 94.7, // 18.748,94 / 19.804,80
      "2022K4": 94.5, // 18.828,37 / 19.929,40
      "2023K4": 92.4, // 19.790,62 / 21.421,94
      "2024K4": 92.9, // 19.800,49 / 21.318,54
      "2025K4": 95.7, // 20.341,62 / 21.245,67
      "2026K1": 92.8 // 19.913,79 / 21.466,66
    });
    // The snapshot schema knows the derived code and its Dutch label.
    const measure = meta.columns.find((c) => c.name === "measure");
    expect(measure?.type === "category" && measure.values.vullingsgraad).toMatch(/^Vullingsgraad/);
  });

  it("marks the derived rows and spells out the calculation with the published inputs", () => {
    const {rows} = readKwartaal();
    const rate = rows.find((r) => r.period === "2019K4" && r.measure === "vullingsgraad")!;
    expect(rate).toMatchObject({derived: true, source_id: "afgeleid", shown: "ja", confidence: "medium"});
    expect(rate.source_section).toContain("18.602,73");
    expect(rate.source_section).toContain("19.533,80");
    expect(rate.source_url).toMatch(/^https:\/\/opendata\.wewis\.vlaanderen\.be\//);
    // The published rows stay as they were: none of them is marked derived.
    expect(rows.filter((r) => r.measure !== "vullingsgraad").every((r) => r.derived === false)).toBe(true);
  });

  it("agrees with the inputs for every period, recomputed here from the published rows", () => {
    const {rows} = readKwartaal();
    const published = (period: unknown, measure: string) =>
      Number(rows.find((r) => r.period === period && r.measure === measure && r.derived === false)!.value);
    for (const rate of rows.filter((r) => r.measure === "vullingsgraad")) {
      const exact = (published(rate.period, "ingevuld_vte") / published(rate.period, "contingent_toegekend_vte")) * 100;
      expect(Math.abs(Number(rate.value) - exact)).toBeLessThanOrEqual(0.05);
    }
  });

  it("skips a period that lacks an input and refuses a contingent of zero", () => {
    const {meta} = readKwartaal();
    const row = (line: number, period: string, measure: string, value: number): ValidRow => ({
      line,
      values: {period, measure, value, source_id: "wewis-cmw03", source_url: "https://example.org/", shown: "ja"}
    });
    expect(deriveRows(meta, [row(2, "2019K4", "ingevuld_vte", 100)], "cmw-kwartaal.csv")).toEqual([]);
    expect(() =>
      deriveRows(
        meta,
        [row(2, "2019K4", "contingent_toegekend_vte", 0), row(3, "2019K4", "ingevuld_vte", 100)],
        "cmw-kwartaal.csv"
      )
    ).toThrow(/^cmw-kwartaal\.csv, row 2, column value: the contingent for 2019K4 must be positive/);
  });
});
