import {DataError} from "./data-error.js";
import type {DatasetMeta} from "./meta.js";
import type {Observation, ValidRow} from "./validate.js";

/**
 * Figures the site computes from published inputs (a gap, a fill rate). Each derived row says so: derived =
 * true, source_id "afgeleid", and source_section spells out the calculation with the published inputs.
 */
interface Derivation {
  /** Category codes the derivation adds, with their Dutch labels, per column. */
  categories: Record<string, Record<string, string>>;
  derive(rows: ValidRow[], meta: DatasetMeta, file: string): Observation[];
}

const derivations: Record<string, Derivation> = {
  "eak-werkzaamheid": {
    categories: {group: {kloof: "Kloof totaal – personen met hinder (procentpunt, afgeleid)"}},
    derive: deriveEmploymentGap
  },
  "cmw-kwartaal": {
    categories: {
      measure: {vullingsgraad: "Vullingsgraad: ingevulde VTE / toegekend contingent × 100 (%, afgeleid)"}
    },
    derive: deriveFillRate
  }
};

/** The datasets the loaders derive figures for; a note may promise a computed figure only for these. */
export function derivedDatasetIds(): Set<string> {
  return new Set(Object.keys(derivations));
}

/** The Dutch labels of the category codes a dataset's derivation adds (none for most datasets). */
export function derivedCategories(id: string): Record<string, Record<string, string>> {
  return derivations[id]?.categories ?? {};
}

export function deriveRows(meta: DatasetMeta, rows: ValidRow[], file: string): Observation[] {
  return derivations[meta.id]?.derive(rows, meta, file) ?? [];
}

/** Gaps the source documents publish, to check the derivation against: [year, gap, where published]. */
const publishedGaps: [number, number, string][] = [[2023, 29.5, "Beleidsnota Sociale Economie 2024-2029, Bijlage IX"]];

function deriveEmploymentGap(rows: ValidRow[], _meta: DatasetMeta, file: string): Observation[] {
  const shown = rows.filter((r) => r.values.shown === "ja");
  const find = (year: number, group: string) => shown.find((r) => r.values.year === year && r.values.group === group);
  const years = [...new Set(shown.map((r) => Number(r.values.year)))].sort((a, b) => a - b);
  const derived: Observation[] = [];
  for (const year of years) {
    const total = find(year, "totaal");
    const hinder = find(year, "hinder");
    if (!total || !hinder) continue;
    // A gap joins two rates of one definition only. One publication states both with one definition; across
    // publications the group "met hinder" or the population may differ, and nothing says they do not.
    if (total.values.source_id !== hinder.values.source_id)
      throw new DataError(
        {file, row: hinder.line, column: "source_id"},
        `the gap for ${year} would subtract a rate from ${String(hinder.values.source_id)} from a rate from ${String(total.values.source_id)} (row ${total.line}); show two rates of the same publication for that year, or none`
      );
    // Both inputs carry one decimal; rounding to one decimal removes binary noise (76.8 - 47.3 = 29.499999…).
    const gap = Math.round((Number(total.values.value) - Number(hinder.values.value)) * 10) / 10;
    const published = publishedGaps.find(([y]) => y === year);
    if (published && published[1] !== gap)
      throw new DataError(
        {file, row: hinder.line, column: "value"},
        `the derived gap ${gap} for ${year} differs from the published ${published[1]} (${published[2]})`
      );
    derived.push({
      year,
      group: "kloof",
      value: gap,
      source_id: "afgeleid",
      source_section: `Afgeleid: totaal ${formatInput(total)} min personen met hinder ${formatInput(hinder)} (rijen ${total.line} en ${hinder.line})`,
      source_url: String(hinder.values.source_url),
      confidence: weakest(String(total.values.confidence), String(hinder.values.confidence)),
      shown: "ja",
      note: published
        ? `Komt overeen met de gepubliceerde ${String(published[1]).replace(".", ",")} procentpunt (${published[2]}).`
        : "",
      derived: true
    });
  }
  return derived;
}

/**
 * The fill rate of the collectief maatwerk contingent per quarter: filled VTE / granted contingent VTE × 100,
 * one decimal. No source publishes a quarterly fill rate to check it against. The beleidsnota's 92% (dataset
 * cmw-bezetting) is "gemiddeld" over 2019-2023 without saying over which periods, so it is no check for a
 * quarter either; the check is that both inputs exist and the contingent is positive.
 */
function deriveFillRate(rows: ValidRow[], _meta: DatasetMeta, file: string): Observation[] {
  const shown = rows.filter((r) => r.values.shown === "ja");
  const find = (period: string, measure: string) =>
    shown.find((r) => r.values.period === period && r.values.measure === measure);
  const periods = [...new Set(shown.map((r) => String(r.values.period)))].sort();
  const derived: Observation[] = [];
  for (const period of periods) {
    const granted = find(period, "contingent_toegekend_vte");
    const filled = find(period, "ingevuld_vte");
    if (!granted || !filled) continue;
    const contingent = Number(granted.values.value);
    if (!(contingent > 0))
      throw new DataError(
        {file, row: granted.line, column: "value"},
        `the contingent for ${period} must be positive to compute a fill rate`
      );
    // Rounded to one decimal from the exact ratio (18.602,73 / 19.533,80 = 0,95233… → 95,2).
    const rate = Math.round((Number(filled.values.value) / contingent) * 1000) / 10;
    derived.push({
      period,
      measure: "vullingsgraad",
      value: rate,
      source_id: "afgeleid",
      source_section: `Afgeleid: ingevulde VTE ${formatVte(filled)} / toegekend contingent ${formatVte(granted)} × 100 (rijen ${filled.line} en ${granted.line})`,
      source_url: String(filled.values.source_url),
      confidence: weakest(String(granted.values.confidence), String(filled.values.confidence)),
      shown: "ja",
      note: "Berekend door de site uit de kwartaalsommen van de open data; WEWIS publiceert geen vullingsgraad per kwartaal.",
      derived: true
    });
  }
  return derived;
}

/** A VTE figure as the open data sums print it: nl-BE, two decimals (19.533,80). */
function formatVte(row: ValidRow): string {
  const [whole, fraction] = Number(row.values.value).toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ".")},${fraction}`;
}

function formatInput(row: ValidRow): string {
  return String(row.values.value).replace(".", ",");
}

const order = ["seed", "high", "medium", "low"];
function weakest(a: string, b: string): string {
  return order[Math.max(order.indexOf(a), order.indexOf(b))] ?? "low";
}
