import {DataError, DataErrors} from "./data-error.js";
import {confidenceLevels, provenanceColumns} from "./meta.js";
import type {ColumnSpec, DatasetMeta, TotalSpec} from "./meta.js";
import {parseNlNumber} from "./nl-number.js";
import type {RawTable} from "./source-table.js";

export type Cell = string | number | boolean | null;
export type Observation = Record<string, Cell>;

/** A validated observation with the line it came from, for messages about totals and duplicates. */
export interface ValidRow {
  line: number;
  values: Observation;
}

const periodPattern = /^\d{4}(?:K[1-4]|H[12]|M(?:0[1-9]|1[0-2])|-\d{4})?$/;
const maxReported = 50;

/**
 * Checks a source table against its dataset schema and returns typed observations. Every problem found is
 * reported (up to 50) with file, row and column; nothing is returned unless the whole table is valid.
 */
export function validateTable(table: RawTable, meta: DatasetMeta, sourceIds: ReadonlySet<string>): ValidRow[] {
  const {file} = table;
  const errors: DataError[] = [];
  const report = (row: number | undefined, column: string | undefined, problem: string) => {
    if (errors.length < maxReported) errors.push(new DataError({file, row, column}, problem));
  };
  const expected = [...meta.columns.map((c) => c.name), ...provenanceColumns];
  for (const name of expected) if (!table.header.includes(name)) report(1, name, "missing column");
  for (const name of table.header)
    if (!expected.includes(name)) report(1, name, "unknown column (not declared in the metadata)");
  if (new Set(table.header).size !== table.header.length) report(1, undefined, "a column name appears twice");
  if (errors.length) throw new DataErrors(errors);

  const index = new Map(table.header.map((name, i) => [name, i]));
  const rows: ValidRow[] = [];
  for (const {line, cells} of table.rows) {
    if (cells.length !== table.header.length) {
      report(line, undefined, `has ${cells.length} cells, the header has ${table.header.length}`);
      continue;
    }
    const cell = (name: string) => cells[index.get(name)!].trim();
    const values: Observation = {};
    for (const column of meta.columns) {
      const parsed = parseCell(cell(column.name), column);
      if (typeof parsed === "object" && parsed !== null) report(line, column.name, parsed.problem);
      else values[column.name] = parsed;
    }
    for (const name of provenanceColumns) values[name] = cell(name);
    const sourceId = cell("source_id");
    if (!sourceId) report(line, "source_id", "empty: every figure must name its source");
    else if (!sourceIds.has(sourceId)) report(line, "source_id", `"${sourceId}" is not in data/sources/*.csv`);
    if (!cell("source_section")) report(line, "source_section", "empty: say where in the source the figure stands");
    if (!/^https?:\/\/\S+$/.test(cell("source_url")))
      report(line, "source_url", `"${cell("source_url")}" is not a public address`);
    if (!(confidenceLevels as readonly string[]).includes(cell("confidence")))
      report(line, "confidence", `"${cell("confidence")}" is not one of ${confidenceLevels.join(", ")}`);
    if (!["ja", "nee"].includes(cell("shown"))) report(line, "shown", `"${cell("shown")}" must be ja or nee`);
    rows.push({line, values});
  }
  if (errors.length) throw new DataErrors(errors);

  checkKeys(rows, meta, report);
  for (const total of meta.totals) checkTotal(rows, total, report);
  if (errors.length) throw new DataErrors(errors);
  return rows;
}

function parseCell(text: string, column: ColumnSpec): Cell | {problem: string} {
  if (!text) return {problem: "empty value (a period without a published figure has no row)"};
  switch (column.type) {
    case "integer":
    case "number": {
      const value = parseNlNumber(text);
      if (value === undefined) return {problem: `"${text}" is not a number in nl-BE notation (e.g. 19.407,5)`};
      if (column.type === "integer" && !Number.isInteger(value)) return {problem: `"${text}" is not a whole number`};
      if (column.min !== undefined && value < column.min)
        return {problem: `${text} is below the minimum ${column.min}`};
      if (column.max !== undefined && value > column.max)
        return {problem: `${text} is above the maximum ${column.max}`};
      return value;
    }
    case "category":
      return Object.hasOwn(column.values, text)
        ? text
        : {problem: `"${text}" is not one of ${Object.keys(column.values).join(", ")}`};
    case "period":
      return periodPattern.test(text)
        ? text
        : {problem: `"${text}" is not a period (2023, 2023K3, 2025H1, 2025M08, 2019-2023)`};
    case "text":
      return text;
  }
}

type Report = (row: number | undefined, column: string | undefined, problem: string) => void;

function keyOf(values: Observation, columns: string[]): string {
  return JSON.stringify(columns.map((c) => values[c]));
}

function checkKeys(rows: ValidRow[], meta: DatasetMeta, report: Report) {
  const seen = new Map<string, number>();
  const shown = new Map<string, number>();
  for (const {line, values} of rows) {
    const withSource = keyOf(values, [...meta.key, "source_id"]);
    const first = seen.get(withSource);
    if (first !== undefined)
      report(line, meta.key.join("+"), `duplicate key: the same observation and source as row ${first}`);
    else seen.set(withSource, line);
    if (values.shown !== "ja") continue;
    const key = keyOf(values, meta.key);
    const firstShown = shown.get(key);
    if (firstShown !== undefined)
      report(line, "shown", `row ${firstShown} already shows this observation; mark the alternative shown=nee`);
    else shown.set(key, line);
  }
  const keys = new Set(rows.map(({values}) => keyOf(values, meta.key)));
  for (const key of keys)
    if (!shown.has(key)) {
      const line = rows.find(({values}) => keyOf(values, meta.key) === key)!.line;
      report(line, "shown", "no row of this observation has shown=ja");
    }
}

function checkTotal(rows: ValidRow[], spec: TotalSpec, report: Report) {
  const column = spec.column ?? "value";
  const matches = (values: Observation, where: Record<string, string>) =>
    Object.entries(where).every(([name, code]) => String(values[name]) === code);
  const isPart = (values: Observation) =>
    Object.entries(spec.parts).every(([name, codes]) => codes.includes(String(values[name])));
  const groups = new Map<string, {total?: ValidRow; sum: number; parts: number}>();
  for (const row of rows) {
    if (row.values.shown !== "ja") continue;
    const group = keyOf(row.values, spec.by);
    const entry = groups.get(group) ?? {sum: 0, parts: 0};
    if (matches(row.values, spec.total)) entry.total = row;
    else if (isPart(row.values)) {
      entry.sum += Number(row.values[column]);
      entry.parts += 1;
    }
    groups.set(group, entry);
  }
  for (const {total, sum, parts} of groups.values()) {
    if (!total || !parts) continue;
    const stated = Number(total.values[column]);
    if (Math.abs(stated - sum) > (spec.tolerance ?? 0) + 1e-9)
      report(total.line, column, `the total ${stated} does not equal the sum of its ${parts} parts (${roundSum(sum)})`);
  }
}

function roundSum(sum: number): number {
  return Math.round(sum * 1e6) / 1e6;
}
