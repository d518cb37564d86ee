// The catalogue's line on which measures and fiche sections a dataset covers, from its meta.json "coverage".
import type {CoverageSpec} from "../../loaders/lib/coverage.js";
import {dimensions, measures} from "../../loaders/lib/coverage.js";
import {escapeHtml} from "../../src/components/html.js";

/** "Maatregel en onderdeel: Collectief maatwerk: Ondernemingen; …" or that the dataset covers no measure. */
export function coverageText(coverage: CoverageSpec[] | undefined): string {
  if (!coverage?.length) return "Maatregel en onderdeel: geen (de dataset hoort bij geen maatregelfiche).";
  const pairs = [...new Set(coverage.map((c) => `${measures[c.measure]}: ${dimensions[c.dimension].toLowerCase()}`))];
  return `Maatregel en onderdeel (<a href="/wat-wordt-gepubliceerd">wat wordt gepubliceerd?</a>): ${pairs.map(escapeHtml).join("; ")}.`;
}
