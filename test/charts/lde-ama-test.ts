// The charts of the page LDE en arbeidsmatige activiteiten, drawn in jsdom from fixed inputs (published figures,
// copied here): SVG snapshots, plus checks that can fail on what matters (no line from arbeidszorg to AMA, the
// end of arbeidszorg in April 2021, nl-BE labels).
import {describe, expect, it} from "vitest";
import {findChart} from "../../src/charts/index.js";
import {periodSpan} from "../../src/grammar/allocation.js";
import {drawChart} from "./draw-chart.js";
import {expectChartSnapshot} from "./snapshot.js";
import {readShownTexts} from "./svg-text.js";

describe("lde-contingent", () => {
  const rows = [
    {year: 2015, value: 1868},
    {year: 2016, value: 1829.9},
    {year: 2017, value: 1874.9},
    {year: 2018, value: 2109},
    {year: 2019, value: 2161.3},
    {year: 2020, value: 2151.4},
    {year: 2021, value: 2100.7}
  ];

  it("draws a bar per year with the value as published (one decimal)", async () => {
    const {svg, description} = drawChart("lde-contingent", rows);
    expect(svg.querySelectorAll("g[aria-description='kolommen'] line").length).toBe(7);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["1.868,0", "2.161,3", "2.100,7"]));
    expect(description).toContain(
      "stijgt van 1.868,0 (2015) tot 2.100,7 (2021); laagste: 1.829,9 (2016); hoogste: 2.161,3 (2019)"
    );
    await expectChartSnapshot(svg, "lde-contingent");
  });
});

describe("lde-bedrijven-grootte", () => {
  const published: [number, string, number][] = [
    [2015, "lt5", 115],
    [2015, "5_10", 58],
    [2015, "gt100", 2],
    [2021, "lt5", 49],
    [2021, "5_10", 46],
    [2021, "gt100", 3]
  ];
  const rows = published.map(([year, size_class, value]) => ({year, size_class, value}));

  it("draws a panel per class and never stacks the classes", async () => {
    const {svg, description} = drawChart("lde-bedrijven-grootte", rows);
    const bars = [...svg.querySelectorAll("g[aria-label='bar'] rect")];
    expect(bars.length).toBe(6);
    // Not stacked: every bar stands on the zero line.
    const bottoms = new Set(bars.map((b) => Number(b.getAttribute("y")) + Number(b.getAttribute("height"))));
    expect(bottoms.size).toBe(1);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["<5 VTE", ">100 VTE", "115", "49"]));
    // The text alternative speaks the classes the source prints "<5 VTE" (and keeps "<" out of an attribute).
    expect(description).not.toMatch(/[<>]/);
    expect(description).toContain(". Minder dan 5 VTE: 2015 115, 2021 49.");
    await expectChartSnapshot(svg, "lde-bedrijven-grootte");
  });
});

describe("lde-arbeidszorg-contingent", () => {
  const rows = [
    {period: "2019", care_type: "structureel", value: 389.7},
    {period: "2020", care_type: "structureel", value: 389.7},
    {period: "2021K1", care_type: "structureel", value: 389.7},
    {period: "2018-2019", care_type: "activerend", value: 157.4},
    {period: "2019-2020", care_type: "activerend", value: 137.42}
  ];

  it("reads years, quarters and allocation periods", () => {
    const chart = findChart("lde-arbeidszorg-contingent");
    const spans = chart?.type === "allocation" ? chart.spans : {};
    expect(periodSpan("2021K1", spans)).toEqual({
      start: new Date("2021-01-01"),
      end: new Date("2021-04-01"),
      label: "2021, 1e kwartaal"
    });
    expect(periodSpan("2018-2019", spans).label).toBe("16/7/2018 – 15/10/2019");
    expect(periodSpan("2020", spans).end).toEqual(new Date("2021-01-01"));
  });

  it("draws each contingent over its period and stops at AMA WSE", async () => {
    const {svg, description} = drawChart("lde-arbeidszorg-contingent", rows);
    // The contingents carry their colour on each <line>; the zero line and the break rule do not.
    const segments = [...svg.querySelectorAll("g[aria-label='rule'] line[stroke]")];
    expect(segments.length).toBe(5);
    const breakRule = svg.querySelector("line[aria-label^='Breuk']")!;
    const breakX = Number(breakRule.getAttribute("x1"));
    for (const segment of segments) expect(Number(segment.getAttribute("x2"))).toBeLessThanOrEqual(breakX + 0.5);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["389,7 VTE", "157,4 VTE", "137,42 VTE"]));
    expect(readShownTexts(svg).join(" ")).toContain("wordt AMA WSE");
    expect(description).toContain("389,7 VTE (30u/week)");
    await expectChartSnapshot(svg, "lde-arbeidszorg-contingent");
  });
});

