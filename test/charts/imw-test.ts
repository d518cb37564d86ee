// The charts of the page Individueel maatwerk, drawn in jsdom from fixed inputs (the published figures of the
// Beleidsnota Sociale Economie 2024-2029, copied here): SVG snapshots, plus checks that can fail on what matters
// (two decimals as Tabel 1 prints them, rise/fall colours, no sum of the premium types, the lower bound).
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {renderTable} from "../../src/components/frame/table.js";
import {shownColumns} from "../../src/grammar/table.js";
import {cards} from "../../src/cards/index.js";
import type {Row} from "../../src/charts/types.js";
import {datasetMetadata, drawChart} from "./draw-chart.js";
import {expectChartSnapshot} from "./snapshot.js";
import {readTexts} from "./svg-text.js";

// Tabel 1 of the beleidsnota, all twenty rows, 2023K3, 2023K4, 2024K1, 2024K2.
const table1: Record<string, number[]> = {
  N: [11.16, 13.69, 14.3, 15.77],
  F: [3.17, 3.71, 4.22, 4.54],
  E: [0.31, 0.24, 0.24, 0.31],
  L: [0.44, 0.64, 0.56, 0.52],
  K: [0.44, 0.91, 0.95, 1.19],
  G: [7.76, 8.34, 9.26, 9.25],
  T: [0.22, 0.15, 0.13, 0.12],
  C: [4.54, 5.87, 6.26, 6.18],
  J: [1.5, 1.7, 1.73, 1.97],
  R: [4.1, 3.29, 2.82, 2.56],
  A: [0.53, 0.52, 0.6, 0.7],
  Q: [35.41, 31.06, 29.11, 27.51],
  unknown: [0.18, 0.43, 0.42, 0.4],
  P: [4.94, 6.69, 7.24, 7.15],
  O: [18.43, 13.99, 12.99, 12.44],
  S: [1.72, 1.98, 1.89, 2.08],
  D: [0.04, 0.03, 0.13, 0.12],
  I: [1.63, 1.95, 2.07, 2.13],
  H: [1.23, 1.79, 1.8, 1.81],
  M: [2.25, 3.01, 3.26, 3.24]
};
const quarters = ["2023K3", "2023K4", "2024K1", "2024K2"];
const sectorRows: Row[] = Object.entries(table1).flatMap(([sector, values]) =>
  values.map((value, i) => ({period: quarters[i], sector, value}))
);

describe("imw-sectoren: share of approved dossiers per sector", () => {
  it("draws every sector with its first and last quarter, the quarters between as small dots", async () => {
    const {svg} = drawChart("imw-sectoren", sectorRows);
    const groups = [...svg.querySelectorAll("g[aria-label='dot']")];
    // Intermediate quarters (2 × 20), then the open first-quarter dots and the filled last-quarter dots.
    expect(groups.map((g) => g.querySelectorAll("circle").length)).toEqual([40, 20, 20]);
    await expectChartSnapshot(svg, "imw-sectoren");
  });

  it("writes the shares with two decimals, as Tabel 1 prints them", () => {
    const {svg} = drawChart("imw-sectoren", sectorRows);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["35,41%", "27,51%", "0,31%", "○ 2023 K3", "● 2024 K2"]));
  });

  it("writes the same two decimals in the table beside the chart", () => {
    const {chart, data, metadata} = drawChart("imw-sectoren", sectorRows);
    const table = new JSDOM(renderTable(shownColumns(chart, metadata, data), data, chart.title)).window.document;
    const cells = [...table.querySelectorAll("td.num")].map((td) => td.textContent);
    expect(cells).toEqual(expect.arrayContaining(["14,30%", "35,41%", "1,50%", "0,40%"]));
  });

  it("colours a fall orange, a rise blue and an unchanged share grey", () => {
    const {svg} = drawChart(
      "imw-sectoren",
      sectorRows.filter((r) => ["Q", "N", "E"].includes(String(r.sector)))
    );
    const strokes = [...svg.querySelectorAll("g[aria-label='link'] path")].map((p) => p.getAttribute("stroke"));
    // Sorted by the last share: Q (27,51%, fell), N (15,77%, rose), E (0,31% twice).
    expect(strokes).toEqual(["#b34700", "#1d4f91", "#555555"]);
  });

  it("keeps 'Onbekend' at the bottom and sorts the rest by the last quarter", () => {
    const {svg} = drawChart("imw-sectoren", sectorRows);
    const labels = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(labels[0]).toMatch(/^Menselijke gezondheidszorg/);
    expect(labels[labels.length - 1]).toBe("Onbekend");
  });

  it("names the falling sectors with their published shares", () => {
    const text = drawChart("imw-sectoren", sectorRows).description;
    expect(text).toContain("menselijke gezondheidszorg en maatschappelijke dienstverlening (35,41% naar 27,51%)");
    expect(text).toContain("Gestegen van 2023 K3 tot 2024 K2: 14 van de 19");
  });
});

describe("imw-dossiers: approved dossiers per premium type, Q3 2024", () => {
  const rows = [
    {period: "2024K3", premium_type: "loonpremie", value: 6052},
    {period: "2024K3", premium_type: "loonpremie_begeleidingspremie", value: 559},
    {period: "2024K3", premium_type: "ondersteuningspremie", value: 261}
  ];

  it("draws three separate bars with their counts and never a sum", async () => {
    const {svg, describe} = drawChart("imw-dossiers", rows);
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(3);
    expect(readTexts(svg)).toEqual(expect.arrayContaining(["6.052", "559", "261"]));
    expect(readTexts(svg).join(" ")).not.toContain("6.872");
    expect(describe()).toContain("niet opgeteld");
    await expectChartSnapshot(svg, "imw-dossiers");
  });

  it("says the counts reported for 2024K3 may be all approvals since the start, everywhere it shows them", () => {
    const {chart, describe} = drawChart("imw-dossiers", rows);
    const cumulative = /mogelijk[^.]*sinds de start/;
    expect(chart.subtitle).toMatch(cumulative);
    expect(describe()).toMatch(cumulative);
    // The frame's notes: the chart's own, then its datasets'.
    const notes = [...(chart.notes ?? []), ...chart.datasets.flatMap((id) => datasetMetadata[id]?.notes ?? [])];
    expect(notes.join(" ")).toContain("6.872");
    expect(cards.find((c) => c.id === "imw-dossiers")!.context).toMatch(cumulative);
  });
});

describe("imw-kerncijfers: premiums approved since the start", () => {
  it("shows the figure as the lower bound it is", async () => {
    const {svg, describe} = drawChart("imw-kerncijfers", [
      {period: "2023-2024", measure: "premies_sinds_start_ondergrens", value: 6800}
    ]);
    expect(readTexts(svg)[0]).toBe("meer dan 6.800 premies");
    expect(describe()).toContain("meer dan 6.800 premies");
    await expectChartSnapshot(svg, "imw-kerncijfers");
  });
});
