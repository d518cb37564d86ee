// The grid as two generated snapshot tables beside the others (so the SQL explorer lists and queries them, and
// they download as Parquet and CSV), plus publicatie-overzicht.json, which the grid page and the fiches render.
import type {DimensionCode, MeasureCode} from "../lib/coverage.js";
import {dimensions, measures} from "../lib/coverage.js";
import type {Dataset} from "../lib/dataset.js";
import type {DatasetMeta} from "../lib/meta.js";
import type {Source} from "../lib/sources.js";
import type {Observation} from "../lib/validate.js";
import type {PublicationGrid} from "./grid.js";
import {cellAnchor, computeGrid, fichePath} from "./grid.js";

export const gridJsonFile = "publicatie-overzicht.json";

const statusLabels = {
  gepubliceerd: "Gepubliceerd: minstens één cijfer voor dit jaar (of een deel ervan)",
  "alleen-periode": "Alleen een cijfer over een periode van meer jaren die in dit jaar begint",
  "niet-gepubliceerd": "Niet gepubliceerd: geen enkele bron geeft een cijfer"
};

const common = {
  theme: "overzicht",
  population: "De maatregelen van de sociale economie waarvoor de site een maatregelfiche maakt.",
  licence: "Berekend door de site uit de metadata van de datasets; hergebruik met bronvermelding.",
  breaks: [],
  totals: [],
  coverage: []
};

const measureColumn = {name: "measure", label: "Maatregel", type: "category" as const, values: {...measures}};
const dimensionColumn = {
  name: "dimension",
  label: "Onderdeel van de fiche",
  type: "category" as const,
  values: {...dimensions}
};

const cellsMeta: DatasetMeta = {
  ...common,
  id: "publicatie-overzicht",
  title: "Wat wordt gepubliceerd? Per maatregel, onderdeel en jaar: gepubliceerd of niet",
  unit: "aantal gepubliceerde cijfers",
  definition:
    "Eén rij per maatregel, onderdeel van de maatregelfiche en jaar, van het eerste tot het laatste jaar met een cijfer over de maatregel. value telt de cijfers (shown = ja) in de datasets die dat onderdeel van de maatregel dekken volgens hun metadata; 0 betekent dat geen bron een cijfer publiceert.",
  frequency: "Bij elke bouw van de site opnieuw berekend.",
  notes: [
    "Een cijfer over een periode van meer jaren (2019-2021) staat bij het eerste jaar en wordt niet over de jaren gespreid; zo'n cel heeft status alleen-periode.",
    "Een kwartaal-, halfjaar- of maandcijfer telt mee voor zijn jaar, maar is geen jaarcijfer: de tabel publicatie_cijfers geeft de periode."
  ],
  columns: [
    measureColumn,
    dimensionColumn,
    {name: "year", label: "Jaar", type: "integer"},
    {name: "status", label: "Status", type: "category", values: statusLabels},
    {name: "datasets", label: "Datasets met een cijfer (ids)", type: "text"},
    {name: "fiche", label: "Adres van het onderdeel op de maatregelfiche", type: "text"},
    {name: "value", label: "Aantal gepubliceerde cijfers", type: "integer", unit: "cijfers"}
  ],
  key: ["measure", "dimension", "year"]
};