describe("lde-arbeidszorg-bedrijven", () => {
  const rows = [
    {year: 2020, care_type: "structureel", size_class: "lt2", value: 1},
    {year: 2020, care_type: "structureel", size_class: "2_5", value: 26},
    {year: 2020, care_type: "structureel", size_class: "5_10", value: 26},
    {year: 2020, care_type: "structureel", size_class: "gt10", value: 9},
    {year: 2020, care_type: "activerend", size_class: "2_5", value: 11},
    {year: 2020, care_type: "activerend", size_class: "gt10", value: 2}
  ];

  it("draws a bar per published class and type", async () => {
    const {svg, description} = drawChart("lde-arbeidszorg-bedrijven", rows);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(6);
    expect(readShownTexts(svg)).toEqual(
      expect.arrayContaining(["Structurele arbeidszorg", "Activerende arbeidszorg", "26"])
    );
    expect(description).not.toMatch(/[<>]/);
    await expectChartSnapshot(svg, "lde-arbeidszorg-bedrijven");
  });
});

describe("lde-ama-2023", () => {
  const rows = [
    {year: 2023, measure: "deelnemers", value: 2420},
    {year: 2023, measure: "contingent", value: 1996},
    {year: 2023, measure: "organisaties", value: 82}
  ];

  it("shows the three figures with their units, in nl-BE", async () => {
    const {svg, description} = drawChart("lde-ama-2023", rows);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["2.420", "1.996", "82"]));
    expect(readShownTexts(svg).join(" ")).toContain("Contingent (VTE)");
    expect(description).toContain("Deelnemers (personen): 2.420 (in 2023)");
    await expectChartSnapshot(svg, "lde-ama-2023");
  });
});

describe("lde-doelgroepwerknemers: arbeidszorg becomes AMA", () => {
  const rows = [
    {year: 2020, measure: "lde_doelgroepwerknemers", value: 2559},
    {year: 2021, measure: "lde_doelgroepwerknemers", value: 2402},
    {year: 2020, measure: "arbeidszorg_doelgroepwerknemers", value: 2202},
    {year: 2021, measure: "ama_doelgroepwerknemers", value: 1652}
  ];

  it("joins LDE's two years but never arbeidszorg to AMA", async () => {
    const {svg, description} = drawChart("lde-doelgroepwerknemers", rows);
    const paths = [...svg.querySelectorAll("g[aria-label='line'] path")];
    const byColor = new Map(paths.map((p) => [p.getAttribute("stroke"), p.getAttribute("d") ?? ""]));
    expect(byColor.get("#2e7d32")).toContain("L"); // LDE: a segment from 2020 to 2021
    expect(byColor.get("#6a3d9a")).not.toContain("L"); // arbeidszorg: 2020 alone
    expect(byColor.get("#b34700")).not.toContain("L"); // AMA: 2021 alone
    expect(svg.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path").length).toBe(4);
    expect(svg.querySelector("line[aria-label^='Breuk']")).not.toBeNull();
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["2.559", "2.202", "1.652"]));
    expect(description).toContain("niet vergelijkbaar");
    await expectChartSnapshot(svg, "lde-doelgroepwerknemers");
  });

  it("keeps the 2015 total (old methodology) apart from the line", async () => {
    const {svg} = drawChart("lde-se-doelgroepwerknemers", [
      {year: 2015, measure: "se_doelgroepwerknemers_oude_methode", value: 26334},
      {year: 2017, measure: "se_doelgroepwerknemers", value: 26570},
      {year: 2018, measure: "se_doelgroepwerknemers", value: 27418},
      {year: 2020, measure: "cmw_doelgroepwerknemers", value: 23318},
      {year: 2021, measure: "cmw_doelgroepwerknemers", value: 24064}
    ]);
    expect(svg.querySelectorAll("g[aria-label='dot'][fill='white'] > *").length).toBe(1);
    const total = [...svg.querySelectorAll("g[aria-label='line'] path")].find(
      (p) => p.getAttribute("stroke") === "#1d4f91"
    )!;
    expect((total.getAttribute("d") ?? "").split("M").length - 1).toBe(1);
    expect(svg.querySelectorAll("line[aria-label^='Breuk']").length).toBe(3);
    await expectChartSnapshot(svg, "lde-se-doelgroepwerknemers");
  });
});
