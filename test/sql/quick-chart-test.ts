import {describe, expect, it} from "vitest";
import {chooseQuickChart, quickChart} from "../../src/components/sql/quick-chart.js";
import type {QuickChartChoice} from "../../src/components/sql/quick-chart.js";
import {mainColor} from "../../src/grammar/palette.js";
import {createDocument} from "../charts/snapshot.js";

const gap = {
  columns: ["year", "value"],
  rows: [
    [2002, 31.2],
    [2007, 29.2],
    [2010, 38.6],
    [2011, 33.2],
    [2023, 29.5]
  ]
};

describe("chooseQuickChart", () => {
  it("draws a line for years", () => {
    expect(chooseQuickChart(gap)).toEqual({kind: "line", x: "year", y: "value"});
  });

  it("draws bars for text or periods", () => {
    const result = {
      columns: ["period", "value"],
      rows: [
        ["2024", 344],
        ["2025H1", 197]
      ]
    };
    expect(chooseQuickChart(result)).toEqual({kind: "bar", x: "period", y: "value"});
  });

  it("draws bars for numbers that are not years", () => {
    expect(
      chooseQuickChart({
        columns: ["n", "v"],
        rows: [
          [1, 2],
          [3, 4]
        ]
      })
    ).toMatchObject({kind: "bar"});
  });

  it("draws nothing for other shapes, and says why", () => {
    expect(chooseQuickChart({columns: ["a", "b", "c"], rows: [[1, 2, 3]]})).toHaveProperty("reason");
    expect(chooseQuickChart({columns: ["a", "b"], rows: [["x", "y"]]})).toHaveProperty("reason");
    expect(
      chooseQuickChart({
        columns: ["a", "b"],
        rows: [
          [2020, 1],
          [2020, 2]
        ]
      })
    ).toHaveProperty("reason");
    expect(chooseQuickChart({columns: ["a", "b"], rows: []})).toHaveProperty("reason");
    const many = {columns: ["a", "b"], rows: Array.from({length: 61}, (_, i) => [`c${i}`, i])};
    expect(chooseQuickChart(many)).toHaveProperty("reason");
  });
});

describe("quickChart", () => {
  it("breaks the line where a year has no row and draws a dot per value", () => {
    const choice = chooseQuickChart(gap) as QuickChartChoice;
    const svg = quickChart(gap, choice, {document: createDocument(), width: 640});
    expect(svg.tagName.toLowerCase()).toBe("svg");
    const path = svg.querySelector("g[aria-label='line'] path")!.getAttribute("d")!;
    // 2002 | 2007 | 2010-2011 | 2023: four runs of published years, so four subpaths.
    expect(path.split("M").length - 1).toBe(4);
    expect(svg.querySelectorAll("g[aria-label='dot'] circle")).toHaveLength(5);
    expect(svg.getAttribute("aria-description") ?? svg.querySelector("desc")?.textContent).toContain("2023: 29,5");
  });

  it("labels years by the charts' one tick rule, as many as fit the width, in the main colour", () => {
    const choice = chooseQuickChart(gap) as QuickChartChoice;
    const ticks = (width: number) => {
      const svg = quickChart(gap, choice, {document: createDocument(), width});
      expect(svg.querySelector("g[aria-label='line']")?.getAttribute("stroke")).toBe(mainColor);
      return [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
    };
    // 22 years, counted back from the latest as on every chart's axis: every 2nd on 556 px, every 3rd on 306 px.
    expect(ticks(640)).toEqual(Array.from({length: 11}, (_, i) => String(2003 + 2 * i)));
    expect(ticks(390)).toEqual(["2002", "2005", "2008", "2011", "2014", "2017", "2020", "2023"]);
  });

  it("draws one bar per row with nl-BE tick labels", () => {
    const result = {
      columns: ["period", "value"],
      rows: [
        ["2023", 20614],
        ["2024", 19407.5]
      ]
    };
    const choice = chooseQuickChart(result) as QuickChartChoice;
    const svg = quickChart(result, choice, {document: createDocument(), width: 640});
    expect(svg.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(2);
    const ticks = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks).toContain("20.000");
  });
});

describe("quickChart's ARIA", () => {
  it("gives every labelled group or mark a role, as ARIA requires of aria-label (axe: aria-prohibited-attr)", () => {
    const bars = {
      columns: ["period", "value"],
      rows: [
        ["2024", 344],
        ["2025H1", 197]
      ]
    };
    for (const [result, kind] of [
      [gap, "line"],
      [bars, "bar"]
    ] as const) {
      const svg = quickChart(result, chooseQuickChart(result) as QuickChartChoice, {document: createDocument()});
      const labelled = [...svg.querySelectorAll("[aria-label]")];
      expect(labelled.length, kind).toBeGreaterThan(1);
      expect(
        labelled.filter((el) => !el.hasAttribute("role")).map((el) => el.getAttribute("aria-label")),
        kind
      ).toEqual([]);
    }
  });
});
