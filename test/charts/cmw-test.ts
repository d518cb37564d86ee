// The charts of the page Collectief maatwerk, drawn in jsdom from fixed inputs (the published figures, copied
// here): SVG snapshots, plus checks that can fail on what matters (gaps, open dots, references, nl-BE labels).
import {describe, expect, it} from "vitest";
import {noMetadata} from "../../src/charts/types.js";
import type {BarsChart, SeriesChart, StackedBarsChart} from "../../src/charts/types.js";
import {draw as renderBars} from "../../src/grammar/bars.js";
import {draw as renderStackedBars} from "../../src/grammar/stacked-bars.js";
import {periodDomain, periodLabel} from "../../src/grammar/periods.js";
import {draw as renderSeries} from "../../src/grammar/series.js";
import {chartMetadata, drawChart} from "./draw-chart.js";
import {tableColumns} from "../../src/grammar/table.js";
import {findChart} from "../../src/charts/index.js";
import {createDocument, expectChartSnapshot} from "./snapshot.js";
import {readShownTexts, readTexts} from "./svg-text.js";

/** Dots drawn open (white inside): Plot sets a constant fill on the mark's group. */
const openDots = (svg: Element) => svg.querySelectorAll("g[aria-label='dot'][fill='white'] > *").length;

describe("period labels and axes", () => {
  it("writes quarters and months the Flemish way", () => {
    expect(periodLabel("2019K4")).toBe("2019 K4");
    expect(periodLabel("2025M08")).toBe("aug. 2025");
    expect(periodLabel("2023")).toBe("2023");
  });
  it("keeps a year without a figure on the axis, but not a quarter", () => {
    expect(periodDomain(["2019", "2021", "2023"])).toEqual(["2019", "2020", "2021", "2022", "2023"]);
    expect(periodDomain(["2026K1", "2019K4", "2020K4"])).toEqual(["2019K4", "2020K4", "2026K1"]);
    // The same month of every year: a year without a figure keeps its place (June 2009 is not published).
    expect(periodDomain(["2008M06", "2010M06"])).toEqual(["2008M06", "2009M06", "2010M06"]);
  });
});

describe("cmw-contingent-jaar: the contingent per publication", () => {
  const [survey, note] = ["jaargemiddelde_vte", "plaatsen"];
  const rows = [
    {year: 2019, measure: survey, value: 19407.5},
    {year: 2019, measure: note, value: 19392},
    {year: 2020, measure: survey, value: 19585.8},
    {year: 2021, measure: survey, value: 19769},
    {year: 2023, measure: note, value: 20614}
  ];

  it("draws each publication as its own series and joins no value of one to the other", async () => {
    const {svg, description} = drawChart("cmw-contingent-jaar", rows);
    const paths = [...svg.querySelectorAll("g[aria-label='line'] path")].map((p) => p.getAttribute("d") ?? "");
    // The survey's 2019-2021 joined (two segments); the beleidsnota's 2019 and 2023 not joined across 2020-2022.
    const segments = paths.flatMap((d) => d.split("M").filter(Boolean)).filter((run) => run.includes("L"));
    expect(segments.map((run) => run.split("L").length)).toEqual([3]);
    expect(svg.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path").length).toBe(5);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["19.407,5", "19.392", "20.614", "2022"]));
    // The text states a change within one publication only, never "19.407,5 (2019) tot 20.614 (2023)".
    expect(description).not.toMatch(/19\.407,5 \(2019\) tot 20\.614/);
    expect(description).toContain("stijgt van 19.392 (2019) tot 20.614 (2023)");
    expect(description).toContain("stijgt van 19.407,5 (2019) tot 19.769 (2021)");
    await expectChartSnapshot(svg, "cmw-contingent-jaar");
  });
});

describe("cmw-vte-kwartaal: contingent and filled VTE, fourth quarters", () => {
  const published: [string, number, number][] = [
    ["2019K4", 19533.8, 18602.73],
    ["2020K4", 19587.8, 18433.95],
    ["2021K4", 19804.8, 18748.94],
    ["2022K4", 19929.4, 18828.37],
    ["2023K4", 21421.94, 19790.62],
    ["2024K4", 21318.54, 19800.49],
    ["2025K4", 21245.67, 20341.62],
    ["2026K1", 21466.66, 19913.79]
  ];
  const rows = published.flatMap(([period, granted, filled]) => [
    {period, year: Number(period.slice(0, 4)), measure: "contingent_toegekend_vte", value: granted},
    {period, year: Number(period.slice(0, 4)), measure: "ingevuld_vte", value: filled}
  ]);

  it("draws a dot per published figure and keeps 2026 K1 apart as open dots", async () => {
    const {svg, describe} = drawChart("cmw-vte-kwartaal", rows);
    const dots = [...svg.querySelectorAll("g[aria-label='dot'] path, g[aria-label='dot'] circle")];
    expect(dots.length).toBe(rows.length);
    expect(openDots(svg)).toBe(2);
    // Two lines of seven fourth quarters: the first quarter of 2026 is not joined to them.
    for (const line of svg.querySelectorAll("g[aria-label='line'] path"))
      expect((line.getAttribute("d") ?? "").split(/[ML]/).filter(Boolean).length).toBe(7);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["19.533,80", "18.602,73", "21.466,66", "2026 K1"]));
    expect(describe()).toContain("stijgt van 19.533,80 (2019 K4) tot 21.245,67 (2025 K4)");
    await expectChartSnapshot(svg, "cmw-vte-kwartaal");
  });
});

