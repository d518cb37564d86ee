// The grid "Wat wordt gepubliceerd?": per measure, section (dimension) and year, the published figures the site
// holds, computed from the coverage each dataset declares in its meta.json. Nothing here is typed in by hand:
// a cell is published because a validated row says so, and empty because no row does.
import type {CoverageSpec, DimensionCode, MeasureCode} from "../lib/coverage.js";
import {dimensionCodes, measureCodes, periodColumn} from "../lib/coverage.js";
import type {Dataset} from "../lib/dataset.js";
import type {Observation} from "../lib/validate.js";
import {citationTitle} from "../lib/sources.js";

/** One published (or derived) figure, placed in the grid. */
export interface PublishedFigure {
  measure: MeasureCode;
  dimension: DimensionCode;
  /** The year the figure is listed under: its own year, or the first year of a span such as 2019-2021. */
  year: number;
  /** The period exactly as the source gives it: 2023, 2023K3, 2025H1, 2012M07, 2019-2021. */
  period: string;
  /** The period covers several years (2019-2021): it is listed under its first year, never spread over them. */
  span: boolean;
  /** The period is shorter than a year (a quarter, half-year or month): never a yearly figure. */
  partOfYear: boolean;
  dataset_id: string;
  dataset_title: string;
  /** The row's key in the dataset, e.g. "period=2023K4; measure=ingevuld_vte". */
  row_key: string;
  /** What the figure counts, in Dutch: the labels of the row's category codes. */
  label: string;
  unit: string;
  value: number;
  source_id: string;
  source_title: string;
  source_section: string;
  source_url: string;
  confidence: string;
  note: string;
  derived: boolean;
}

export type CellStatus = "gepubliceerd" | "alleen-periode" | "niet-gepubliceerd";

export interface GridCell {
  measure: MeasureCode;
  dimension: DimensionCode;
  year: number;
  status: CellStatus;
  figures: PublishedFigure[];
}

/** A figure whose row has no year the site can read (a budget paragraph that names none): listed, not placed. */
export interface UndatedFigure extends Omit<PublishedFigure, "year" | "span" | "partOfYear"> {
  year: null;
}

export interface PublicationGrid {
  /** Per measure, the years from its first to its last published figure (gaps included). */
  years: Record<MeasureCode, number[]>;
  cells: GridCell[];
  figures: PublishedFigure[];
  undated: UndatedFigure[];
}

/** "2023" → 2023; "2023K3", "2025H1", "2012M07" → same year, part of it; "2019-2021" → 2019, a span. */
export function periodYear(period: string): {year: number; span: boolean; partOfYear: boolean} | undefined {
  const match = /^(\d{4})(?:(K[1-4]|H[12]|M(?:0[1-9]|1[0-2]))|-(\d{4}))?$/.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  return {year, span: match[3] !== undefined && match[3] !== match[1], partOfYear: match[2] !== undefined};
}

function matches(row: Observation, spec: CoverageSpec): boolean {
  return Object.entries(spec.where ?? {}).every(([column, codes]) => codes.includes(String(row[column])));
}

/** The Dutch labels of the row's category codes (not the period), or the dataset title when it has none. */
function rowLabel(row: Observation, dataset: Dataset, dated: string): string {
  const labels = dataset.meta.columns
    .filter((c) => c.type === "category" && c.name !== dated && c.name !== "unit")
    .map((c) => (c.type === "category" ? (c.values[String(row[c.name])] ?? String(row[c.name])) : ""));
  return labels.length ? labels.join(" · ") : dataset.meta.title;
}

function rowUnit(row: Observation, dataset: Dataset): string {
  const value = dataset.meta.columns.find((c) => c.name === "value");
  if (value && "unit" in value && value.unit) return value.unit;
  const unit = dataset.meta.columns.find((c) => c.name === "unit");
  if (unit?.type === "category") return unit.values[String(row.unit)] ?? String(row.unit);
  // A dataset-wide unit is given only when it names one unit; "personen of VTE (zie maatstaf)" is in the label.
  return /\bof\b|zie|verschilt|,/.test(dataset.meta.unit) ? "" : dataset.meta.unit;
}

/**
 * The unit written after a figure's value. A share always carries its % ("92,4%"), also where the label ends in
 * brackets ("… circuit (NEC)", "(%, afgeleid)"); another unit only where the label ends in none, for brackets at
 * the end of a label ("(VTE)", "(personen)", "(dossiers)") already name what the figure counts.
 */
