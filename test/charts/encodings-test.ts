// A chart takes the labels and order of what it encodes (series, bars, panels, parts, rows) from its datasets'
// metadata, and its table's columns too. A definition that encodes a column the metadata does not declare would draw
// bare codes and leave the column out of the frame's table; a column of its own whose header names no metadata
// column would have no place in the table. Both fail here instead. Checked on the real definitions and data.
import {describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import type {ChartDefinition} from "../../src/charts/types.js";
import {columnsOf} from "../../src/grammar/categories.js";
import {chartMetadata} from "./draw-chart.js";

/** The columns whose codes a definition draws as series, bars, panels, parts, rows or traits. */
function encodedColumns(chart: ChartDefinition): string[] {
  switch (chart.type) {
    case "series":
      return chart.series ? [chart.series] : [];
    case "bars":
      return [...columnsOf(chart.category), ...(chart.color ? [chart.color] : [])];
    case "grouped-bars":
      return [chart.panel, ...columnsOf(chart.bar)];
    case "stacked-bars":
      return [chart.part];
    case "dot-rows":
      return [chart.row, ...(chart.band ? [chart.band] : [])];
    case "combinations":
      return chart.traits;
    case "allocation":
      return [chart.series];
    case "key-figures":
      return ["measure"];
  }
}

describe("what a chart encodes", () => {
  it("is a column its datasets' metadata declares, with a label", () => {
    const undeclared = charts.flatMap((chart) => {
      const {columns} = chartMetadata(chart.id);
      return encodedColumns(chart).flatMap((name) => (columns[name]?.label ? [] : [`${chart.id}: ${name}`]));
    });
    expect(undeclared).toEqual([]);
  });

  it("has a table column of its own only in the place of a metadata column with the same header", () => {
    const unplaced = charts.flatMap((chart) => {
      const labels = Object.values(chartMetadata(chart.id).columns).map((c) => c.label);
      return Object.entries(chart.table ?? {}).flatMap(([name, header]) =>
        labels.includes(header) ? [] : [`${chart.id}: ${name} (${header})`]
      );
    });
    expect(unplaced).toEqual([]);
  });
});