describe("cmw-vulling: the derived fill rate of fourth quarters", () => {
  const rates: [string, number][] = [
    ["2019K4", 95.2],
    ["2020K4", 94.1],
    ["2021K4", 94.7],
    ["2022K4", 94.5],
    ["2023K4", 92.4],
    ["2024K4", 92.9],
    ["2025K4", 95.7],
    ["2026K1", 92.8]
  ];
  const rows = [
    ...rates.map(([period, value]) => ({
      period,
      year: Number(period.slice(0, 4)),
      measure: "vullingsgraad",
      value,
      source_id: "afgeleid"
    })),
    // An input of the rate: returned by the SQL for the citation, not drawn.
    {period: "2019K4", year: 2019, measure: "ingevuld_vte", value: 18602.73}
  ];

  it("draws the fourth-quarter rates and the thresholds, and no average of the beleidsnota beside them", async () => {
    const {svg, chart, description} = drawChart("cmw-vulling", rows);
    const dots = svg.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path");
    expect(dots.length).toBe(rates.length);
    const rules = [...svg.querySelectorAll("g[aria-label='rule'] line")].map((l) => l.getAttribute("aria-label"));
    expect(rules).toEqual([
      "Boven 95%: kan contingent bijkrijgen",
      "Onder 90%: verliest contingent",
      "Breuk in de reeks: Start individueel maatwerk (1 juli 2023)"
    ]);
    const all = readTexts(svg).join(" | ");
    for (const label of ["95,2%", "92,4%", "95,7%", "92,8%", "Boven 95%:", "Onder 90%:"]) expect(all).toContain(label);
    expect(all).not.toContain("Beleidsnota");
    // Title and subtitle say in plain words what the line measures and why it is not the beleidsnota's figure.
    expect(chart.title).toContain("vierde kwartaal");
    expect(chart.subtitle).toMatch(/minste contingent open.*niet te vergelijken met de gemiddelde invulling van 92%/);
    expect(chart.datasets).toEqual(["cmw-kwartaal"]);
    // The text alternative compares fourth quarters with fourth quarters and keeps the first quarter apart.
    expect(description).toContain("vierde kwartaal (afgeleid): stijgt van 95,2% (2019 K4) tot 95,7% (2025 K4)");
    expect(description).toContain("laagste: 92,4% (2023 K4)");
    expect(description).toContain("niet te vergelijken met de andere: 92,8% (2026 K1)");
    expect(description).not.toContain("ingevuld");
    expect(description).toMatch(/niet te vergelijken met de gemiddelde invulling van 92%/);
    await expectChartSnapshot(svg, "cmw-vulling");
  });

  it("names the rate's inputs in its table by the metadata's label, not by their code", () => {
    const {data} = drawChart("cmw-vulling", rows);
    const labels = new Set(data.map((r) => r.series_label));
    expect(labels).toEqual(
      new Set(["Vullingsgraad, vierde kwartaal (afgeleid)", "Ingevulde VTE doelgroepwerknemers (VTE)"])
    );
    // The inputs are VTE, not %: the value column gives plain numbers and names both units.
    const value = tableColumns(findChart("cmw-vulling")!, chartMetadata("cmw-vulling"), data).find(
      (c) => c.name === "value"
    );
    expect(value).toEqual({name: "value", label: "Waarde (% in de grafiek; andere reeksen in VTE)", format: "number"});
  });
});