const figuresMeta: DatasetMeta = {
  ...common,
  id: "publicatie-cijfers",
  title: "Gepubliceerde cijfers per maatregel, onderdeel en jaar, met hun bron",
  unit: "verschilt per cijfer (zie de kolom unit en het label)",
  definition:
    "Eén rij per gepubliceerd cijfer (shown = ja) dat volgens de metadata van zijn dataset over een maatregel en een onderdeel van de maatregelfiche gaat: de waarde, de periode zoals de bron ze geeft, de dataset en de rij waar het cijfer vandaan komt, en de bron.",
  frequency: "Bij elke bouw van de site opnieuw berekend.",
  notes: [
    "Een rij met derived = true is door de site berekend uit gepubliceerde cijfers (bijvoorbeeld een vullingsgraad).",
    "year is het jaar waaronder het cijfer in het rooster staat; period is de periode die de bron geeft (2023K4 is een kwartaal, 2019-2021 een periode van drie jaar)."
  ],
  columns: [
    measureColumn,
    dimensionColumn,
    {name: "year", label: "Jaar in het rooster", type: "integer"},
    {name: "period", label: "Periode zoals gepubliceerd", type: "period"},
    {name: "dataset_id", label: "Dataset", type: "text"},
    {name: "row_key", label: "Sleutel van de rij in de dataset", type: "text"},
    {name: "label", label: "Wat het cijfer telt", type: "text"},
    {name: "unit", label: "Eenheid (leeg als het label ze noemt; een aandeel altijd %)", type: "text"},
    {name: "value", label: "Gepubliceerde waarde", type: "number"}
  ],
  key: ["measure", "dimension", "dataset_id", "row_key"]
};

/** The two grid tables as datasets, and the JSON the pages render, from the validated datasets. */
export function publicationSnapshots(datasets: Dataset[]): {datasets: Dataset[]; files: Record<string, string>} {
  const grid = computeGrid(datasets);
  const sources = new Map<string, Source>(datasets.flatMap((d) => d.sources.map((s) => [s.source_id, s] as const)));
  const cited = (ids: Iterable<string>) =>
    [...new Set(ids)].filter((id) => sources.has(id)).map((id) => sources.get(id)!);

  const cellRows: Observation[] = grid.cells.map((cell) => ({
    measure: cell.measure,
    dimension: cell.dimension,
    year: cell.year,
    status: cell.status,
    datasets: [...new Set(cell.figures.map((f) => f.dataset_id))].join(", "),
    fiche: cell.figures.length ? `${fichePath(cell.measure, cell.year)}#${cellAnchor(cell.dimension)}` : "",
    value: cell.figures.length,
    source_id: "afgeleid",
    source_section: cell.figures.length
      ? `Geteld uit de metadata (coverage) van ${[...new Set(cell.figures.map((f) => f.dataset_id))].join(", ")}; bronnen: ${[...new Set(cell.figures.map((f) => f.source_id))].join(", ")}`
      : "Geteld uit de metadata (coverage) van alle datasets: geen cijfer",
    source_url: "",
    confidence: "seed",
    shown: "ja",
    note: "",
    derived: true
  }));
  const figureRows: Observation[] = grid.figures.map((f) => ({
    measure: f.measure,
    dimension: f.dimension,
    year: f.year,
    period: f.period,
    dataset_id: f.dataset_id,
    row_key: f.row_key,
    label: f.label,
    unit: f.unit,
    value: f.value,
    source_id: f.source_id,
    source_section: f.source_section,
    source_url: f.source_url,
    confidence: f.confidence,
    shown: "ja",
    note: f.note,
    derived: f.derived
  }));
  return {
    datasets: [
      {meta: cellsMeta, rows: cellRows, sources: cited(grid.figures.map((f) => f.source_id)), file: "(berekend)"},
      {meta: figuresMeta, rows: figureRows, sources: cited(grid.figures.map((f) => f.source_id)), file: "(berekend)"}
    ],
    files: {[gridJsonFile]: `${JSON.stringify(gridForPages(grid, sources), null, 1)}\n`}
  };
}

/** What the pages read: the grid plus the Dutch labels and the full registry entry of every cited source. */
export interface GridForPages extends PublicationGrid {
  measures: Record<MeasureCode, string>;
  dimensions: Record<DimensionCode, string>;
  sources: Record<string, Source>;
}

function gridForPages(grid: PublicationGrid, sources: Map<string, Source>): GridForPages {
  const ids = new Set(grid.figures.map((f) => f.source_id));
  return {
    ...grid,
    measures: {...measures},
    dimensions: {...dimensions},
    sources: Object.fromEntries([...sources].filter(([id]) => ids.has(id)))
  };
}
