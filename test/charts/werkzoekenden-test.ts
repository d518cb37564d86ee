// The charts of the page Werkzoekenden en kansengroepen, drawn in jsdom from fixed inputs (the published figures
// of Tabel 2-4 of the Beleidsbrief Sociale Economie 2012-2013 and of schriftelijke vraag 274, copied here): SVG
// snapshots, plus checks that can fail on what matters (the June 2009 gap, the published total, nl-BE labels).
import {describe, expect, it} from "vitest";
import {findChart} from "../../src/charts/index.js";
import {combinationLabel} from "../../src/grammar/combinations.js";
import {chartMetadata, drawChart} from "./draw-chart.js";
import {expectChartSnapshot} from "./snapshot.js";
import {countSubpaths, readTexts} from "./svg-text.js";

describe("werkzoekenden-risicogroepen: jobseekers per risk group in June", () => {
  // Tabel 2; the chart's SQL adds the year of the period.
  const table2 = [
    ["2008M06", [32871, 27747, 44405, 84535]],
    ["2010M06", [46436, 29376, 51907, 102280]],
    ["2011M06", [45493, 27980, 51318, 93831]],
    ["2012M06", [50128, 26062, 49988, 95340]]
  ].flatMap(([period, values]) =>
    (values as number[]).map((value, i) => ({
      period: period as string,
      year: Number((period as string).slice(0, 4)),
      group: ["allochtonen", "pmah", "50-plussers", "kortgeschoolden"][i],
      value
    }))
  );

  it("breaks every line at June 2009, which the table does not have", async () => {
    const {svg} = drawChart("werkzoekenden-risicogroepen", table2);
    const lines = [...svg.querySelectorAll("g[aria-label='line'] path")];
    expect(lines.length).toBe(4);
    // June 2008 stands alone; June 2010-2012 is one subpath.
    for (const line of lines) expect(countSubpaths(line)).toBe(2);
    expect(svg.querySelectorAll("g[aria-label='dot'] circle, g[aria-label='dot'] path").length).toBe(16);
    await expectChartSnapshot(svg, "werkzoekenden-risicogroepen");
  });

  it("writes the first and latest counts in nl-BE, and June on the axis", () => {
    const {svg, describe} = drawChart("werkzoekenden-risicogroepen", table2);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["95.340", "50.128", "49.988", "32.871", "jun. 2008"]));
    expect(describe()).toContain("Geen cijfer in deze grafiek voor jun. 2009.");
  });
});

describe("werkzoekenden-combinaties: the combinations of four traits, June 2012", () => {
  // Tabel 3: allochtoon, arbeidshandicap, vijftigplus, kortgeschoold, aantal.
  const table3: [string, string, string, string, number][] = [
    ["ja", "ja", "ja", "neen", 244],
    ["ja", "ja", "ja", "ja", 520],
    ["ja", "ja", "neen", "neen", 838],
    ["ja", "ja", "neen", "ja", 1961],
    ["neen", "ja", "ja", "neen", 2179],
    ["ja", "neen", "ja", "neen", 2378],
    ["ja", "neen", "ja", "ja", 3109],
    ["neen", "ja", "neen", "neen", 4254],
    ["neen", "ja", "ja", "ja", 6182],
    ["neen", "ja", "neen", "ja", 9884],
    ["neen", "neen", "ja", "neen", 17132],
    ["neen", "neen", "ja", "ja", 18244],
    ["ja", "neen", "neen", "neen", 19337],
    ["ja", "neen", "neen", "ja", 21741],
    ["neen", "neen", "neen", "ja", 33699],
    ["neen", "neen", "neen", "neen", 47720],
    ["totaal", "totaal", "totaal", "totaal", 189422]
  ];
  const rows = table3.map(([foreign_origin, disability, age_50_plus, low_educated, value]) => ({
    period: "2012M06",
    foreign_origin,
    disability,
    age_50_plus,
    low_educated,
    value
  }));

  it("draws sixteen bars, a filled dot per trait present, and writes the published total", async () => {
    const {svg} = drawChart("werkzoekenden-combinaties", rows);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(16);
    // 32 traits present over the sixteen combinations (each trait in eight of them).
    const filled = [...svg.querySelectorAll("g[aria-label='dot'][fill='#222222'] circle")].length;
    expect(filled).toBe(32);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["Totaal: 189.422 niet-werkende werkzoekenden", "47.720"]));
    await expectChartSnapshot(svg, "werkzoekenden-combinaties");
  });

  it("colours the combinations with a work disability orange", () => {
    const {svg} = drawChart("werkzoekenden-combinaties", rows);
    const fills = [...svg.querySelectorAll("g[aria-label='bar'] rect")].map((r) => r.getAttribute("fill"));
    expect(fills.filter((f) => f === "#b34700").length).toBe(8);
    expect(fills[0]).toBe("#555555");
  });

  it("names combinations in words, with the traits' names from the metadata", () => {
    const chart = findChart("werkzoekenden-combinaties");
    if (chart?.type !== "combinations") throw new Error("werkzoekenden-combinaties is no combinations chart");
    const metadata = chartMetadata("werkzoekenden-combinaties");
    const row = (d: string[]) => Object.fromEntries(chart.traits.map((trait, i) => [trait, d[i]]));
    expect(combinationLabel(row(["neen", "ja", "neen", "ja"]), chart, metadata)).toBe(
      "Arbeidshandicap + Kortgeschoold"
    );
    expect(combinationLabel(row(["neen", "neen", "neen", "ja"]), chart, metadata)).toBe("Enkel kortgeschoold");
    expect(combinationLabel(row(["neen", "neen", "neen", "neen"]), chart, metadata)).toBe("Geen van de vier kenmerken");
  });
});

