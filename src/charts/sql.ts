// SQL pieces several charts share, and the query a definition leaves to its parts.
import {tableName} from "../components/data/tables.js";
import type {ChartDefinition, ChartInput} from "./types.js";

/** The definition with its SQL: as written, or `SELECT <select> FROM <first dataset> WHERE shown = 'ja' …`. */
export function withQuery({select = "*", where, order, ...chart}: ChartInput): ChartDefinition {
  const sql = [
    `SELECT ${select}`,
    `FROM ${tableName(chart.datasets[0])}`,
    `WHERE shown = 'ja'${where ? ` AND ${where}` : ""}`,
    ...(order ? [`ORDER BY ${order}`] : [])
  ].join("\n");
  return {sql, ...chart};
}

/**
 * Every column, the place in the source without the row and column of the figure (", rij Industrie, kolom 2023 -
 * K3"): charts over one published table cite the table once, not each of its cells. The dataset keeps the full place.
 */
export const allWithTablePlace = "* REPLACE (regexp_replace(source_section, ', rij .*$', '') AS source_section)";

/** The year of a period code, for the period selector: "2019K4" → 2019, "2025M08" → 2025. */
export const yearOf = (column: string) => `CAST(substr(CAST(${column} AS VARCHAR), 1, 4) AS INTEGER)`;

/** "'a', 'b'": codes for an IN (…) list. */
export function sqlList(codes: readonly string[]): string {
  return codes.map((c) => `'${c}'`).join(", ");
}

/** Orders rows by the position of their code in a list (CASE measure WHEN 'a' THEN 0 …). */
export function sqlOrder(column: string, codes: readonly string[]): string {
  return `CASE ${column} ${codes.map((c, i) => `WHEN '${c}' THEN ${i}`).join(" ")} END`;
}
