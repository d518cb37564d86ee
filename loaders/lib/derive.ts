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
  }
};

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

function formatInput(row: ValidRow): string {
  return String(row.values.value).replace(".", ",");
}

const order = ["seed", "high", "medium", "low"];
function weakest(a: string, b: string): string {
  return order[Math.max(order.indexOf(a), order.indexOf(b))] ?? "low";
}
