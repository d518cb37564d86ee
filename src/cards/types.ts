import type {Row} from "../charts/types.js";

/** A headline indicator on the Overzicht page: its latest published value, the change, a trend and the source. */
export interface CardDefinition {
  id: string;
  title: string;
  /** The dataset the card reads: its series breaks (metadata) keep the change and trend within one definition. */
  dataset: string;
  /** The page (and chart) that explains it. */
  href: string;
  /**
   * Rows oldest first, with `period` (text or number), `value`, and source_id, source_section, source_url. Only
   * published or loader-derived figures; the card adds nothing but the difference of the last two.
   */
  sql: string;
  format(value: number): string;
  /** How the difference with the previous value is written; omitted where a difference would mislead. */
  formatChange?(difference: number): string;
  /** A sentence under the value, e.g. the target it is measured against. */
  context?: string;
}

export interface CardContent {
  definition: CardDefinition;
  rows: Row[];
  sparkline?: string;
  sourceTitle: string;
}
