import type {Dataset} from "./dataset.js";
import type {ColumnSpec, DatasetMeta} from "./meta.js";
import {provenanceColumns} from "./meta.js";
import type {Source} from "./sources.js";

export interface CatalogueColumn {
  name: string;
  label: string;
  type: string;
  unit?: string;
  values?: Record<string, string>;
}

/** One dataset in the machine-readable catalogue (catalogue.json) that pages and the data page read. */
export interface CatalogueEntry extends Omit<DatasetMeta, "columns" | "totals"> {
  columns: CatalogueColumn[];
  rows: number;
  derivedRows: number;
  sources: Source[];
  files: {parquet: string; csv: string};
}

const provenanceLabels: Record<(typeof provenanceColumns)[number] | "derived", string> = {
  source_id: "Bron (id in het bronnenregister)",
  source_section: "Plaats in de bron (tabel, sectie, antwoord)",
  source_url: "Publiek adres van de bron",
  confidence: "Betrouwbaarheid (seed, high, medium, low)",
  shown: "Getoond op de site (ja) of alternatieve waarde (nee)",
  note: "Opmerking",
  derived: "Afgeleid door de site (true) of gepubliceerd (false)"
};

export function describeColumns(columns: ColumnSpec[]): CatalogueColumn[] {
  return [
    ...columns.map((c) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      ...("unit" in c && c.unit ? {unit: c.unit} : {}),
      ...(c.type === "category" ? {values: c.values} : {})
    })),
    ...[...provenanceColumns, "derived" as const].map((name) => ({
      name,
      label: provenanceLabels[name],
      type: name === "derived" ? "boolean" : "text"
    }))
  ];
}

export function describeDataset({meta, rows, sources}: Dataset): CatalogueEntry {
  const {columns, totals: _totals, ...rest} = meta;
  return {
    ...rest,
    columns: describeColumns(columns),
    rows: rows.length,
    derivedRows: rows.filter((r) => r.derived === true).length,
    sources,
    files: {parquet: `${meta.id}.parquet`, csv: `${meta.id}.csv`}
  };
}
