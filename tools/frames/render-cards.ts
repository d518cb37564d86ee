import {JSDOM} from "jsdom";
import type {CardDefinition} from "../../src/cards/types.js";
import {renderCard, renderCardGrid} from "../../src/components/cards.js";
import {addGroupRoles} from "../../src/grammar/aria-groups.js";
import {sparkline} from "../../src/grammar/sparkline.js";
import type {SnapshotDatabase} from "./query.js";
import type {Row} from "../../src/charts/types.js";
import type {SeriesBreak} from "../../loaders/lib/meta.js";
import {stretchOf} from "../../src/charts/breaks.js";

/**
 * The rows of the latest stretch only: a card's change and trend never reach across a change of definition or
 * source (the metadata's breaks), so the latest value is compared with values that mean the same.
 */
export function latestStretch(rows: Row[], breaks: SeriesBreak[]): Row[] {
  const stretch = (r: Row) => stretchOf(String(r.period), r, breaks);
  const last = stretch(rows[rows.length - 1]);
  return rows.filter((r) => stretch(r) === last);
}

/** The Overzicht cards as one HTML grid, from the same snapshots and DuckDB as the charts. */
export async function renderCards(
  definitions: CardDefinition[],
  db: SnapshotDatabase,
  titles: Record<string, string>,
  breaksByDataset: Record<string, SeriesBreak[]> = {}
): Promise<string> {
  const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
  const html: string[] = [];
  for (const definition of definitions) {
    const all = await db.query(definition.sql);
    if (!all.length) throw new Error(`card ${definition.id}: its query returned no rows`);
    const rows = latestStretch(all, breaksByDataset[definition.dataset] ?? []);
    const yearly = rows.every((r) => /^\d{4}$/.test(String(r.period)));
    const points = rows.map((r) => ({year: Number(r.period), value: Number(r.value)}));
    const trend = yearly && rows.length >= 3 ? addGroupRoles(sparkline(points, {document})).outerHTML : undefined;
    const sourceId = String(rows[rows.length - 1].source_id);
    const sourceTitle =
      sourceId === "afgeleid" ? "afgeleid uit gepubliceerde cijfers (zie grafiek)" : (titles[sourceId] ?? sourceId);
    html.push(renderCard({definition, rows, sparkline: trend, sourceTitle}));
  }
  return renderCardGrid(html);
}
