import {formatNumber} from "../../src/components/format.js";
import {tableName} from "../../src/components/data/tables.js";
import type {Row} from "../../src/charts/types.js";
import type {SnapshotDatabase} from "./query.js";

/**
 * Where sources disagree, the site keeps both values (shown = nee for the one it does not draw). This finds,
 * for the observations a chart draws, the other published values, and says which value the site shows and why
 * (the note of the shown row), so the frame can tell the reader.
 */
export async function describeAlternatives(
  db: SnapshotDatabase,
  datasets: string[],
  keys: Record<string, string[]>,
  titles: Record<string, string>,
  drawn: Row[]
): Promise<string[]> {
  const lines: string[] = [];
  for (const id of datasets) {
    const key = keys[id];
    if (!key) continue;
    const table = tableName(id);
    const others = await db.query(`SELECT * FROM ${table} WHERE shown = 'nee' ORDER BY ALL`);
    for (const other of others) {
      const matches = (row: Row) =>
        key.every((column) => !(column in row) || String(row[column]) === String(other[column]));
      if (!drawn.some(matches)) continue;
      // A chart that draws both publications (each its own series) has nothing to explain away.
      if (drawn.some((row) => matches(row) && row.source_id === other.source_id)) continue;
      const where = key.map((column) => `"${column}" = '${String(other[column]).replace(/'/g, "''")}'`).join(" AND ");
      const [shown] = await db.query(`SELECT value, source_id, note FROM ${table} WHERE shown = 'ja' AND ${where}`);
      if (!shown) continue;
      const label = key.map((column) => String(other[column])).join(", ");
      const same = Number(shown.value) === Number(other.value);
      lines.push(
        `${label}: ${titles[String(other.source_id)] ?? other.source_id} publiceert ${formatNumber(Number(other.value))}` +
          (same
            ? ", dezelfde waarde als de getoonde bron."
            : `; de site toont ${formatNumber(Number(shown.value))} (${titles[String(shown.source_id)] ?? shown.source_id}).${shown.note ? ` ${shown.note}` : ""}`)
      );
    }
  }
  return lines;
}
