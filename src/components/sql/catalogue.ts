// What a reader can query: every snapshot table with its columns, their Dutch meaning, type, unit and category
// codes, read from the generated _snapshots/catalogue.json. Built from DOM nodes with textContent only.
import {tableName} from "../data/tables.js";
import {formatNumber} from "../format.js";
import {scrollRegionAttributes} from "../frame/table.js";

export interface CatalogueColumn {
  name: string;
  label: string;
  type: string;
  unit?: string;
  values?: Record<string, string>;
}

export interface CatalogueDataset {
  id: string;
  title: string;
  unit?: string;
  rows?: number;
  columns: CatalogueColumn[];
}

export interface Catalogue {
  datasets: CatalogueDataset[];
}

const typeLabels: Record<string, string> = {
  integer: "geheel getal",
  number: "getal",
  category: "code",
  period: "periode (tekst: 2023, 2023K3, 2025H1)",
  text: "tekst",
  boolean: "waar/onwaar"
};

export function typeLabel(type: string): string {
  return typeLabels[type] ?? type;
}

/**
 * Columns every table has with the same meaning (the provenance columns): listed once, not under each table.
 * `value` is in every table too, but its meaning and unit differ, so it stays with each table.
 */
export function commonColumns(catalogue: Catalogue): CatalogueColumn[] {
  const [first, ...rest] = catalogue.datasets;
  if (!first || !rest.length) return [];
  const same = (a: CatalogueColumn, b: CatalogueColumn) =>
    a.name === b.name && a.label === b.label && a.type === b.type && a.unit === b.unit && !a.values && !b.values;
  return first.columns.filter((c) => rest.every((d) => d.columns.some((o) => same(c, o))));
}

/** "totaal = Totale bevolking; hinder = Personen met hinder". */
export function codesText(column: CatalogueColumn): string {
  return Object.entries(column.values ?? {})
    .map(([code, label]) => `${code} = ${label}`)
    .join("; ");
}

// Column names DuckDB reserves: they must be written in double quotes ("group").
const reserved = new Set(["group", "order", "from", "select", "where", "table", "limit", "end", "case", "default"]);

/** The column name as it must be written in a query: "group", but year. */
export function sqlName(name: string): string {
  return reserved.has(name.toLowerCase()) || !/^[a-z_][a-z0-9_]*$/i.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}

export interface CatalogueOptions {
  /** Called with a query that shows the first rows of a table (the "Toon rijen" button). */
  onPick(sql: string): void;
}

export function renderCatalogue(document: Document, catalogue: Catalogue, options: CatalogueOptions): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = el("div");
  root.className = "sql-catalogue";
  const common = commonColumns(catalogue);
  const commonNames = new Set(common.map((c) => c.name));

  for (const dataset of catalogue.datasets) {
    const details = el("details");
    const summary = el("summary");
    const name = tableName(dataset.id);
    summary.append(el("code", name), ` ${dataset.title}`);
    if (dataset.rows !== undefined)
      summary.append(` (${dataset.rows === 1 ? "1 rij" : `${formatNumber(dataset.rows, 0)} rijen`})`);
    details.append(summary);
    if (dataset.unit) details.append(el("p", `Eenheid: ${dataset.unit}`));
    details.append(
      columnTable(
        el,
        dataset.columns.filter((c) => !commonNames.has(c.name)),
        `Kolommen van ${name}`
      )
    );
    const pick = el("button", `Toon de eerste rijen van ${name}`);
    pick.type = "button";
    pick.addEventListener("click", () => options.onPick(`SELECT *\nFROM ${name}\nLIMIT 20`));
    details.append(pick);
    root.append(details);
  }

  if (common.length) {
    const details = el("details");
    details.append(el("summary", "Kolommen die elke tabel heeft (bron en status van elke rij)"));
    details.append(columnTable(el, common, "Kolommen in elke tabel"));
    root.append(details);
  }
  return root;
}

/** A table of columns, in a focusable, named region that scrolls sideways on a phone instead of the page. */
function columnTable(
  el: <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => HTMLElementTagNameMap[K],
  columns: CatalogueColumn[],
  caption: string
): HTMLElement {
  const region = el("div");
  for (const [name, value] of Object.entries(scrollRegionAttributes(caption))) region.setAttribute(name, value);
  const table = el("table");
  table.append(el("caption", caption));
  const head = el("tr");
  for (const label of ["Kolom", "Betekenis", "Type", "Eenheid", "Codes"]) {
    const th = el("th", label);
    th.scope = "col";
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  for (const column of columns) {
    const row = el("tr");
    const code = el("td");
    code.append(el("code", sqlName(column.name)));
    row.append(code, el("td", column.label), el("td", typeLabel(column.type)), el("td", column.unit ?? ""));
    row.append(el("td", codesText(column)));
    body.append(row);
  }
  table.append(thead, body);
  region.append(table);
  return region;
}
