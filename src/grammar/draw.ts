// The one entry to the grammar: every consumer (pages, hydration, exports, embeds, tests) draws a chart, writes
// its text alternative and its legend through these functions, which dispatch on the definition's type.
import type {
  ChartDefinition,
  ChartMetadata,
  DescribeContext,
  LegendEntry,
  RenderOptions,
  Row
} from "../charts/types.js";
import {noMetadata} from "../charts/types.js";
import {describeKeyFigures, keyFiguresLegend, renderKeyFigures} from "./key-figures.js";
import {withLabels} from "./metadata.js";
import {describeSeries, renderSeries, seriesLegend, seriesRows} from "./series.js";

/** The rows a chart draws and its table and CSV show: the query's rows with the labels of their category codes. */
export function chartRows(def: ChartDefinition, rows: Row[], metadata: ChartMetadata = noMetadata): Row[] {
  switch (def.type) {
    case undefined:
      return def.toData(rows);
    case "series":
      return seriesRows(rows, def, metadata);
    default:
      return withLabels(rows, metadata);
  }
}

export function drawChart(def: ChartDefinition, rows: Row[], options: RenderOptions = {}): Element {
  switch (def.type) {
    case undefined:
      return def.render(rows, {...options, breaks: options.metadata?.breaks ?? []});
    case "series":
      return renderSeries(rows, def, options);
    case "key-figures":
      return renderKeyFigures(rows, def, options);
  }
}

export function describeChart(
  def: ChartDefinition,
  rows: Row[],
  context: DescribeContext = {metadata: noMetadata}
): string {
  switch (def.type) {
    case undefined:
      return def.describe(rows, {breaks: context.metadata.breaks});
    case "series":
      return describeSeries(rows, def, context);
    case "key-figures":
      return describeKeyFigures(rows, def, context);
  }
}

/** The frame's legend (HTML on the page, drawn into exports): each series or category with its colour. */
export function legendOf(def: ChartDefinition, metadata: ChartMetadata = noMetadata): LegendEntry[] {
  switch (def.type) {
    case undefined:
      return def.legend ?? [];
    case "series":
      return seriesLegend(def, metadata);
    case "key-figures":
      return keyFiguresLegend(def);
  }
}
