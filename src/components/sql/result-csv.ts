// The full result of a query as standard CSV (RFC 4180): a header row, comma-separated, CRLF line ends, fields
// quoted when they hold a quote, comma or line break. Numbers are written as machine-readable text (19407.5),
// not nl-BE, so the file reads back the same in any tool.
import {formatDate, rowCountText} from "./result-table.js";
import type {QueryResult} from "./run-query.js";

export function csvField(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = formatDate(value);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(result: QueryResult): string {
  const lines = [result.columns, ...result.rows].map((row) => row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * A download link for the CSV, as a Blob URL made in the browser (nothing is sent anywhere). The caller revokes
 * the URL (URL.revokeObjectURL(link.href)) when the link is replaced.
 */
export function csvLink(document: Document, result: QueryResult, filename = "sql-resultaat.csv"): HTMLAnchorElement {
  const view = document.defaultView ?? globalThis;
  const blob = new view.Blob([toCsv(result)], {type: "text/csv;charset=utf-8"});
  const link = document.createElement("a");
  link.href = view.URL.createObjectURL(blob);
  link.download = filename;
  link.className = "sql-result__csv";
  link.textContent = `Download het volledige resultaat als CSV (${rowCountText(result.rows.length)})`;
  return link;
}
