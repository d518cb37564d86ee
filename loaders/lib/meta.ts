import type {CoverageSpec} from "./coverage.js";
import {normalizeCoverage} from "./coverage.js";
import {DataError} from "./data-error.js";

/** How one column of a source table is read and checked. */
export type ColumnSpec =
  | {name: string; label: string; type: "integer" | "number"; unit?: string; min?: number; max?: number}
  | {name: string; label: string; type: "category"; values: Record<string, string>}
  | {name: string; label: string; type: "period" | "text"};

/** A total the source states: per `by` group, the `total` row equals the sum of the `parts` rows. */
export interface TotalSpec {
  total: Record<string, string>;
  parts: Record<string, string[]>;
  by: string[];
  column?: string;
  tolerance?: number;
}

/**
 * What changed at a series break. Each kind says why values on either side may not be compared: the survey
 * itself was reformed (EAK 2017), the figure means something else (another definition of the group), the
 * figure comes from another publication, or the measure itself was reformed (start of individueel maatwerk).
 */
export const breakKinds = {
  "survey-reform": "Hervorming van de enquête",
  definition: "Andere definitie",
  source: "Andere bron",
  "measure-reform": "Hervorming van de maatregel"
} as const;
export type BreakKind = keyof typeof breakKinds;

/**
 * A break in a series: from `period` on, values are not comparable with those before. `groups` limits it to
 * some categories (column → codes); without it the break holds for every series of the dataset.
 */
export interface SeriesBreak {
  period: string;
  kind: BreakKind;
  label: string;
  description: string;
  groups?: Record<string, string[]>;
}

/** The fields of an indicator fiche, in the form of Bijlage IX of the beleidsnota 2024-2029. */
export interface IndicatorFiche {
  benaming: string;
  definitie: string;
  berekeningswijze: string;
  bron: string;
  meetfrequentie: string;
  kwaliteitsbeoordeling: string;
  streefwaarde: string;
  beleidsmatige_relevantie: string;
}

/** A dataset's metadata and schema, read from data/<theme>/<id>.meta.json. */
export interface DatasetMeta {
  id: string;
  theme: string;
  title: string;
  unit: string;
  definition: string;
  population: string;
  frequency: string;
  licence: string;
  notes: string[];
  breaks: SeriesBreak[];
  columns: ColumnSpec[];
  key: string[];
  totals: TotalSpec[];
  /** The measures and fiche sections the dataset covers (loaders/lib/coverage.ts); [] for none. */
  coverage: CoverageSpec[];
  indicator?: IndicatorFiche;
}

/** The provenance columns every source table ends with, in this order. */
export const provenanceColumns = ["source_id", "source_section", "source_url", "confidence", "shown", "note"] as const;
export const confidenceLevels = ["seed", "high", "medium", "low"] as const;

const columnTypes = new Set(["integer", "number", "category", "period", "text"]);

/** Checks parsed JSON against the metadata shape; any problem names the file and the field. */
export function normalizeMeta(spec: unknown, file: string): DatasetMeta {
  const fail = (problem: string): never => {
    throw new DataError({file}, problem);
  };
  if (!isRecord(spec)) return fail("metadata must be a JSON object");
  const text = (field: string): string => {
    const value = spec[field];
    if (typeof value !== "string" || !value.trim()) return fail(`field "${field}" must be a non-empty string`);
    return value;
  };
  const list = (field: string): unknown[] => {
    const value = spec[field] ?? [];
    if (!Array.isArray(value)) return fail(`field "${field}" must be a list`);
    return value;
  };
  const columns = list("columns").map((column, i) => normalizeColumn(column, `columns[${i}]`, fail));
  if (!columns.length) fail(`field "columns" must list at least one column`);
  const names = new Set(columns.map((c) => c.name));
  if (names.size !== columns.length) fail("column names must be unique");
  if (!names.has("value")) fail(`"columns" must include a "value" column`);
  for (const name of provenanceColumns)
    if (names.has(name)) fail(`"${name}" is a provenance column; do not declare it`);
  const key = list("key").map((k) =>
    typeof k === "string" && names.has(k) ? k : fail(`key column "${k}" is not a declared column`)
  );
  if (!key.length) fail(`field "key" must name at least one column`);
  const totals = list("totals").map((t, i) => normalizeTotal(t, `totals[${i}]`, names, fail));
  const breaks = list("breaks").map((b, i) => normalizeBreak(b, `breaks[${i}]`, columns, fail));
  const notes = list("notes").map((n, i) => (typeof n === "string" ? n : fail(`notes[${i}] must be a string`)));
  const coverage = normalizeCoverage(spec.coverage, columns, fail);
  const indicator = spec.indicator === undefined ? undefined : normalizeIndicator(spec.indicator, fail);
  return {
    id: text("id"),
    theme: text("theme"),
    title: text("title"),
    unit: text("unit"),
    definition: text("definition"),
    population: text("population"),
    frequency: text("frequency"),
    licence: text("licence"),
    notes,
    breaks,
    columns,
    key,
    totals,
    coverage,
    ...(indicator ? {indicator} : {})
  };
}

