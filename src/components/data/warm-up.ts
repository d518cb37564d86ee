// V8 compiles DuckDB-WASM's engine lazily: the first query that needs a code path (a scan of a type, a
// grouping, a window, a join, the catalogue) pays for compiling it. Measured on the built site, a page's first
// query took 200-400 ms and the same query 10-20 ms afterwards. One warm-up pass over the page's own tables,
// run while the page is still getting DuckDB ready, moves that cost out of every query the reader waits for.
import type {DatabaseClient} from "./open-database.js";

/**
 * Queries that touch the paths the site's queries use, on columns every snapshot has (value, source_id,
 * source_section, source_url, shown, derived). Their results are thrown away.
 */
export function warmUpQueries(table: string): string[] {
  return [
    `SELECT *, regexp_replace(source_section, ', rij .*$', '') AS place, upper(source_id) AS id
FROM ${table} WHERE shown = 'ja' AND NOT derived AND source_url LIKE 'http%' ORDER BY source_id, value DESC`,
    `SELECT source_id, count(*) AS n, sum(value) AS total, avg(value) AS mean, max(value) FILTER (WHERE shown = 'ja') AS top,
  string_agg(source_section, ', ' ORDER BY value) AS sections
FROM ${table} GROUP BY source_id HAVING count(*) > 0 ORDER BY n DESC`,
    `SELECT value, row_number() OVER (PARTITION BY source_id ORDER BY value) AS rank,
  lag(value) OVER (ORDER BY source_section) AS previous, round(100.0 * value / sum(value) OVER (), 1) AS share
FROM ${table}`,
    `WITH a AS (SELECT source_id, value FROM ${table}) SELECT count(*) FROM a JOIN a AS b USING (source_id)`,
    `SELECT table_name, column_name, data_type FROM information_schema.columns ORDER BY table_name, ordinal_position`
  ];
}

/**
 * Runs the warm-up on the first of the tables; returns its milliseconds (the page notes them for the bench). A
 * failing warm-up query is skipped: warming is only about speed, and the page's own queries report their errors.
 */
export async function warmUp(db: DatabaseClient, tables: string[]): Promise<number> {
  const started = performance.now();
  if (tables.length)
    for (const sql of warmUpQueries(tables[0])) await db.query(sql).catch(() => undefined);
  return performance.now() - started;
}
