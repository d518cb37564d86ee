// The charts of the page Doorstroom, drawn in jsdom from fixed inputs (published figures, copied here): SVG
// snapshots, plus checks that can fail on what matters (the half year, the change of measurement, nl-BE labels).
import {describe, expect, it} from "vitest";
import {cards} from "../../src/cards/index.js";
import {drawChart} from "./draw-chart.js";
import {expectChartSnapshot} from "./snapshot.js";
import {readShownTexts} from "./svg-text.js";

describe("doorstroom-nec: one published share", () => {
  it("draws one bar with its nl-BE label and says no other year is published", async () => {
    const {svg, description} = drawChart("doorstroom-nec", [{year: 2023, value: 12.2}]);
    expect(svg.tagName.toLowerCase()).toBe("svg");
    // The bar itself and nothing else: no year axis pretending a series, and no grey remainder up to 100%
    // that would stand for 'the rest of the outflow' (the source names no denominator).
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(1);
    expect(svg.querySelectorAll("g[aria-label='bar'][fill='#eee']").length).toBe(0);
    expect(readShownTexts(svg)).toContain("12,2%");
    expect(readShownTexts(svg)).toContain("Alleen 2023 is gepubliceerd; voor andere jaren is er geen cijfer.");
    expect(description).toContain("12,2%");
    await expectChartSnapshot(svg, "doorstroom-nec");
  });

  it("says the source states no denominator, in the subtitle, the text alternative and the Overzicht card", () => {
    const {chart, description} = drawChart("doorstroom-nec", [{year: 2023, value: 12.2}]);
    expect(chart.subtitle).toMatch(/noemer niet/);
    expect(description).toMatch(/noemer niet/);
    // 'van de uitstroom' would be the denominator the source does not give.
    expect(description).not.toContain("van de uitstroom");
    expect(chart.notes?.join(" ")).not.toMatch(/grijze/);
    const card = cards.find((c) => c.id === "doorstroom-nec")!;
    expect(card.context).toMatch(/noemer/);
    expect(card.title).not.toMatch(/^Doorstroom/);
  });
});

describe("doorstroom-personen: persons per year and a half year", () => {
  const rows = [
    {period: "2020", value: 256},
    {period: "2021", value: 283},
    {period: "2022", value: 403},
    {period: "2023", value: 513},
    {period: "2024", value: 344},
    {period: "2025H1", value: 197}
  ];

  it("draws the half year as a striped column apart, labelled as a half year", async () => {
    const {svg, description} = drawChart("doorstroom-personen", rows);
    expect(svg.querySelectorAll("g[aria-description='kolommen'] line").length).toBe(5);
    // Plot puts a constant style on the mark's group: exactly one group is striped, with the half year in it.
    const striped = [...svg.querySelectorAll("g[aria-description='kolommen apart']")];
    expect(striped.length).toBe(1);
    expect(striped[0].getAttribute("stroke-dasharray")).toBe("3,2");
    expect(striped[0].querySelectorAll("line").length).toBe(1);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["513", "197", "2025 H1"]));
    expect(description).toContain("niet te vergelijken met de andere: 197 (2025 H1)");
    expect(description).toContain("stijgt van 256 (2020) tot 344 (2024); hoogste: 513 (2023)");
    await expectChartSnapshot(svg, "doorstroom-personen");
  });
});

describe("doorstroom-trajecten: started trajectories and their outcomes", () => {
  const started = [
    {period: "2019", programme: "lde", measure: "gestart", value: 64},
    {period: "2020", programme: "lde", measure: "gestart", value: 227},
    {period: "2021", programme: "lde", measure: "gestart", value: 58},
    {period: "2019", programme: "cmw", measure: "gestart", value: 24},
    {period: "2020", programme: "cmw", measure: "gestart", value: 51},
    {period: "2021", programme: "cmw", measure: "gestart", value: 57}
  ];
  const outcomes = [
    {period: "2019-2021", programme: "lde", measure: "naar_nec_vacature", value: 67},
    {period: "2019-2021", programme: "cmw", measure: "naar_nec_vacature", value: 12},
    {period: "2019-2021", programme: "lde", measure: "zonder_nec_start", value: 282},
    {period: "2019-2021", programme: "cmw", measure: "zonder_nec_start", value: 70},
    {period: "2019-2021", programme: "lde", measure: "evaluatie_zonder_start", value: 128},
    {period: "2019-2021", programme: "lde", measure: "orientatie_cmw", value: 83}
  ];

  it("draws one bar per programme and year", async () => {
    const {svg} = drawChart("doorstroom-trajecten", started);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(6);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["227", "57", "LDE", "CMW", "2019", "2021"]));
    await expectChartSnapshot(svg, "doorstroom-trajecten");
  });

  it("draws each outcome as its own bar, LDE first, the 83 as part of the 128", async () => {
    const {svg, description} = drawChart("doorstroom-trajecten-afloop", outcomes);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(6);
    // The row labels, top to bottom (their wrapped lines joined): LDE's outcomes first, in the metadata's order,
    // each led by its programme.
    const labels = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) =>
      [...t.querySelectorAll("tspan")].map((line) => line.textContent).join(" ")
    );
    expect(labels[0]).toMatch(/^LDE: Doorgestroomd naar een vacature in het NEC/);
    expect(labels[labels.length - 1]).toMatch(/^CMW: Traject gevolgd zonder/);
    expect(labels).toContain("LDE: Waarvan dossiers met een oriëntatie richting collectief maatwerk (dossiers)");
    expect(description).toContain("128 dossiers een evaluatie zonder start van doorstroom, waarvan 83");
    await expectChartSnapshot(svg, "doorstroom-trajecten-afloop");
  });
});

