// The two extra charts of the page Werkzaamheid en kloof, drawn in jsdom from fixed inputs (the published figures
// of Tabel 1 of the Beleidsbrief 2012-2013 and of the Beleidsnota 2024-2029, copied here): SVG snapshots, plus
// checks that can fail on what matters (one dot per published figure, no dot for "n.b.", nl-BE labels).
import {describe, expect, it} from "vitest";
import type {Row} from "../../src/charts/types.js";
import {drawChart} from "./draw-chart.js";
import {expectChartSnapshot} from "./snapshot.js";
import {readTexts} from "./svg-text.js";

const dots = (svg: Element) => svg.querySelectorAll("g[aria-label='dot'] circle").length;

// Tabel 1, Werkzaamheidsgraden, Vlaams Gewest (2002-2011) (20-64 jaar); "Geboren buiten EU-27" is n.b. in 2002.
const table1: Row[] = [
  ...[
    ["totaal", [68.6, 71.9, 72.1, 71.8]],
    ["leeftijd-50-54", [40.6, 49.3, 53.1, 53.6]],
    ["leeftijd-55-64", [25.6, 34.2, 38.2, 38.9]],
    ["laaggeschoold", [52.6, 54.3, 53.3, 52.0]],
    ["hinder", [37.4, 42.7, 33.5, 38.6]],
    ["niet-eu-burger", [41.4, 44.5, 44.4, 46.3]]
  ].flatMap(([group, values]) =>
    (values as number[]).map((value, i) => ({year: [2002, 2007, 2010, 2011][i], group: group as string, value}))
  ),
  {year: 2007, group: "geboren-buiten-eu27", value: 51.4},
  {year: 2010, group: "geboren-buiten-eu27", value: 53.4},
  {year: 2011, group: "geboren-buiten-eu27", value: 53.0}
];

describe("eak-groepen: employment rate of the risk groups, 2002-2011", () => {
  it("draws one dot per published figure, none for 2002 of 'Geboren buiten EU-27'", async () => {
    const {svg} = drawChart("eak-groepen", table1);
    expect(dots(svg)).toBe(27);
    await expectChartSnapshot(svg, "eak-groepen");
  });

  it("writes the latest year's rates in nl-BE at the right", () => {
    const {svg} = drawChart("eak-groepen", table1);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["2011", "71,8%", "38,6%", "52,0%"]));
  });

  it("draws only the years a reader picked, in the same colours", () => {
    const picked = table1.filter((r) => Number(r.year) >= 2010);
    const {svg} = drawChart("eak-groepen", picked);
    expect(dots(svg)).toBe(14);
    // One mark per year, its shade on the mark's group.
    const fills = [...svg.querySelectorAll("g[aria-label='dot']")].map((g) => g.getAttribute("fill"));
    expect(new Set(fills)).toEqual(new Set(["#2f4770", "#0d1b3a"]));
  });

  it("describes the latest values and the path of the persons with a work disability", () => {
    const text = drawChart("eak-groepen", table1).description;
    expect(text).toContain("In 2011: Totale bevolking 20-64 jaar 71,8%");
    expect(text).toContain(
      "Personen met hinder (arbeidshandicap): 37,4% (2002), 42,7% (2007), 33,5% (2010), 38,6% (2011)."
    );
    // The EAK series has breaks between 2002 and 2011 (metadata): the text says the years are not fully comparable.
    expect(text).toMatch(/breuken in .*niet volledig vergelijkbaar/);
  });
});

describe("eak-hinder-aandeel: the share of 15- to 64-year-olds with hinder", () => {
  const rows = [
    {year: 2023, measure: "aandeel", value: 13.6},
    {year: 2023, measure: "personen", value: 580000}
  ];

  it("writes the share and the persons in nl-BE and fills the bar to the share", async () => {
    const {svg, describe} = drawChart("eak-hinder-aandeel", rows);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["13,6%", "ongeveer 580.000"]));
    // The filled bar spans 13,6 of the 100 of the grey track.
    const [track, share] = [...svg.querySelectorAll("g[aria-label='rect'] rect")].map((r) =>
      Number(r.getAttribute("width"))
    );
    expect(share / track).toBeCloseTo(0.136, 2);
    expect(describe()).toContain("Aandeel met hinder in de bevolking van 15-64 jaar (%): 13,6%");
    await expectChartSnapshot(svg, "eak-hinder-aandeel");
  });
});