function figureUnit(label: string, unit: string): string {
  const named = /\(([^()]*)\)$/.exec(label)?.[1];
  if (unit === "%" || named?.split(",")[0].trim() === "%") return "%";
  return named === undefined ? unit : "";
}

function rowKey(row: Observation, key: string[]): string {
  return key.map((column) => `${column}=${String(row[column])}`).join("; ");
}

/** Every shown row (shown = ja) of every dataset, placed under the measures and sections its meta.json names. */
export function computeGrid(datasets: Dataset[]): PublicationGrid {
  const figures: PublishedFigure[] = [];
  const undated: UndatedFigure[] = [];
  for (const dataset of datasets) {
    const titles = new Map(dataset.sources.map((s) => [s.source_id, citationTitle(s)]));
    for (const spec of dataset.meta.coverage) {
      const dated = periodColumn(spec, dataset.meta.columns)!;
      for (const row of dataset.rows) {
        if (row.shown !== "ja" || !matches(row, spec)) continue;
        const period = String(row[dated]);
        const label = rowLabel(row, dataset, dated);
        const base = {
          measure: spec.measure,
          dimension: spec.dimension,
          period,
          dataset_id: dataset.meta.id,
          dataset_title: dataset.meta.title,
          row_key: rowKey(row, dataset.meta.key),
          label,
          unit: figureUnit(label, rowUnit(row, dataset)),
          value: Number(row.value),
          source_id: String(row.source_id),
          source_title: titles.get(String(row.source_id)) ?? (row.derived ? "Afgeleid door de site" : ""),
          source_section: String(row.source_section),
          source_url: String(row.source_url),
          confidence: String(row.confidence),
          note: String(row.note ?? ""),
          derived: row.derived === true
        };
        const when = periodYear(period);
        if (when) figures.push({...base, ...when});
        else undated.push({...base, year: null});
      }
    }
  }
  figures.sort(
    (a, b) =>
      measureCodes.indexOf(a.measure) - measureCodes.indexOf(b.measure) ||
      dimensionCodes.indexOf(a.dimension) - dimensionCodes.indexOf(b.dimension) ||
      a.year - b.year ||
      a.period.localeCompare(b.period) ||
      a.dataset_id.localeCompare(b.dataset_id) ||
      a.row_key.localeCompare(b.row_key, "nl")
  );
  const years = {} as Record<MeasureCode, number[]>;
  const cells: GridCell[] = [];
  for (const measure of measureCodes) {
    const own = figures.filter((f) => f.measure === measure).map((f) => f.year);
    years[measure] = own.length ? range(Math.min(...own), Math.max(...own)) : [];
    for (const dimension of dimensionCodes)
      for (const year of years[measure]) {
        const inCell = figures.filter((f) => f.measure === measure && f.dimension === dimension && f.year === year);
        const status: CellStatus = inCell.some((f) => !f.span)
          ? "gepubliceerd"
          : inCell.length
            ? "alleen-periode"
            : "niet-gepubliceerd";
        cells.push({measure, dimension, year, status, figures: inCell});
      }
  }
  return {years, cells, figures, undated};
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from + 1}, (_, i) => from + i);
}

/** The years of a measure that get a fiche: those with at least one figure listed under them. */
export function ficheYears(grid: PublicationGrid, measure: MeasureCode): number[] {
  return grid.years[measure].filter((year) =>
    grid.cells.some((c) => c.measure === measure && c.year === year && c.figures.length)
  );
}

/** The anchor of a section on a fiche page, the target of the grid's links. */
export function cellAnchor(dimension: DimensionCode): string {
  return `sectie-${dimension}`;
}

/** The address of a fiche page and of its printable PDF. */
export function fichePath(measure: MeasureCode, year: number): string {
  return `/maatregelen/${measure}/${year}`;
}
export function fichePdfPath(measure: MeasureCode, year: number): string {
  return `/maatregelen/${measure}-${year}.pdf`;
}

/** The anchor of one figure on its fiche page: dataset and row key, so a link names the data row. */
export function figureAnchor(figure: Pick<PublishedFigure, "dataset_id" | "row_key" | "dimension">): string {
  const key = figure.row_key.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
  return `cijfer-${figure.dimension}-${figure.dataset_id}-${key}`.toLowerCase();
}
