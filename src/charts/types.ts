// A chart is defined once and drawn everywhere from that definition: at build time by tools/frames/ with native
// DuckDB, in the browser by components/hydrate.ts with DuckDB-WASM. Both run the same SQL over the same Parquet
// snapshots and draw through src/grammar/draw.ts.

import type {SeriesBreak} from "../../loaders/lib/meta.js";

export type Row = Record<string, unknown>;

export interface LegendEntry {
  label: string;
  color: string;
}

export type CellFormat = "percent" | "number" | "integer" | "points" | "year" | "text";

export interface TableColumn {
  name: string;
  label: string;
  format: CellFormat;
  /** Fixed decimals, where the chart fixes them. */
  digits?: number;
}

/** What the datasets' metadata (data/<theme>/<id>.meta.json) says about one column. */
export interface ColumnMetadata {
  label: string;
  type: string;
  unit?: string;
  /** A category column's codes with their Dutch labels, in the order the metadata lists them. */
  values?: {code: string; label: string}[];
}

/** What a chart takes from its datasets' metadata, so no definition declares it again. */
export interface ChartMetadata {
  columns: Record<string, ColumnMetadata>;
  /** The unit of each dataset, in the order of the definition's datasets. */
  units: string[];
  breaks: SeriesBreak[];
}

export const noMetadata: ChartMetadata = {columns: {}, units: [], breaks: []};

/** `document`: jsdom's at build time, the page's in the browser. */
export interface RenderOptions {
  width?: number;
  height?: number;
  document?: Document;
  metadata?: ChartMetadata;
}

/** What a chart type draws with: the width (640 px unless given) and the metadata (none unless given) filled in. */
export type DrawOptions = RenderOptions & {width: number; metadata: ChartMetadata};

export interface ChartBase {
  /** Stable id: the export address (/charts/<id>.svg), the embed page (/embed/<id>) and the URL state key. */
  id: string;
  title: string;
  /** Unit and population, e.g. "Aandeel werkenden (%), 20-64 jaar, Vlaams Gewest". */
  subtitle: string;
  /** The tables the SQL reads are named with _ for - (eak_werkzaamheid). */
  datasets: string[];
  /** Returns source_id, source_section and source_url with every row: the frame names the sources of what is drawn. */
  sql: string;
  /** Headers of columns the metadata lacks, each in the place of the metadata's column of the same header. */
  table?: Record<string, string>;
  /** What the chart needs said that its datasets' notes (listed after these in the frame) do not say. */
  notes?: string[];
  /** The dataset whose indicator fiche explains this chart, if not the first of `datasets`. */
  fiche?: string;
  /** Sentences the chart type cannot know (honest caveats a test checks), added to the generic text alternative. */
  describeMore?: (rows: Row[]) => string;
}

/** How one series of a series chart is drawn; its label comes from the metadata (the category's label). */
export interface SeriesStyle {
  /** The category code in the series column. */
  key: string;
  /** The palette's colour for the series' place in `lines` unless given. */
  color?: string;
  /** A Plot symbol ("square", "diamond", …); circles by default. */
  symbol?: string;
  /** Write the value labels under the dots instead of above them (for the lower of two close series). */
  labelBelow?: boolean;
  /** A series measured differently (an old methodology): open dots, never joined to each other or a line. */
  open?: boolean;
  /** The label of a series the metadata does not name (a source id, a derived measure, the only series). */
  label?: string;
}

// What a definition says for each chart type; everything else (labels, order, units, colours, label placement) the
// grammar takes from the metadata and the width.

/** Lines and dots over periods, with gaps for unpublished periods, breaks from the metadata and reference lines. */
export interface SeriesChart extends ChartBase {
  type: "series";
  /** The category column whose codes are the series; without one, every row is the chart's only line. */
  series?: string;
  /** The series drawn, in this order; rows of other codes are not drawn. */
  lines: SeriesStyle[];
  /** The value axis's title where the metadata's (the value column's label, "(%)" after a share) does not fit. */
  yLabel?: string;
  yDomain?: [number, number];
  /** The unit of the values when the metadata's does not fit ("%" for a derived rate among VTE). */
  unit?: string;
  /** Decimals as the source prints them (19.533,80); otherwise as many as the value has, up to two. */
  digits?: number;
  /** Periods drawn as open dots, not joined: another kind of period or an incomplete year. */
  apart?: (period: string) => boolean;
  /** Thresholds: a dashed line across the chart, its label in the right margin ("\n" breaks it). */
  references?: (LegendEntry & {value: number})[];
  /** A derived difference drawn as a bracket between two series (the gap), with its value in `unit`. */
  bracket?: {key: string; label: string; between: [string, string]; unit: string};
  /** "all": every dot gets its value; "ends": the first and last of each series, and the periods apart. */
  labels?: "all" | "ends";
  /** "columns": a column from zero per value instead of a line (one yearly amount, its size matters). */
  mark?: "line" | "columns";
}

