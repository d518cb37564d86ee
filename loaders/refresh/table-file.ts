/**
 * Reading, merging and writing one source table for the refresh. Rows the refresh does not touch keep their
 * exact text, so a refresh changes only the lines it has to.
 */
import {dsvFormat} from "d3";
import type {ColumnSpec, DatasetMeta} from "../lib/meta.js";
import {provenanceColumns} from "../lib/meta.js";
import {parseNlNumber} from "../lib/nl-number.js";
import {parseSourceTable} from "../lib/source-table.js";
import {withoutRetrievalStamp} from "./nl-format.js";
import type {MergePolicy, RefreshContext, SourceRow} from "./types.js";

interface TableRow {
  cells: SourceRow;
  /** The row's text in the file, while it is unchanged. */
  text?: string;
}

export interface TableFile {
  header: string[];
  headerText?: string;
  rows: TableRow[];
  newline: string;
  bom: string;
}

const semicolonSeparated = dsvFormat(";");

/** Reads a source table (see data/README.md); `file` names it in messages. */
export function readTableFile(text: string, file: string): TableFile {
  const {header, rows} = parseSourceTable(text, file);
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.slice(bom.length).replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return {
    header,
    headerText: lines[0],
    newline,
    bom,
    rows: rows.map(({line, cells}) => ({
      text: lines[line - 1],
      cells: Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? "").trim()]))
    }))
  };
}

/** An empty table with the columns of the schema and the provenance columns. */
export function emptyTableFile(meta: DatasetMeta): TableFile {
  return {header: [...meta.columns.map((c) => c.name), ...provenanceColumns], rows: [], newline: "\n", bom: ""};
}

export function formatTableFile(table: TableFile): string {
  const lines = [
    table.headerText ?? semicolonSeparated.formatRow(table.header),
    ...table.rows.map(({cells, text}) => text ?? semicolonSeparated.formatRow(table.header.map((h) => cells[h] ?? "")))
  ];
  return `${table.bom}${lines.join(table.newline)}${table.newline}`;
}

/** One row in the report: the observation (its key), the source, and the value before and after. */
export interface RowChange {
  key: SourceRow;
  source_id: string;
  before?: string;
  after?: string;
  /** For an added row: the row that was shown for this observation until now (now shown=nee). */
  replaces?: {source_id: string; value: string};
  /** For a changed row whose value is the same: what else changed. */
  detail?: string;
}

export interface MergeResult {
  table: TableFile;
  added: RowChange[];
  changed: RowChange[];
  /** Rows of other sources that were shown and are now kept with shown=nee. */
  setAside: RowChange[];
  /** Refreshed rows equal to the rows already there (apart from the date in the note). */
  unchanged: number;
  /** Rows the refresh does not cover, left as they were. */
  untouched: number;
}

/**
 * Merges refreshed rows into a table: a row from an earlier refresh of the same source and observation is
 * updated in place (or left as it is when nothing but the retrieval date differs); a new observation is added
 * at its place in key order; another source's row that was shown for the same observation is kept, shown=nee.
 */