describe("cmw-grootteklassen: companies by size class, one panel a year", () => {
  const published: Record<string, number[]> = {
    lt50: [67, 65, 61],
    "50_100": [34, 32, 31],
    "100_500": [55, 56, 55],
    "500_1000": [1, 1, 2],
    gt1000: [1, 1, 2]
  };
  const rows = Object.entries(published).flatMap(([size_class, values]) =>
    values.map((value, i) => ({year: 2019 + i, size_class, value}))
  );

  it("draws one bar per published count, a panel per size class", async () => {
    const {svg, describe} = drawChart("cmw-grootteklassen", rows);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(15);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["2019", "2020", "2021", "67", "61"]));
    // The class names come from the metadata, wrapped to their panel.
    expect(readShownTexts(svg).join(" ")).toMatch(/Minder dan 50\s?VTE/);
    expect(describe()).toContain("Minder dan 50 VTE: 2019 67, 2020 65, 2021 61.");
    expect(describe()).toContain("De bron publiceert geen totaal.");
    await expectChartSnapshot(svg, "cmw-grootteklassen");
  });
});

describe("cmw-bedrijven-provincie and cmw-bedrijven-telling: the counts kept apart", () => {
  it("draws the six provinces of 2023 without a total", async () => {
    const counts = {
      antwerpen: 35,
      oost_vlaanderen: 34,
      west_vlaanderen: 26,
      limburg: 19,
      vlaams_brabant: 19,
      brussel: 1
    };
    const rows = Object.entries(counts).map(([province, value]) => ({year: 2023, province, value}));
    const {svg} = drawChart("cmw-bedrijven-provincie", rows);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(6);
    expect(readTexts(svg)).not.toContain("134");
    await expectChartSnapshot(svg, "cmw-bedrijven-provincie");
  });

  it("does not join the beleidsnota's 2019 and 2024 across the unpublished years", async () => {
    const rows = [
      {year: 2019, measure: "beleidsnota", value: 148},
      {year: 2024, measure: "beleidsnota", value: 126},
      {year: 2019, measure: "jaarrapport_2019", value: 156},
      {year: 2020, measure: "erkend_met_afdelingen", value: 154},
      {year: 2021, measure: "erkend_met_afdelingen", value: 159}
    ];
    const {svg} = drawChart("cmw-bedrijven-telling", rows);
    const lines = [...svg.querySelectorAll("g[aria-label='line'] path")].map((p) => p.getAttribute("d") ?? "");
    // Only Statistiek Vlaanderen's 2020-2021 is a segment; the beleidsnota's two years stay separate dots.
    expect(lines.filter((d) => d.includes("L")).length).toBe(1);
    expect(svg.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path").length).toBe(5);
    await expectChartSnapshot(svg, "cmw-bedrijven-telling");
  });
});

describe("cmw-werknemers-jaar: workers, 2024 set apart", () => {
  const rows = [
    ...[23451, 23386, 24066, 24605, 25815, 24099].map((value, i) => ({
      year: 2019 + i,
      measure: "werknemers_cmw",
      value
    })),
    {year: 2020, measure: "doelgroepwerknemers_vg", value: 23318},
    {year: 2021, measure: "doelgroepwerknemers_vg", value: 24064},
    {year: 2020, measure: "tewerkgesteld_gemiddeld", value: 21319}
  ];

  it("joins 2019-2023 and draws the incomplete 2024 as an open dot", async () => {
    const {svg, describe} = drawChart("cmw-werknemers-jaar", rows);
    const dots = [...svg.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path")];
    expect(dots.length).toBe(rows.length);
    expect(openDots(svg)).toBe(1);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["25.815", "24.099", "21.319"]));
    expect(describe()).toContain("stijgt van 23.451 (2019) tot 25.815 (2023)");
    await expectChartSnapshot(svg, "cmw-werknemers-jaar");
  });
});

