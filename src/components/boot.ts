// What every page with charts runs: decode the snapshots its charts need, open DuckDB-WASM on them, and hydrate
// the frames. The static charts are on screen before this starts; nothing here blocks them.
import {charts} from "../charts/index.js";
import type {ParquetAttachment} from "./data/tables.js";
import type {DatabaseFactory} from "./data/open-database.js";
import {openWarmDatabase} from "./data/open-database.js";
import {decodeTables} from "./data/tables.js";
import type {QueryClient} from "./hydrate.js";
import {datasetsOnPage, hydrateCharts} from "./hydrate.js";

export function bootCharts(
  files: Record<string, ParquetAttachment>,
  DuckDBClient: DatabaseFactory<QueryClient>
): Promise<void> {
  const ids = datasetsOnPage(document, charts);
  const db = openWarmDatabase(DuckDBClient, decodeTables(files, ids));
  return hydrateCharts(document, db, charts);
}
