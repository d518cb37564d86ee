// A reader compares the charts of one page by their colours: a category (a type of arbeidszorg, a province) has
// the same colour in every chart of the page that colours it. Colours follow a category's place in its dataset's
// metadata, so two datasets that list the same codes in another order gave one category two colours.
import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {findChart} from "../../src/charts/index.js";
import type {LegendEntry} from "../../src/charts/types.js";
import {legendOf} from "../../src/grammar/draw.js";
import {chartMetadata} from "./draw-chart.js";

/** The charts each page shows, from its ```chart <id>``` fences. */
const pages = readdirSync("src")
  .filter((file) => file.endsWith(".md"))
  .map((file) => ({
    page: file,
    charts: [...readFileSync(`src/${file}`, "utf8").matchAll(/^```chart ([\w-]+)/gm)].map((m) => m[1])
  }));

/** The legend entries of a page's charts whose label another chart of the page draws in another colour. */
function clashes(legends: [chart: string, entries: LegendEntry[]][]): string[] {
  const seen = new Map<string, {color: string; chart: string}>();
  return legends.flatMap(([chart, entries]) =>
    entries.flatMap(({label, color}) => {
      const first = seen.get(label);
      if (!first) seen.set(label, {color, chart});
      return first && first.color !== color ? [`${label}: ${first.color} in ${first.chart}, ${color} in ${chart}`] : [];
    })
  );
}

const legendsOf = (charts: string[]): [string, LegendEntry[]][] =>
  charts.map((id) => [id, legendOf(findChart(id)!, chartMetadata(id))]);

describe("colours on one page", () => {
  for (const {page, charts} of pages.filter((p) => p.charts.length > 1))
    it(`${page}: a category has one colour in all its charts`, () => {
      expect(clashes(legendsOf(charts))).toEqual([]);
    });

  it("the check finds a label drawn in two colours, and lets one colour or two labels be", () => {
    const entry = (label: string, color: string) => [{label, color}];
    const structureel = "Structurele arbeidszorg";
    expect(
      clashes([
        ["a", entry(structureel, "#1d4f91")],
        ["b", entry(structureel, "#b34700")]
      ])
    ).toEqual(["Structurele arbeidszorg: #1d4f91 in a, #b34700 in b"]);
    expect(
      clashes([
        ["a", entry(structureel, "#1d4f91")],
        ["b", entry(structureel, "#1d4f91")]
      ])
    ).toEqual([]);
    expect(
      clashes([
        ["a", entry(structureel, "#1d4f91")],
        ["b", entry("Activerende arbeidszorg", "#b34700")]
      ])
    ).toEqual([]);
  });
});
