// What a definition says for each chart type of bars and rows; everything else (labels, order, units, colours,
// label placement) the grammar takes from the metadata and the width. src/charts/types.ts joins these to ChartBase.
import type {Row} from "../charts/types.js";

/** Labelled horizontal bars from zero, one per category, each with its value written beside it. */
export interface BarsSpec {
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
  /** Write under the bars which periods are published: one figure must not read as a series. */
  publishedPeriods?: boolean;
}

/** Small multiples: one panel per code of `panel`, a vertical bar per code of `bar`; never stacked or summed. */
export interface GroupedBarsSpec {
  type: "grouped-bars";
  panel: string;
  /** The column whose codes are the bars of a panel; several make one key ("measure", "period"). */
  bar: string | string[];
  /**
   * Colour the bars by their own code ("bar") or their panel's ("panel"), or by one of the bar columns (a change
   * of measurement), with a legend; one colour when absent.
   */
  color?: string;
  /** The unit of the values when the metadata's does not fit ("%" for one measure of a table of several). */
  unit?: string;
}

/** Published parts stacked per period, with the published total above each bar (never a sum the chart makes). */
export interface StackedBarsSpec {
  type: "stacked-bars";
  /** The period column. */
  x: string;
  /** The column whose codes are the parts, stacked bottom to top in the metadata's order. */
  part: string;
  /** The code of the published total in `part`; a period with only a total is drawn as one grey bar. */
  total: string;
}

/** One row per category, one dot per period, with the latest values written at the right (a table's rows). */
export interface DotRowsSpec {
  type: "dot-rows";
  row: string;
  /** The period column whose codes are the dots of a row, light (oldest) to dark (latest). */
  dot: string;
  /** The row of the page's own group, shaded. */
  highlight?: string;
  /** The column that groups the rows (a breakdown); every other group gets a light band. */
  band?: string;
  /** Draw each row's change from the first to the last period (a line coloured by its direction, the periods
   * between as small grey dots) instead of a shaded dot per period. */
  change?: boolean;
  /** "last": rows by their latest value, largest first (a code "unknown" last); else the metadata's order. */
  sort?: "last";
  domain?: [number, number];
  digits?: number;
  /** The periods whose values are written at the right (the last one only on a narrow screen). */
  columns?: "last" | "all" | "ends";
}

/** The combinations of yes/no traits (UpSet): a dot matrix of the traits and a bar per combination. */
export interface CombinationsSpec {
  type: "combinations";
  /** The yes/no columns ("ja"/"neen"; "totaal" in all of them is the published total). */
  traits: string[];
  /** The trait whose combinations are coloured apart (the page's own group). */
  highlight: string;
}

/** Published amounts over the time they apply to: a calendar year, a quarter or an allocation period. */
export interface AllocationSpec {
  type: "allocation";
  /** The column whose codes are the series. */
  series: string;
  /** The period column: "2019", "2021K1", or a key of `spans`. */
  x: string;
  /** Periods that are no calendar span, with the dates the source prints (end exclusive). */
  spans: Record<string, {start: string; end: string; label: string}>;
}