export function mergeRows(
  table: TableFile,
  incoming: SourceRow[],
  meta: DatasetMeta,
  policy: MergePolicy,
  context: RefreshContext
): MergeResult {
  const rows = table.rows.slice();
  const result: MergeResult = {
    table: {...table, rows},
    added: [],
    changed: [],
    setAside: [],
    unchanged: 0,
    untouched: 0
  };
  const keyOf = (cells: SourceRow) => JSON.stringify(meta.key.map((name) => (cells[name] ?? "").trim()));
  const keyCells = (cells: SourceRow) => Object.fromEntries(meta.key.map((name) => [name, cells[name]]));
  const compare = keyComparator(meta);
  const touched = new Set<TableRow>();

  for (const cells of incoming) {
    const key = keyOf(cells);
    const own = rows.find((row) => keyOf(row.cells) === key && policy.isOwnRow(row.cells));
    let replaces: RowChange["replaces"];
    for (const [i, row] of rows.entries()) {
      if (row === own || keyOf(row.cells) !== key || row.cells.shown !== "ja" || policy.isOwnRow(row.cells)) continue;
      const aside = {cells: policy.setAside(row.cells, context)};
      rows[i] = aside;
      touched.add(aside);
      replaces = {source_id: aside.cells.source_id, value: row.cells.value};
      result.setAside.push({
        key: keyCells(row.cells),
        source_id: aside.cells.source_id,
        before: row.cells.value,
        after: row.cells.value,
        detail:
          aside.cells.source_id === row.cells.source_id
            ? "shown ja → nee"
            : `shown ja → nee, source_id ${row.cells.source_id} → ${aside.cells.source_id}`
      });
    }
    if (own) {
      touched.add(own);
      if (sameRow(own.cells, cells, table.header, meta)) {
        result.unchanged += 1;
        continue;
      }
      const updated = {cells: {...own.cells, ...cells}};
      rows[rows.indexOf(own)] = updated;
      touched.add(updated);
      const sameValue = sameCell("value", own.cells.value, cells.value, meta);
      result.changed.push({
        key: keyCells(cells),
        source_id: cells.source_id,
        before: own.cells.value,
        after: cells.value,
        ...(sameValue ? {detail: `${differingColumns(own.cells, cells, table.header, meta).join(", ")} changed`} : {})
      });
      continue;
    }
    // Before the first row whose key sorts at or after the new one, so a shown row precedes its alternatives.
    const at = rows.findIndex((row) => compare(row.cells, cells) >= 0);
    const added = {cells};
    rows.splice(at < 0 ? rows.length : at, 0, added);
    touched.add(added);
    result.added.push({
      key: keyCells(cells),
      source_id: cells.source_id,
      after: cells.value,
      ...(replaces ? {replaces} : {})
    });
  }
  result.untouched = rows.filter((row) => !touched.has(row)).length;
  return result;
}

function sameRow(a: SourceRow, b: SourceRow, header: string[], meta: DatasetMeta): boolean {
  return differingColumns(a, b, header, meta).length === 0;
}

function differingColumns(a: SourceRow, b: SourceRow, header: string[], meta: DatasetMeta): string[] {
  const names = [...new Set([...header, ...Object.keys(b)])];
  return names.filter((name) => name in b && !sameCell(name, a[name] ?? "", b[name], meta));
}

function sameCell(name: string, a: string, b: string, meta: DatasetMeta): boolean {
  if (name === "note") return withoutRetrievalStamp(a) === withoutRetrievalStamp(b);
  const column = meta.columns.find((c) => c.name === name);
  if (column && (column.type === "number" || column.type === "integer")) {
    const x = parseNlNumber(a);
    const y = parseNlNumber(b);
    if (x !== undefined && y !== undefined) return x === y;
  }
  return a.trim() === b.trim();
}

/** Orders rows by the dataset key: numbers numerically, categories in the schema's order, other text as text. */
function keyComparator(meta: DatasetMeta): (a: SourceRow, b: SourceRow) => number {
  const columns = meta.key.map((name) => meta.columns.find((c) => c.name === name)!);
  return (a, b) => {
    for (const column of columns) {
      const order = compareCell(column, (a[column.name] ?? "").trim(), (b[column.name] ?? "").trim());
      if (order) return order;
    }
    return 0;
  };
}

function compareCell(column: ColumnSpec, a: string, b: string): number {
  if (a === b) return 0;
  if (column.type === "number" || column.type === "integer") {
    const x = parseNlNumber(a);
    const y = parseNlNumber(b);
    if (x !== undefined && y !== undefined) return x - y;
  }
  if (column.type === "category") {
    const codes = Object.keys(column.values);
    const x = codes.indexOf(a);
    const y = codes.indexOf(b);
    if (x >= 0 && y >= 0) return x - y;
  }
  return a.localeCompare(b, "nl");
}
