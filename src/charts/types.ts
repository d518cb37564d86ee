// A chart is defined once and drawn everywhere from that definition: at build time (static SVG in the page,
// exports, embeds) by tools/charts/ with native DuckDB, and in the browser by components/hydrate.ts with
// DuckDB-WASM. Both run the same SQL over the same Parquet snapshots and call the same render function.

import type {SeriesBreak} from "../../loaders/lib/meta.js";

export type Row = Record<string, unknown>;

export interface LegendEntry {
  label: string;
  color: string;
}

/** How a column of the table behind the chart is shown. */
export type CellFormat = "percent" | "number" | "integer" | "points" | "year" | "text";

export interface TableColumn {
  name: string;
  label: string;
  format: CellFormat;
}

export interface RenderOptions {
  width?: number;
  height?: number;
  /** jsdom's document at build time; the page's in the browser. */
  document?: Document;
  /** The series breaks of the chart's datasets, from their metadata. */
  breaks?: SeriesBreak[];
}

/** What a text alternative may need besides the data: the series breaks it must not compare across. */
export interface DescribeContext {
  breaks: SeriesBreak[];
}

export interface ChartDefinition<T extends Row = Row> {
  /** Stable id: the export address (/charts/<id>.svg), the embed page (/embed/<id>) and the URL state key. */
  id: string;
  title: string;
  /** Unit and population, e.g. "Aandeel werkenden (%), 20-64 jaar, Vlaams Gewest". */
  subtitle: string;
  /** Dataset ids the SQL reads; their tables are named with _ for - (eak_werkzaamheid). */
  datasets: string[];
  /**
   * The query, in SQL both DuckDB builds understand. It must return source_id, source_section and source_url
   * with every row, so the frame can name the sources of exactly what is drawn.
   */
  sql: string;
  /** A numeric column the reader can restrict to a period (years); kept in the URL as ?<id>=2002-2023. */
  period?: string;
  toData(rows: Row[]): T[];
  render(data: T[], options: RenderOptions): Element;
  /** The text alternative: what the chart shows, with the latest value and the trend. */
  describe(data: T[], context?: DescribeContext): string;
  legend?: LegendEntry[];
  /** The table behind the chart. */
  table: TableColumn[];
  /** Series breaks, changes of measurement, which figures are derived. */
  notes?: string[];
  /** The dataset whose indicator fiche explains this chart. */
  fiche?: string;
}

/** Numbers from DuckDB can be BigInt (COUNT, SUM of integers); charts want plain numbers. */
export function normalizeRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === "bigint" ? Number(value) : value;
  return out;
}
