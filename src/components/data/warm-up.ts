// V8 compiles DuckDB-WASM's engine lazily: the first query that needs a code path (a scan of a type, a
// grouping, a window, the catalogue) pays for compiling it. Measured on the built site, a page's first query took
// 200-400 ms and the same query 10-20 ms afterwards. The warm-up runs the page's own chart queries once, while the
// page is still getting DuckDB ready, so the queries the reader waits for (drawing, choosing a period) find that
// code compiled. It compiles nothing the page does not use: an earlier generic warm-up (regexp, string_agg,
// windows, joins, information_schema on the first table) cost 0,9-1,6 s a page, most of it for code no chart ran.
import type {ChartDefinition} from "../../charts/types.js";
import type {DatabaseClient} from "./open-database.js";

/** The SQL of the charts whose frames are on the page, in page order, each once. */
export function chartQueries(root: ParentNode, definitions: ChartDefinition[]): string[] {
  const ids = [...root.querySelectorAll<HTMLElement>("figure[data-chart]")].map((f) => f.dataset.chart);
  const sql = ids.flatMap((id) => definitions.filter((d) => d.id === id).map((d) => d.sql));
  return [...new Set(sql)];
}

/**
 * Runs the queries one after another; returns the milliseconds (the page notes them for the bench). A failing
 * query is skipped: warming is only about speed, and the page's own queries report their errors.
 */
export async function warmUp(db: DatabaseClient, queries: Promise<string[]>): Promise<number> {
  const list = await queries.catch(() => []);
  const started = performance.now();
  for (const sql of list) await db.query(sql).catch(() => undefined);
  return performance.now() - started;
}
