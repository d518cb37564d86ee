import type {CellFormat, Row, TableColumn} from "../../charts/types.js";
import {formatNumber, formatPercent, formatPoints, formatYear} from "../format.js";
import {escapeHtml} from "../html.js";

export function formatCell(value: unknown, format: CellFormat, digits?: number): string {
  if (value === null || value === undefined || value === "") return "–";
  const n = Number(value);
  switch (format) {
    case "percent":
      return formatPercent(n, digits);
    case "points":
      return formatPoints(n, digits);
    case "number":
      return formatNumber(n, digits);
    case "integer":
      return formatNumber(n, 0);
    case "year":
      return formatYear(n);
    case "text":
      return String(value);
  }
}

/**
 * A table in a region that scrolls sideways, reachable and named for keyboard users: on a phone a table may be wider
 * than the screen, and the page itself must not scroll sideways (WCAG 1.4.10). The style is `.table-scroll`.
 */
export function scrollRegion(label: string, tableHtml: string, className = ""): string {
  const attributes = Object.entries(scrollRegionAttributes(label, className)).map(
    ([k, v]) => `${k}="${escapeHtml(v)}"`
  );
  return `<div ${attributes.join(" ")}>${tableHtml}</div>`;
}

/** The attributes of that region, for code that builds it in the DOM (the SQL explorer's catalogue). */
export function scrollRegionAttributes(label: string, className = ""): Record<string, string> {
  const classes = [className, "table-scroll"].filter(Boolean).join(" ");
  return {class: classes, tabindex: "0", role: "region", "aria-label": `Tabel: ${label}`};
}

/** The table behind a chart, as HTML: the exact figures drawn, formatted nl-BE, one row per data point. */
export function renderTable(columns: TableColumn[], data: Row[], caption: string): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join("");
  const body = data
    .map((row) => {
      const cells = columns.map((c) => {
        const text = escapeHtml(formatCell(row[c.name], c.format, c.digits));
        return c.format === "text" ? `<td>${text}</td>` : `<td class="num">${text}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  const table = `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  return scrollRegion(caption, table, "chart-frame__table-scroll");
}