describe("doorstroom-uitstroom-werk: two measurements of 2010", () => {
  // Sociale werkplaatsen and arbeidszorg as published (C/B1), with 2008 of SW left out to test a gap.
  const rows = [
    {year: 2006, measurement: "oud", programme: "sw", value: 37.8},
    {year: 2007, measurement: "oud", programme: "sw", value: 36.7},
    {year: 2009, measurement: "oud", programme: "sw", value: 26.7},
    {year: 2010, measurement: "oud", programme: "sw", value: 24.9},
    {year: 2010, measurement: "nieuw", programme: "sw", value: 28.9},
    {year: 2011, measurement: "nieuw", programme: "sw", value: 30.3},
    {year: 2010, measurement: "oud", programme: "arbeidszorg", value: 17.7},
    {year: 2010, measurement: "nieuw", programme: "arbeidszorg", value: 15.6},
    {year: 2011, measurement: "nieuw", programme: "arbeidszorg", value: 15.9}
  ];

  it("draws both 2010 figures side by side, each measurement in its own colour, and no line at all", async () => {
    const {svg, description} = drawChart("doorstroom-uitstroom-werk", rows);
    // Every published figure is a bar; nothing joins one figure to another (no line across the change or the gap).
    const bars = [...svg.querySelectorAll("g[aria-label='bar'] rect")];
    expect(bars.length).toBe(rows.length);
    expect(svg.querySelectorAll("g[aria-label='line']").length).toBe(0);
    // Two colours: old measurement (5 figures) and new measurement (4: 2010 and 2011 of each programme).
    const fills = bars.map((b) => b.getAttribute("fill"));
    expect(new Set(fills).size).toBe(2);
    expect(fills.filter((f) => f === fills[0]).length).toBe(5);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["30,3%", "15,9%"]));
    // The text alternative names each 2010 figure with its measurement and says they are not to be compared.
    expect(description).toMatch(/2010, Oude meting 24,9%; 2010, Nieuwe meting[^;]*28,9%/);
    expect(description).toContain("Vergelijk geen cijfer van de oude met een van de nieuwe meting.");
    await expectChartSnapshot(svg, "doorstroom-uitstroom-werk");
  });
});

describe("doorstroom-bereik: stocks and flows per programme", () => {
  const rows = [
    {period: "2010", programme: "lde", measure: "deelnemers_3112", value: 1835},
    {period: "2011", programme: "lde", measure: "instroom", value: 688},
    {period: "2011", programme: "lde", measure: "uitstroom", value: 496},
    {period: "2011", programme: "lde", measure: "deelnemers_3112", value: 2027},
    {period: "2010", programme: "arbeidszorg", measure: "deelnemers_3112", value: 1251},
    {period: "2011", programme: "arbeidszorg", measure: "instroom", value: 438},
    {period: "2011", programme: "arbeidszorg", measure: "uitstroom", value: 176},
    {period: "2011", programme: "arbeidszorg", measure: "deelnemers_3112", value: 1513}
  ];

  it("draws one bar per published figure with nl-BE labels", async () => {
    const {svg, description} = drawChart("doorstroom-bereik", rows);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(8);
    expect(readShownTexts(svg)).toEqual(expect.arrayContaining(["1.835", "2.027", "176", "Arbeidszorg"]));
    expect(readShownTexts(svg).join(" ")).toMatch(/Lokale\s?diensteneconomie/);
    expect(description).toContain("Lokale diensteneconomie: Deelnemers op 31/12 (personen), 2010 1.835");
    await expectChartSnapshot(svg, "doorstroom-bereik");
  });
});
