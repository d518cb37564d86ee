// The headline chart of the site, eak-kloof, drawn in jsdom from fixed inputs: the published rates of Tabel 1
// of the Beleidsbrief 2012-2013 (2002, 2007, 2010, 2011) and of the Beleidsnota 2024-2029 (2023), copied here,
// with the gap derived as the loader derives it (totaal min hinder). An SVG snapshot, plus checks that can
// fail on what matters: years without a figure stay empty, one dot per published figure, the 2023 gap in ppt.
import {describe, expect, it} from "vitest";
import type {Row} from "../../src/charts/types.js";
import {drawChart} from "./draw-chart.js";
import {expectChartSnapshot} from "./snapshot.js";
import {countSubpaths, readTexts} from "./svg-text.js";

const published: [number, number, number][] = [
  // year, totaal (20-64 jaar), personen met hinder
  [2002, 68.6, 37.4],
  [2007, 71.9, 42.7],
  [2010, 72.1, 33.5],
  [2011, 71.8, 38.6],
  [2023, 76.8, 47.3]
];
const rows: Row[] = published.flatMap(([year, totaal, hinder]) => [
  {year, group: "totaal", value: totaal},
  {year, group: "hinder", value: hinder},
  {year, group: "kloof", value: Math.round((totaal - hinder) * 10) / 10, source_id: "afgeleid"}
]);

describe("eak-kloof: employment rate of persons with hinder against the total, and the gap", () => {
  it("matches its SVG snapshot", async () => {
    const {svg} = drawChart("eak-kloof", rows);
    await expectChartSnapshot(svg, "eak-kloof");
  });

  it("matches its SVG snapshot on a phone (390 px), with the break captions on three rows", async () => {
    const {svg} = drawChart("eak-kloof", rows, 390);
    await expectChartSnapshot(svg, "eak-kloof-390");
  });

  it("breaks both lines over the years without a published figure", () => {
    const {svg} = drawChart("eak-kloof", rows);
    const lines = [...svg.querySelectorAll("g[aria-label='line'] path")];
    // The total is one line; the hinder rate is two: 2002-2011 (Beleidsbrief 2012-2013) and 2023 (beleidsnota),
    // apart because the metadata declares a change of definition and source for the hinder group in 2023.
    expect(lines).toHaveLength(3);
    // 2002 stands alone (2003-2006 empty), 2007 and 2010-2011 are apart (2008-2009), then 2023 alone.
    expect(countSubpaths(lines[0])).toBeGreaterThan(1);
  });

  it("marks the change of definition of the hinder group and compares no gap across it", () => {
    const {svg, description} = drawChart("eak-kloof", rows);
    const rules = [...svg.querySelectorAll("[aria-label^='Breuk in de reeks']")].map((r) =>
      r.getAttribute("aria-label")
    );
    expect(rules).toContain("Breuk in de reeks: 2023: andere definitie en bron (hinder)");
    expect(description).not.toContain("In 2002 was de kloof");
    expect(description).toContain("De kloof van 2023 is niet te vergelijken met die van 2002 tot 2011");
  });

  it("names in its text alternative every survey reform the chart marks, not only the change of definition", () => {
    const {svg, description} = drawChart("eak-kloof", rows);
    const marked = [...svg.querySelectorAll("[aria-label^='Breuk in de reeks']")].map((r) =>
      r.getAttribute("aria-label")!.replace("Breuk in de reeks: ", "")
    );
    expect(marked).toEqual(
      expect.arrayContaining(["Breuk EAK 2005", "Hervorming EAK 2017", "Nieuwe vragenlijst 2021"])
    );
    expect(description).toContain(
      "In de grafiek gemarkeerd als breuken in de reeks: Breuk EAK 2005, Breuk EAK 2011, Hervorming EAK 2017 en Nieuwe vragenlijst 2021."
    );
  });

  it("draws one dot per published rate and none for the derived gap", () => {
    const {svg} = drawChart("eak-kloof", rows);
    expect(svg.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path")).toHaveLength(
      published.length * 2
    );
  });

  it("writes the 2023 rates and the gap in nl-BE", () => {
    const {svg, description} = drawChart("eak-kloof", rows);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["47,3%", "76,8%", "29,5 ppt"]));
    expect(description).toContain(
      "De kloof in 2023: 29,5 ppt, tussen Totale bevolking 20-64 jaar 76,8% en Personen met hinder (arbeidshandicap) 47,3%."
    );
  });
});
