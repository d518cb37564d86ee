// The table behind a chart (frame, hydration, CSV), derived from the metadata and the chart's encodings: every
// column of the metadata that the query returns, in the metadata's order, a category or period by its Dutch
// label. A definition declares only columns the metadata does not know (ChartBase.table).
import type {CellFormat, ChartDefinition, ChartMetadata, Row, TableColumn} from "../charts/types.js";
import {categoryLabel, valueUnit} from "./metadata.js";

const column = (name: string, label: string, format: CellFormat = "text", digits?: number): TableColumn =>
  digits === undefined ? {name, label, format} : {name, label, format, digits};

/**
 * The provenance columns every snapshot carries (loaders/lib/meta.ts provenanceColumns, and "derived"; a unit test
 * keeps the two lists equal). The frame names the sources under the chart and the CSV has them per row, so the
 * table shows only the place in the source, and only where the rows come from more than one.
 */
export const provenanceColumns = [
  "source_id",
  "source_section",
  "source_url",
  "confidence",
  "shown",
  "note",
  "derived"
];

export function tableColumns(def: ChartDefinition, metadata: ChartMetadata, rows: Row[]): TableColumn[] {
  const series = def.type === "series" ? def.series : undefined;
  const returned = (name: string) =>
    name === series || (!provenanceColumns.includes(name) && (!rows.length || rows.some((r) => r[name] !== undefined)));
  const own = Object.entries(def.table ?? {}).map(([name, label]) => column(name, label));
  const columns = Object.entries(metadata.columns).flatMap(([name, meta]) => {
    if (!returned(name)) return [];
    // The definition's own column in the place of the one it has the header of.
    const mine = own.filter((c) => c.label === meta.label);
    if (mine.length) return mine;
    if (def.type === "combinations" && def.traits.includes(name))
      return def.traits[0] === name ? [column("combination_label", "Combinatie van kenmerken")] : [];
    // A category or period by its label, the value in its unit.
    if (name === series) return column("series_label", meta.label);
    if (meta.values || meta.type === "period") return column(`${name}_label`, meta.label);
    if (name !== "value") return column(name, meta.label, name === "year" ? "year" : "number");
    return valueColumn(def, metadata, rows);
  });
  // The place in the source, where the rows come from more than one (one place is named under the chart).
  const places = new Set(rows.map((r) => r.source_section));
  return [...columns, ...(places.size > 1 ? [column("source_section", "Bron (plaats)")] : [])];
}

/**
 * The columns of the table in the frame: those of tableColumns, less a category that has one value in every row
 * (it tells no row apart, and on a phone it made the table several screens wide). The CSV export keeps it.
 */
export function shownColumns(def: ChartDefinition, metadata: ChartMetadata, rows: Row[]): TableColumn[] {
  return tableColumns(def, metadata, rows).filter(({name}) => {
    const meta = metadata.columns[name.replace(/_label$/, "")];
    const category = name.endsWith("_label") && meta?.values !== undefined && meta.type !== "period";
    return !(category && rows.length > 1 && new Set(rows.map((r) => r[name])).size === 1);
  });
}

/**
 * The value in its unit: a share as 47,3%, a count whole. Where rows in two units share the column (a derived gap,
 * or the inputs of a derived rate that the chart does not draw), plain numbers, and the header names both units.
 */
function valueColumn(def: ChartDefinition, metadata: ChartMetadata, rows: Row[]): TableColumn {
  const unit = ("unit" in def && def.unit) || valueUnit(metadata);
  const label = metadata.columns.value?.label ?? "Waarde";
  if (def.type === "series" && def.bracket)
    return column("value", `${label} (${unit}); ${def.bracket.label.toLowerCase()} (${def.bracket.unit})`, "number");
  const other = undrawnUnit(def, metadata, rows);
  if (other && other !== unit)
    return column("value", `${label} (${unit} in de grafiek; andere reeksen in ${other})`, "number");
  // Decimals as the chart writes them (19.533,80; 14,30%), so the table beside it gives the same figure.
  const digits = "digits" in def ? def.digits : undefined;
  if (unit === "%") return column("value", `${label} (%)`, "percent", digits);
  return column("value", label, metadata.columns.value?.type === "integer" ? "integer" : "number", digits);
}

/**
 * The unit of the series a chart's rows hold but it does not draw (the inputs of a derived rate): as their labels name
 * it ("Toegekend contingent (VTE)") where all name the same one, else the dataset's; none when it draws every row.
 */
function undrawnUnit(def: ChartDefinition, metadata: ChartMetadata, rows: Row[]): string | undefined {
  if (def.type !== "series" || !def.series) return undefined;
  const column = def.series;
  const codes = rows.map((r) => String(r[column])).filter((code) => !def.lines.some((l) => l.key === code));
  if (!codes.length) return undefined;
  const named = new Set(codes.map((code) => /\(([^()]+)\)$/.exec(categoryLabel(metadata, column, code))?.[1]));
  const [only] = named;
  return named.size === 1 && only ? only : valueUnit(metadata);
}
