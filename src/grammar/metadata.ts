// What the datasets' metadata says, gathered for one chart: the build reads it from the catalogue and writes it
// into the frame (data-metadata), hydration reads it back, tests read data/**/<id>.meta.json. Labels, their
// order, units and breaks are looked up here and never written again in a chart definition.
import type {SeriesBreak} from "../../loaders/lib/meta.js";
import type {ChartMetadata, ColumnMetadata, Row} from "../charts/types.js";
import {noMetadata} from "../charts/types.js";
import {isRecord} from "../components/guards.js";
import {periodLabel} from "./periods.js";

/** One dataset's metadata as the catalogue (catalogue.json) and data/<theme>/<id>.meta.json carry it. */
export interface DatasetMetadata {
  unit: string;
  /** What the dataset's caveats say; the chart's frame lists them after the chart's own notes. */
  notes?: string[];
  breaks: SeriesBreak[];
  columns: {name: string; label: string; type: string; unit?: string; values?: Record<string, string>}[];
}

/** The metadata of a chart's datasets: a column declared by several keeps its first declaration. */
export function collectMetadata(datasets: string[], byDataset: Record<string, DatasetMetadata>): ChartMetadata {
  const known = datasets.flatMap((id) => byDataset[id] ?? []);
  const columns = columnsOf(known.flatMap((dataset) => dataset.columns.map((c): [string, unknown] => [c.name, c])));
  // A break that several of the datasets declare is marked once.
  const breaks = known.flatMap((d) => d.breaks).filter((b, i, all) => all.findIndex((o) => sameBreak(o, b)) === i);
  return {columns, units: known.map((d) => d.unit), breaks};
}

/**
 * Columns as a chart takes them, from the catalogue's declaration (values as {code: label}) or the frame's (values as
 * a list in that order); a column without a label and a type is left out, a later one of the same name too.
 */
function columnsOf(entries: [string, unknown][]): Record<string, ColumnMetadata> {
  const columns: Record<string, ColumnMetadata> = {};
  for (const [name, column] of entries) {
    if (!isRecord(column)) continue;
    const {label, type, unit, values} = column;
    if (typeof label !== "string" || typeof type !== "string") continue;
    const list = Array.isArray(values)
      ? values.filter(isRecord).map((v) => ({code: String(v.code), label: String(v.label)}))
      : isRecord(values)
        ? Object.entries(values).map(([code, text]) => ({code, label: String(text)}))
        : undefined;
    columns[name] ??= {label, type, ...(typeof unit === "string" ? {unit} : {}), ...(list ? {values: list} : {})};
  }
  return columns;
}

const sameBreak = (a: SeriesBreak, b: SeriesBreak) => a.period === b.period && a.label === b.label && a.kind === b.kind;

/** The metadata the build wrote into a frame; none if absent or unreadable. */
export function parseMetadata(json: string | undefined): ChartMetadata {
  try {
    const parsed: unknown = JSON.parse(json ?? "");
    if (!isRecord(parsed) || !isRecord(parsed.columns) || !Array.isArray(parsed.units) || !Array.isArray(parsed.breaks))
      return noMetadata;
    const columns = columnsOf(Object.entries(parsed.columns));
    return {columns, units: parsed.units.map(String), breaks: parsed.breaks.filter(isBreak)};
  } catch {
    return noMetadata;
  }
}

const isBreak = (value: unknown): value is SeriesBreak =>
  isRecord(value) && ["period", "kind", "label", "description"].every((key) => typeof value[key] === "string");

/** The Dutch label of a category code ("hinder" → "Personen met hinder"), or the code when none is declared. */
export function categoryLabel(metadata: ChartMetadata, column: string, code: string): string {
  return metadata.columns[column]?.values?.find((v) => v.code === code)?.label ?? code;
}

/** The Dutch label of a column ("year" → "Jaar"). */
export function columnLabel(metadata: ChartMetadata, column: string): string {
  return metadata.columns[column]?.label ?? column;
}

/** The unit of a chart's values: the value column's own, else its first dataset's. */
export function valueUnit(metadata: ChartMetadata): string {
  return metadata.columns.value?.unit ?? metadata.units[0] ?? "";
}

/** Rows with the Dutch label of each category code and period beside it ("2019K4" → period_label "2019 K4"). */
export function withLabels(rows: Row[], metadata: ChartMetadata): Row[] {
  const labelled = Object.entries(metadata.columns).filter(([, c]) => c.values || c.type === "period");
  return rows.map((row) => {
    const out: Row = {...row};
    for (const [name, column] of labelled)
      if (row[name] !== undefined && row[name] !== null)
        out[`${name}_label`] = column.values
          ? categoryLabel(metadata, name, String(row[name]))
          : periodLabel(String(row[name]));
    return out;
  });
}
