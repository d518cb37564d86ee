// The one entry to the grammar: every consumer (pages, hydration, exports, embeds, tests) draws a chart, writes
// its text alternative and its legend through these functions, which dispatch on the definition's type.
import type {ChartDefinition, ChartMetadata, DrawOptions, LegendEntry, RenderOptions, Row} from "../charts/types.js";
import {noMetadata} from "../charts/types.js";
import * as allocation from "./allocation.js";
import * as bars from "./bars.js";
import * as combinations from "./combinations.js";
import {withLabels} from "./metadata.js";
import * as dotRows from "./dot-rows.js";
import * as groupedBars from "./grouped-bars.js";
import * as keyFigures from "./key-figures.js";
import * as series from "./series.js";
import * as stackedBars from "./stacked-bars.js";

/** What a chart type's module exports: its rows for table and CSV (labelled by default), drawing, text, legend. */
interface ChartType<D> {
  tableRows?: (rows: Row[], spec: D, metadata: ChartMetadata) => Row[];
  draw: (rows: Row[], spec: D, options: DrawOptions) => Element;
  describe: (rows: Row[], spec: D, metadata: ChartMetadata) => string;
  legend?: (spec: D, metadata: ChartMetadata, rows: Row[]) => LegendEntry[];
}

/** Each type's module by the name definitions give it. */
type ByType = {[D in ChartDefinition as D["type"]]: D};
const chartTypes: {[K in keyof ByType]: ChartType<ByType[K]>} = {
  series,
  "key-figures": keyFigures,
  bars,
  "grouped-bars": groupedBars,
  "stacked-bars": stackedBars,
  "dot-rows": dotRows,
  combinations,
  allocation
};

/** A definition's type module: one of the union per call, so the module takes the definition it is called with. */
function typeOf<K extends keyof ByType>(def: ByType[K] & {type: K}): ChartType<ByType[K]> {
  return chartTypes[def.type];
}

/** A missing value (null) is no bar or dot at 0: left out, except by the series and key figures, which show the gap. */
const given = (def: ChartDefinition, rows: Row[]) =>
  def.type === "series" || def.type === "key-figures"
    ? rows
    : rows.filter((r) => r.value !== null && Number.isFinite(Number(r.value)));

/** The rows a chart draws and its table and CSV show: the query's rows with the labels of their category codes. */
export function chartRows(def: ChartDefinition, rows: Row[], metadata: ChartMetadata = noMetadata): Row[] {
  return typeOf(def).tableRows?.(rows, def, metadata) ?? withLabels(rows, metadata);
}

export function drawChart(def: ChartDefinition, rows: Row[], options: RenderOptions = {}): Element {
  const metadata = options.metadata ?? noMetadata;
  const chart = typeOf(def).draw(given(def, rows), def, {...options, width: options.width ?? 640, metadata});
  // Every type's chart is named by its title and described by its text alternative, for screen readers.
  chart.setAttribute("aria-label", def.title);
  chart.setAttribute("aria-description", describeChart(def, rows, metadata));
  return chart;
}

export function describeChart(def: ChartDefinition, rows: Row[], metadata: ChartMetadata = noMetadata) {
  return typeOf(def).describe(given(def, rows), def, metadata);
}

/**
 * The frame's legend (HTML on the page, drawn into exports): each series or category with its colour. The rows
 * name the categories a chart draws where the metadata lists more (the periods of dot rows, composite keys).
 */
export function legendOf(def: ChartDefinition, metadata: ChartMetadata = noMetadata, rows: Row[] = []): LegendEntry[] {
  return typeOf(def).legend?.(def, metadata, rows) ?? [];
}