describe("cmw-wachtenden-provincie: jobseekers with a CMW advice", () => {
  const provinces = [
    "antwerpen",
    "limburg",
    "oost_vlaanderen",
    "vlaams_brabant",
    "west_vlaanderen",
    "brussel",
    "buiten"
  ];
  const published: Record<string, number[]> = {
    "2019": [1276, 637, 1004, 413, 1184, 37, 12, 4563],
    "2023": [1441, 571, 1047, 418, 1050, 22, 5, 4554],
    "2024": [1083, 363, 690, 287, 649, 14, 3, 3089]
  };
  const rows = [
    ...Object.entries(published).flatMap(([period, values]) =>
      [...provinces, "totaal"].map((province, i) => ({period, year: Number(period), province, value: values[i]}))
    ),
    {period: "2025M08", year: 2025, province: "totaal", value: 3781}
  ];

  it("stacks the provinces, writes the published totals and draws August 2025 as a total only", async () => {
    const {svg, describe} = drawChart("cmw-wachtenden-provincie", rows);
    const bars = svg.querySelectorAll("g[aria-label='bar'] rect");
    expect(bars.length).toBe(3 * provinces.length + 1);
    const all = readTexts(svg);
    expect(all).toEqual(expect.arrayContaining(["4.563", "4.554", "3.089", "3.781", "aug. 2025", "1.276"]));
    expect(all.join(" ")).toContain("alleen");
    expect(describe()).toContain("In aug. 2025: 3.781 (alleen het totaal).");
    expect(describe()).toContain("Totaal 4.563 in 2019");
    expect(describe()).toContain("Grootste provincie in 2024: Antwerpen (1.083).");
    await expectChartSnapshot(svg, "cmw-wachtenden-provincie");
  });

  it("labels only the segments tall enough to hold a number", () => {
    const spec = {type: "stacked-bars", part: "part", total: "totaal"} as const;
    const chart: StackedBarsChart = {...spec, id: "t", title: "T", subtitle: "", datasets: [], sql: ""};
    const svg = renderStackedBars(
      [
        {period: "2019", part: "a", value: 1000},
        {period: "2019", part: "b", value: 10},
        {period: "2019", part: "totaal", value: 1010}
      ],
      chart,
      {document: createDocument(), width: 640, metadata: noMetadata}
    );
    const all = readTexts(svg);
    expect(all).toContain("1.000");
    expect(all).not.toContain("10");
    expect(all).toContain("1.010");
  });
});

describe("cmw-groeipad-voortgang: the growth path against the target", () => {
  const rows = [
    {period: "2024-2029", fase: "2024-2029", measure: "doel_extra_plaatsen", value: 1000},
    {period: "2024-2029", fase: "2025", measure: "plaatsen_opengesteld", value: 200},
    {period: "2024-2029", fase: "2025", measure: "vte_toegekend", value: 189.5},
    {period: "2024-2029", fase: "2025", measure: "maatwerkbedrijven_toegekend", value: 48}
  ];

  it("draws the places against the target and writes the VTE granted as a caption, not a bar", async () => {
    const {svg, data} = drawChart("cmw-groeipad-voortgang", rows);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(2);
    const all = readTexts(svg).join(" | ");
    expect(all).toContain("1.000");
    expect(all).toContain("200");
    expect(all).toMatch(/189,5 VTE aan 48\s?maatwerkbedrijven/);
    // The table behind the chart keeps all four published rows.
    expect(data.length).toBe(4);
    await expectChartSnapshot(svg, "cmw-groeipad-voortgang");
  });
});

describe("the components on their own", () => {
  it("renderSeries keeps a missing fourth quarter as a gap and joins nothing across it", () => {
    const rows = [
      {period: "2019K4", measure: "a", value: 1},
      {period: "2021K4", measure: "a", value: 2}
    ];
    const chart: SeriesChart = {
      type: "series",
      id: "t",
      title: "T",
      subtitle: "",
      datasets: [],
      sql: "",
      series: "measure",
      lines: [{key: "a", label: "A", color: "#1d4f91"}],
      yLabel: "y"
    };
    const svg = renderSeries(rows, chart, {document: createDocument(), width: 640, metadata: noMetadata});
    // The same quarter of every year: 2020 K4 keeps its place, empty, and no line joins 2019 K4 to 2021 K4.
    expect(readTexts(svg)).toContain("2020 K4");
    expect(svg.querySelector("g[aria-label='line'] path")?.getAttribute("d") ?? "").not.toContain("L");
  });

  it("renderBars draws only the bars a definition names", () => {
    const chart: BarsChart = {
      type: "bars",
      category: "measure",
      bars: ["x", "y"],
      id: "t",
      title: "T",
      subtitle: "",
      datasets: [],
      sql: ""
    };
    const rows = [
      {measure: "x", value: 3},
      {measure: "y", value: 5},
      {measure: "z", value: 7}
    ];
    const svg = renderBars(rows, chart, {document: createDocument(), width: 640, metadata: noMetadata});
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(2);
    expect(readShownTexts(svg)).not.toContain("7");
  });
});
