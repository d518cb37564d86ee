// The SQL explorer's database: DuckDB-WASM over every Arrow snapshot, started at once; the tables download while
// DuckDB starts and go in one by one, those of the page's first query first. DECIMAL results (SELECT 1.5,
// round(x, 1) on integers) are cast to doubles, so they read as numbers and not as Arrow's raw decimal words. Kept
// apart from run-query.ts, which tests load without a browser.
import type {SnapshotFile} from "../data/tables.js";
import {tableFiles, tableName, tablesNamedIn} from "../data/tables.js";
import type {EngineFiles} from "../data/engine.js";
import {Engine, fetchTables} from "../data/engine.js";
import {initialQuery} from "./explorer.js";
import type {SqlClient} from "./run-query.js";

export function openDatabase(arrowFiles: Record<string, SnapshotFile>, engineFiles: EngineFiles): Promise<SqlClient> {
  // The first query waits only for the tables it names (Engine.tablesReady), not for all the snapshots: those are
  // requested, and so go into DuckDB, first.
  const ids = Object.keys(arrowFiles);
  const first = new Set(tablesNamedIn(initialQuery(location.search), ids.map(tableName)));
  const isFirst = (id: string) => first.has(tableName(id));
  const ordered = [...ids.filter(isFirst), ...ids.filter((id) => !isFirst(id))];
  const engine = new Engine(engineFiles, fetchTables(tableFiles(arrowFiles, ordered)), {castDecimalToDouble: true});
  return engine.ready.then(() => engine);
}
