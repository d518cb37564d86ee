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
import {describeSeries, renderSeries, seriesLegend, seriesRows} from "./series.js";
import {describeStackedBars, legendStackedBars, renderStackedBars} from "./stacked-bars.js";

/** What a chart type's module gives: its rows for table and CSV (labelled by default), drawing, text, legend. */
interface ChartType<D> {
  rows?: (rows: Row[], spec: D, metadata: ChartMetadata) => Row[];
  draw: (rows: Row[], spec: D, options: RenderOptions) => Element;
  describe: (rows: Row[], spec: D, context: DescribeContext) => string;
  legend: (spec: D, metadata: ChartMetadata, rows: Row[]) => LegendEntry[];
}

/**
 * A type's module bound to a definition. A missing value (null) is no bar or dot at 0: it is left out, except
 * by the series and key figures, which show the gap themselves.
 */
function bound<D>(def: D, type: ChartType<D>, gaps: "left out" | "shown" = "left out") {
  const given = (rows: Row[]) => (gaps === "shown" ? rows : published(rows));
  return {
    rows: (rows: Row[], metadata: ChartMetadata) => type.rows?.(rows, def, metadata) ?? labelledRows(rows, metadata),
    draw: (rows: Row[], options: RenderOptions) => type.draw(given(rows), def, options),
    describe: (rows: Row[], context: DescribeContext) => type.describe(given(rows), def, context),
    legend: (metadata: ChartMetadata, rows: Row[]) => type.legend(def, metadata, rows)
  };
}

function typeOf(def: ChartDefinition) {
  switch (def.type) {
    case "series":
      return bound(
        def,
        {rows: seriesRows, draw: renderSeries, describe: describeSeries, legend: seriesLegend},
        "shown"
      );
    case "key-figures":
      return bound(def, {draw: renderKeyFigures, describe: describeKeyFigures, legend: keyFiguresLegend}, "shown");
    case "bars":
      return bound(def, {draw: renderBars, describe: describeBars, legend: legendBars});
    case "grouped-bars":
      return bound(def, {draw: renderGroupedBars, describe: describeGroupedBars, legend: legendGroupedBars});
    case "stacked-bars":
      return bound(def, {draw: renderStackedBars, describe: describeStackedBars, legend: legendStackedBars});
    case "dot-rows":
      return bound(def, {draw: renderDotRows, describe: describeDotRows, legend: legendDotRows});
    case "combinations":
      return bound(def, {
        rows: combinationRows,
        draw: renderCombinations,
        describe: describeCombinations,
        legend: legendCombinations
      });
    case "allocation":
      return bound(def, {
        rows: allocationRows,
        draw: renderAllocation,
        describe: describeAllocation,
        legend: legendAllocation
      });
  }
}

/** The rows a chart draws and its table and CSV show: the query's rows with the labels of their category codes. */
export function chartRows(def: ChartDefinition, rows: Row[], metadata: ChartMetadata = noMetadata): Row[] {
  return typeOf(def).rows(rows, metadata);
}

export function drawChart(def: ChartDefinition, rows: Row[], options: RenderOptions = {}): Element {
  return typeOf(def).draw(rows, options);
}

export function describeChart(def: ChartDefinition, rows: Row[], context: DescribeContext = {metadata: noMetadata}) {
  return typeOf(def).describe(rows, context);
}

/**
 * The frame's legend (HTML on the page, drawn into exports): each series or category with its colour. The rows
 * name the categories a chart draws where the metadata lists more (the periods of dot rows, composite keys).
 */
export function legendOf(def: ChartDefinition, metadata: ChartMetadata = noMetadata, rows: Row[] = []): LegendEntry[] {
  return typeOf(def).legend(metadata, rows);
}
