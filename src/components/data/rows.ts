// The rows of a chart's query as the charts take them, whichever DuckDB build returned them (native at build time,
// WebAssembly in the browser).
import type {Row} from "../../charts/types.js";

/** Numbers from DuckDB can be BigInt (COUNT, SUM of integers); charts want plain numbers. */
export function normalizeRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === "bigint" ? Number(value) : value;
  return out;
}

/** The years of rows with a column `year`: a chart with more than one gets a period selector (?<id>=2002-2023). */
export function yearsOf(rows: Row[]): number[] {
  const years = rows.flatMap((r) => (r.year === undefined || r.year === null ? [] : [Number(r.year)]));
  return [...new Set(years)].sort((a, b) => a - b);
}
