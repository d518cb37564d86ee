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
import {allocationRows, describeAllocation, legendAllocation, renderAllocation} from "./allocation.js";
import {describeBars, legendBars, renderBars} from "./bars.js";
import {combinationRows, describeCombinations, legendCombinations, renderCombinations} from "./combinations.js";
import {labelledRows, published} from "./categories.js";
import {describeDotRows, legendDotRows, renderDotRows} from "./dot-rows.js";
import {describeGroupedBars, legendGroupedBars, renderGroupedBars} from "./grouped-bars.js";
import {describeKeyFigures, keyFiguresLegend, renderKeyFigures} from "./key-figures.js";
import {withLabels} from "./metadata.js";
import {describeSeries, renderSeries, seriesLegend, seriesRows} from "./series.js";
import {describeStackedBars, legendStackedBars, renderStackedBars} from "./stacked-bars.js";

/** The rows a chart draws and its table and CSV show: the query's rows with the labels of their category codes. */
export function chartRows(def: ChartDefinition, rows: Row[], metadata: ChartMetadata = noMetadata): Row[] {
  switch (def.type) {
    case "series":
      return seriesRows(rows, def, metadata);
    case "key-figures":
      return withLabels(rows, metadata);
    case "allocation":
      return allocationRows(rows, def, metadata);
    case "combinations":
      return combinationRows(rows, def, metadata);
    default:
      return labelledRows(rows, metadata);
  }
}

export function drawChart(def: ChartDefinition, rows: Row[], options: RenderOptions = {}): Element {
  switch (def.type) {
    case "series":
      return renderSeries(rows, def, options);
    case "key-figures":
      return renderKeyFigures(rows, def, options);
    case "bars":
      return renderBars(published(rows), def, options);
    case "grouped-bars":
      return renderGroupedBars(published(rows), def, options);
    case "stacked-bars":
      return renderStackedBars(published(rows), def, options);
    case "dot-rows":
      return renderDotRows(published(rows), def, options);
    case "combinations":
      return renderCombinations(published(rows), def, options);
    case "allocation":
      return renderAllocation(published(rows), def, options);
  }
}

export function describeChart(
  def: ChartDefinition,
  rows: Row[],
  context: DescribeContext = {metadata: noMetadata}
): string {
  switch (def.type) {
    case "series":
      return describeSeries(rows, def, context);
    case "key-figures":
      return describeKeyFigures(rows, def, context);
    case "bars":
      return describeBars(published(rows), def, context);
    case "grouped-bars":
      return describeGroupedBars(published(rows), def, context);
    case "stacked-bars":
      return describeStackedBars(published(rows), def, context);
    case "dot-rows":
      return describeDotRows(published(rows), def, context);
    case "combinations":
      return describeCombinations(published(rows), def, context);
    case "allocation":
      return describeAllocation(published(rows), def, context);
  }
}

/**
 * The frame's legend (HTML on the page, drawn into exports): each series or category with its colour. The rows
 * name the categories a chart draws where the metadata lists more (the periods of dot rows, composite keys).
 */
export function legendOf(def: ChartDefinition, metadata: ChartMetadata = noMetadata, rows: Row[] = []): LegendEntry[] {
  switch (def.type) {
    case "series":
      return seriesLegend(def, metadata);
    case "key-figures":
      return keyFiguresLegend(def);
    case "bars":
      return legendBars(def, metadata, rows);
    case "grouped-bars":
      return legendGroupedBars(def, metadata, rows);
    case "stacked-bars":
      return legendStackedBars(def, metadata, rows);
    case "dot-rows":
      return legendDotRows(def, metadata, rows);
    case "combinations":
      return legendCombinations(def, metadata);
    case "allocation":
      return legendAllocation(def, metadata, rows);
  }
}