/** A few published figures written large, each named by its code in "measure", with its own period: no series. */
export interface KeyFiguresChart extends ChartBase {
  type: "key-figures";
  /** How each figure is written: its value formatted, with the words the source puts around it. */
  figure: (row: Row) => string;
  /** The line under each figure: its period, or a sentence about it. */
  caption: (row: Row) => string;
  /** The colour of a series the figures belong to elsewhere on the page; the main colour unless given. */
  color?: string;
  /** A share in % to draw as a bar from 0 to 100 under the figure; none where undefined. */
  share?: (row: Row) => number | undefined;
}

/** Labelled horizontal bars from zero, one per category, each with its value written beside it. */
export interface BarsChart extends ChartBase {
  type: "bars";
  /** The column whose codes are the bars, top to bottom in the metadata's order; several make one key. */
  category: string | string[];
  /** The column whose codes colour the bars (with a legend), and whose short label leads each bar's label. */
  color?: string;
  /** "value": largest bar first, instead of the metadata's order. */
  sort?: "value";
  /** The codes drawn as bars; rows of other codes are only read by `caption` and the text alternative. */
  bars?: string[];
  /** A fixed value axis, e.g. [0, 100] for a share. */
  domain?: [number, number];
  /** A line of text under one bar, from the rows (for figures in another unit that no axis may carry). */
  caption?: {under: string; text: (rows: Row[]) => string | undefined};
}

/** Small multiples: one panel per code of `panel`, a vertical bar per code of `bar`; never stacked or summed. */
export interface GroupedBarsChart extends ChartBase {
  type: "grouped-bars";
  panel: string;
  /** The column whose codes are the bars of a panel; several make one key ("measure", "period"). */
  bar: string | string[];
  /** Colours with a legend: by each bar's code ("bar"), its panel's ("panel") or a bar column's (a measurement). */
  color?: string;
  /** The unit of the values when the metadata's does not fit ("%" for one measure of a table of several). */
  unit?: string;
}

/** Published parts stacked per period, with the published total above each bar (never a sum the chart makes). */
export interface StackedBarsChart extends ChartBase {
  type: "stacked-bars";
  /** The column whose codes are the parts, stacked bottom to top in the metadata's order. */
  part: string;
  /** The code of the published total in `part`; a period with only a total is drawn as one grey bar. */
  total: string;
}

/** One row per category, one dot per period, with the latest values written at the right (a table's rows). */
export interface DotRowsChart extends ChartBase {
  type: "dot-rows";
  /** The column whose codes are the rows; each period is a dot in them, light (oldest) to dark (latest). */
  row: string;
  /** The row of the page's own group, shaded. */
  highlight?: string;
  /** The column that groups the rows (a breakdown); every other group gets a light band. */
  band?: string;
  /** Each row's change from the first to the last period (a line by its direction) instead of a dot per period. */
  change?: boolean;
  /** "last": rows by their latest value, largest first (a code "unknown" last); else the metadata's order. */
  sort?: "last";
  domain?: [number, number];
  digits?: number;
  /** The periods whose values are written at the right (the last one only on a narrow screen). */
  columns?: "last" | "all" | "ends";
}

/** The combinations of yes/no traits (UpSet): a dot matrix of the traits and a bar per combination. */
export interface CombinationsChart extends ChartBase {
  type: "combinations";
  /** The yes/no columns ("ja"/"neen"; "totaal" in all of them is the published total). */
  traits: string[];
  /** The trait whose combinations are coloured apart (the page's own group). */
  highlight: string;
}

/** Published amounts over the time they apply to: a calendar year, a quarter or an allocation period. */
export interface AllocationChart extends ChartBase {
  type: "allocation";
  series: string;
  /** Periods ("2019", "2021K1" or these) that are no calendar span, with the dates the source prints (end exclusive). */
  spans: Record<string, {start: string; end: string; label: string}>;
}

/** A chart as a theme file writes it: the SQL, or the parts of a query over its first dataset's shown rows (sql.ts). */
type Input<T> = T extends ChartBase
  ? Omit<T, "sql"> & Partial<Pick<T, "sql">> & {select?: string; where?: string; order?: string}
  : never;
export type ChartInput = Input<ChartDefinition>;

export type ChartDefinition =
  | SeriesChart
  | KeyFiguresChart
  | BarsChart
  | GroupedBarsChart
  | StackedBarsChart
  | DotRowsChart
  | CombinationsChart
  | AllocationChart;
