// The result of a reader's query as an HTML table built from DOM nodes: every value is set with textContent,
// so a query that returns '<img src=x onerror=…>' shows those characters and never creates an element.
import {formatNumber, formatYear} from "../format.js";
import type {QueryResult} from "./run-query.js";

/** How the cells of a column are shown: numbers nl-BE and right-aligned, years without grouping. */
export type ColumnKind = "number" | "year" | "text";

/** At most this many rows go into the page; the CSV download has them all. */
export const DISPLAY_LIMIT = 1000;

const YEAR_NAME = /(^|_)(year|jaar)($|_)|^(year|jaar)/i;

export function isYearValue(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1800 && value <= 2200;
}

/** A column is numeric when every value that is not null is a number; a year when it is also named so. */
export function columnKind(result: QueryResult, index: number): ColumnKind {
  const values = result.rows.map((row) => row[index]).filter((v) => v !== null);
  if (!values.length || !values.every((v) => typeof v === "number")) return "text";
  return YEAR_NAME.test(result.columns[index]) && values.every(isYearValue) ? "year" : "number";
}

/**
 * One cell as text. Numbers keep their decimals (up to 6, so float noise such as 0.30000000000000004 reads
 * 0,3) in nl-BE notation; a year is never grouped ("2.023" would be wrong).
 */
export function formatCell(value: unknown, kind: ColumnKind = "text"): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
    if (kind === "year") return formatYear(value);
    return formatNumber(value, decimals(value));
  }
  if (typeof value === "boolean") return value ? "waar" : "onwaar";
  if (value instanceof Date) return formatDate(value);
  return String(value);
}

function decimals(value: number): number {
  const text = String(Number(value.toFixed(6)));
  if (/e/i.test(text)) return 0;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A DATE as 2023-12-31, a TIMESTAMP with its time (in UTC, as DuckDB stores it). */
export function formatDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace("T", " ").replace(/\.000Z$|Z$/, "");
}

/** "1 rij", "1.234 rijen". */
export function rowCountText(count: number): string {
  return count === 1 ? "1 rij" : `${formatNumber(count, 0)} rijen`;
}

/** The table of a result: a caption with the row count, a note when rows are left out, a header row. */
export function renderResultTable(document: Document, result: QueryResult, limit = DISPLAY_LIMIT): HTMLElement {
  const kinds = result.columns.map((_, i) => columnKind(result, i));
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  // A region that scrolls sideways for wide results, reachable with the keyboard.
  const wrapper = element("div", undefined, "sql-result__scroll");
  wrapper.setAttribute("role", "region");
  wrapper.setAttribute("aria-label", "Resultaattabel");
  wrapper.tabIndex = 0;

  const table = element("table");
  const shown = result.rows.slice(0, limit);
  const caption =
    result.rows.length > limit
      ? `Resultaat: ${rowCountText(result.rows.length)}, de eerste ${formatNumber(limit, 0)} getoond`
      : `Resultaat: ${rowCountText(result.rows.length)}`;
  table.append(element("caption", caption));

  const headRow = element("tr");
  result.columns.forEach((name, i) => {
    const th = element("th", name, kinds[i] === "text" ? undefined : "num");
    th.scope = "col";
    headRow.append(th);
  });
  const head = element("thead");
  head.append(headRow);
  table.append(head);

  const body = element("tbody");
  for (const row of shown) {
    const tr = element("tr");
    row.forEach((value, i) =>
      tr.append(element("td", formatCell(value, kinds[i]), kinds[i] === "text" ? undefined : "num"))
    );
    body.append(tr);
  }
  table.append(body);
  wrapper.append(table);
  return wrapper;
}

/** The note under a capped table; undefined when every row is shown. */
export function capNote(count: number, limit = DISPLAY_LIMIT): string | undefined {
  if (count <= limit) return undefined;
  return `De tabel toont de eerste ${formatNumber(limit, 0)} van ${rowCountText(count)}. Download de CSV voor het volledige resultaat.`;
}