describe("werkzoekenden-werkkans: chance of finding work per group", () => {
  // Tabel 4, three periods per row.
  const table4: [string, string, number[]][] = [
    ["totaal", "totaal", [10.7, 11.1, 9.4]],
    ["geslacht", "mannen", [11.4, 11.9, 9.9]],
    ["geslacht", "vrouwen", [10.0, 10.2, 9.0]],
    ["onderwijsniveau", "laaggeschoold", [8.2, 8.4, 7.1]],
    ["onderwijsniveau", "middengeschoold", [12.3, 12.7, 11.0]],
    ["onderwijsniveau", "hooggeschoold", [15.6, 16.0, 13.8]],
    ["leeftijd", "jonger-dan-25", [17.9, 19.1, 15.0]],
    ["leeftijd", "25-49", [11.4, 11.9, 10.5]],
    ["leeftijd", "ouder-dan-49", [3.0, 3.1, 3.1]],
    ["arbeidshandicap", "met-arbeidshandicap", [4.4, 4.4, 3.4]],
    ["arbeidshandicap", "zonder-arbeidshandicap", [11.8, 12.2, 10.4]],
    ["herkomst", "europees", [11.2, 11.7, 10.2]],
    ["herkomst", "niet-europees", [9.1, 9.0, 7.2]],
    ["werkloosheidsduur", "duur-korter-1-jaar", [14.6, 15.5, 13.4]],
    ["werkloosheidsduur", "duur-langer-1-jaar", [5.6, 5.4, 4.4]],
    ["werkloosheidsduur", "duur-langer-2-jaar", [3.1, 3.4, 2.7]],
    ["werkloosheidsduur", "duur-langer-5-jaar", [1.0, 1.0, 0.8]]
  ];
  const rows = table4.flatMap(([breakdown, group, values]) =>
    values.map((value, i) => ({period: ["2010", "2011", "2012H1"][i], breakdown, group, value}))
  );

  it("draws a dot per published value and writes the values as columns", async () => {
    const {svg} = drawChart("werkzoekenden-werkkans", rows);
    expect(svg.querySelectorAll("g[aria-label='dot'] circle").length).toBe(51);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["4,4%", "3,4%", "1,0%", "0,8%"]));
    await expectChartSnapshot(svg, "werkzoekenden-werkkans");
  });

  it("keeps only the latest period's column on a narrow screen, but every dot", () => {
    const {svg} = drawChart("werkzoekenden-werkkans", rows, 340);
    expect(svg.querySelectorAll("g[aria-label='dot'] circle").length).toBe(51);
    expect(readTexts(svg)).not.toContain("10,7%");
    expect(readTexts(svg)).toContain("9,4%");
  });
});

describe("werkzoekenden-se-advies: jobseekers with a social-economy advice", () => {
  it("draws the two published counts and no bar for arbeidszorg", async () => {
    const {svg, describe} = drawChart("werkzoekenden-se-advies", [
      {period: "2022", advice: "collectief-maatwerk", value: 7061},
      {period: "2022", advice: "lokale-diensteneconomie", value: 869}
    ]);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(2);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["7.061", "869"]));
    expect(describe()).toContain("Voor arbeidszorg geeft de bron geen aantal.");
    expect(describe()).toContain("Advies collectief maatwerk: 7.061");
    await expectChartSnapshot(svg, "werkzoekenden-se-advies");
  });
});