function normalizeColumn(spec: unknown, where: string, fail: (problem: string) => never): ColumnSpec {
  if (!isRecord(spec)) return fail(`${where} must be an object`);
  const {name, label, type} = spec;
  if (typeof name !== "string" || !/^[a-z][a-z0-9_]*$/.test(name)) return fail(`${where}.name must be snake_case`);
  if (typeof label !== "string" || !label.trim()) return fail(`${where}.label must be a Dutch label`);
  if (typeof type !== "string" || !columnTypes.has(type))
    return fail(`${where}.type "${type}" is not one of ${[...columnTypes].join(", ")}`);
  if (type === "category") {
    const values = spec.values;
    if (!isRecord(values) || !Object.keys(values).length || !Object.values(values).every((v) => typeof v === "string"))
      return fail(`${where}.values must map each code to a Dutch label`);
    return {name, label, type, values: values as Record<string, string>};
  }
  if (type === "integer" || type === "number") {
    const bound = (field: "min" | "max"): number | undefined => {
      const value = spec[field];
      if (value === undefined) return undefined;
      return typeof value === "number" ? value : fail(`${where}.${field} must be a number`);
    };
    const unit = spec.unit === undefined ? undefined : String(spec.unit);
    return {name, label, type, unit, min: bound("min"), max: bound("max")};
  }
  return {name, label, type: type as "period" | "text"};
}

function normalizeBreak(
  spec: unknown,
  where: string,
  columns: ColumnSpec[],
  fail: (problem: string) => never
): SeriesBreak {
  if (!isRecord(spec)) return fail(`${where} must be an object`);
  const {period, kind, label, description, groups} = spec;
  if (typeof period !== "string" || typeof label !== "string" || typeof description !== "string")
    return fail(`${where} needs period, label and description`);
  if (typeof kind !== "string" || !(kind in breakKinds))
    return fail(`${where}.kind "${String(kind)}" is not one of ${Object.keys(breakKinds).join(", ")}`);
  const breakAt: SeriesBreak = {period, kind: kind as BreakKind, label, description};
  if (groups === undefined) return breakAt;
  if (!isRecord(groups)) return fail(`${where}.groups must map a category column to codes`);
  const checked: Record<string, string[]> = {};
  for (const [name, codes] of Object.entries(groups)) {
    const column = columns.find((c) => c.name === name);
    if (!column || column.type !== "category") fail(`${where}.groups names "${name}", which is no category column`);
    if (!Array.isArray(codes) || !codes.every((c) => typeof c === "string"))
      fail(`${where}.groups.${name} must list codes`);
    checked[name] = codes as string[];
  }
  return {...breakAt, groups: checked};
}

function normalizeTotal(spec: unknown, where: string, names: Set<string>, fail: (problem: string) => never): TotalSpec {
  if (!isRecord(spec) || !isRecord(spec.total) || !isRecord(spec.parts))
    return fail(`${where} needs "total" and "parts"`);
  const by = Array.isArray(spec.by) ? spec.by : [];
  for (const name of [...Object.keys(spec.total), ...Object.keys(spec.parts), ...by])
    if (typeof name !== "string" || !names.has(name)) fail(`${where} names unknown column "${name}"`);
  const parts: Record<string, string[]> = {};
  for (const [column, values] of Object.entries(spec.parts)) {
    if (!Array.isArray(values) || !values.every((v) => typeof v === "string"))
      fail(`${where}.parts.${column} must list codes`);
    parts[column] = values as string[];
  }
  const total: Record<string, string> = {};
  for (const [column, value] of Object.entries(spec.total)) total[column] = String(value);
  const tolerance = spec.tolerance === undefined ? 0 : Number(spec.tolerance);
  if (!(tolerance >= 0)) fail(`${where}.tolerance must be a number >= 0`);
  return {total, parts, by: by as string[], column: typeof spec.column === "string" ? spec.column : "value", tolerance};
}

const ficheFields = [
  "benaming",
  "definitie",
  "berekeningswijze",
  "bron",
  "meetfrequentie",
  "kwaliteitsbeoordeling",
  "streefwaarde",
  "beleidsmatige_relevantie"
] as const;

function normalizeIndicator(spec: unknown, fail: (problem: string) => never): IndicatorFiche {
  if (!isRecord(spec)) return fail(`"indicator" must be an object`);
  const fiche = {} as IndicatorFiche;
  for (const field of ficheFields) {
    const value = spec[field];
    fiche[field] = typeof value === "string" ? value : fail(`indicator.${field} must be a string`);
  }
  return fiche;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
