import {csvFormatRows} from "d3";
import type {Observation} from "./validate.js";

/**
 * The downloadable twin of a snapshot: standard comma-separated CSV with a dot as decimal mark, so any tool
 * reads it; the provenance columns travel with every row.
 */
export function formatCsvTwin(rows: Observation[], columns: string[]): string {
  const cells = rows.map((row) => columns.map((name) => formatCell(row[name])));
  return `${csvFormatRows([columns, ...cells])}\n`;
}

function formatCell(value: Observation[string]): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}
