// The EAK employment rates as their sources mean them: breaks with a kind (from the metadata), the change of
// definition of "met hinder" between the Beleidsbrief 2012-2013 and the beleidsnota 2024-2029, a gap derived
// only within one publication, and both values kept where documents disagree.
import {describe, expect, it} from "vitest";
import {readDataset} from "../../loaders/lib/dataset.js";
import {deriveRows} from "../../loaders/lib/derive.js";
import {normalizeMeta} from "../../loaders/lib/meta.js";
import {readSources} from "../../loaders/lib/sources.js";
import type {ValidRow} from "../../loaders/lib/validate.js";

const files = {meta: "data/eak/eak-werkzaamheid.meta.json", table: "data/eak/eak-werkzaamheid.csv"};
const readEak = () => readDataset(files, readSources("data"));

describe("series breaks in the metadata", () => {
  it("gives every break of every dataset a kind", () => {
    const {meta} = readEak();
    expect(meta.breaks.map((b) => [b.period, b.kind])).toEqual([
      ["1999", "survey-reform"],
      ["2001", "survey-reform"],
      ["2005", "survey-reform"],
      ["2011", "survey-reform"],
      ["2017", "survey-reform"],
      ["2021", "survey-reform"],
      ["2023", "definition"]
    ]);
  });

  it("declares the change of definition of 'met hinder' for the hinder rate and the gap only", () => {
    const definition = readEak().meta.breaks.find((b) => b.kind === "definition")!;
    expect(definition.groups).toEqual({group: ["hinder", "kloof"]});
    expect(definition.description).toContain("Arbeidsgehandicapt");
    expect(definition.description).toContain("zes maanden of langer");
  });

  it("refuses a break without a kind, with an unknown kind, or limited to an unknown column", () => {
    const base = JSON.parse(JSON.stringify(readEak().meta)) as Record<string, unknown>;
    const withBreak = (b: unknown) => () => normalizeMeta({...base, breaks: [b]}, "x.meta.json");
    expect(withBreak({period: "2017", label: "a", description: "b"})).toThrow(/x\.meta\.json.*breaks\[0\]\.kind/);
    expect(withBreak({period: "2017", kind: "weer", label: "a", description: "b"})).toThrow(/not one of/);
    expect(
      withBreak({period: "2017", kind: "definition", label: "a", description: "b", groups: {year: ["x"]}})
    ).toThrow(/no category column/);
  });
});

describe("the derived gap", () => {
  it("subtracts only two rates of the same year and the same publication", () => {
    const {rows} = readEak();
    const gaps = rows.filter((r) => r.group === "kloof");
    expect(gaps.map((g) => [g.year, g.value])).toEqual([
      [2002, 31.2],
      [2007, 29.2],
      [2010, 38.6],
      [2011, 33.2],
      [2023, 29.5]
    ]);
  });

  it("stops with file, row and column when the two rates of a year come from different publications", () => {
    const {meta} = readEak();
    const row = (line: number, group: string, value: number, source_id: string): ValidRow => ({
      line,
      values: {year: 2023, group, value, source_id, source_url: "https://example.org/", shown: "ja"}
    });
    // A mixed case built here: the total from the beleidsnota, the hinder rate from Steunpunt Werk.
    const mixed = [row(6, "totaal", 76.8, "vp-2024-beleidsnota-se"), row(41, "hinder", 47.3, "web-steunpuntwerk")];
    expect(() => deriveRows(meta, mixed, "data/eak/eak-werkzaamheid.csv")).toThrow(
      /eak-werkzaamheid\.csv, row 41, column source_id: the gap for 2023 would subtract/
    );
  });
});

describe("values where documents disagree", () => {
  const values = (year: number) =>
    readEak()
      .rows.filter((r) => r.year === year && r.group === "totaal")
      .map((r) => [r.value, r.source_id, r.shown]);

  it("keeps the beleidsnota's 76,6% for 2024 beside the 76,9% shown, with the reason", () => {
    expect(values(2024)).toEqual(
      expect.arrayContaining([
        [76.9, "web-peoplesphere-eak-2024", "ja"],
        [76.6, "vp-2024-beleidsnota-se", "nee"]
      ])
    );
    const alternative = readEak().rows.find((r) => r.year === 2024 && r.value === 76.6)!;
    expect(alternative.note).toMatch(/15 november 2024.*geen volledig jaarcijfer/);
  });

  it("keeps three values for 1999, one shown, and adds the Federaal Planbureau's years the site lacked", () => {
    expect(values(1999)).toEqual(
      expect.arrayContaining([
        [67.9, "web-sv-werkzaamheidsgraad-2024", "ja"],
        [67.3, "web-veerkracht-werkzaamheidsgraad", "nee"],
        [67.4, "web-fpb-indicators-g08-emp", "nee"]
      ])
    );
    for (const [year, value] of [
      [2000, 69.7],
      [2005, 70.4],
      [2015, 71.9],
      [2016, 72.0]
    ])
      expect(values(year)).toEqual([[value, "web-fpb-indicators-g08-emp", "ja"]]);
  });
});
