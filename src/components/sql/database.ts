// The SQL explorer's database: DuckDB-WASM over every Arrow snapshot, started at once; the tables download while
// DuckDB starts. DECIMAL results (SELECT 1.5, round(x, 1) on integers) are cast to doubles, so they read as
// numbers and not as Arrow's raw decimal words. Kept apart from run-query.ts, which tests load without a browser.
import type {SnapshotFile} from "../data/tables.js";
import {tableFiles} from "../data/tables.js";
import type {EngineFiles} from "../data/engine.js";
import {Engine, fetchTables} from "../data/engine.js";
import type {SqlClient} from "./run-query.js";

export function openDatabase(arrowFiles: Record<string, SnapshotFile>, engineFiles: EngineFiles): Promise<SqlClient> {
  const tables = fetchTables(tableFiles(arrowFiles, Object.keys(arrowFiles)));
  const engine = new Engine(engineFiles, tables, {castDecimalToDouble: true});
  return engine.ready.then(() => engine);
}
