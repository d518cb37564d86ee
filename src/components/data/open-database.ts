// Opens DuckDB-WASM on decoded snapshot tables and warms it up before anyone queries it, so "ready" means a
// reader's query runs at full speed. Charts and the SQL explorer both open their database here.
import {warmUp} from "./warm-up.js";

/** The part of a DuckDB client the site uses; charts and the SQL explorer narrow what query() returns. */
export interface DatabaseClient {
  query(sql: string): Promise<unknown>;
}

/** The part of Framework's DuckDBClient class the site uses. */
export interface DatabaseFactory<Client extends DatabaseClient = DatabaseClient> {
  of(tables: Record<string, unknown>, config?: {query?: {castDecimalToDouble?: boolean}}): Promise<Client>;
}

export async function openWarmDatabase<Client extends DatabaseClient>(
  factory: DatabaseFactory<Client>,
  tables: Record<string, unknown>,
  config?: {query?: {castDecimalToDouble?: boolean}}
): Promise<Client> {
  const db = await (config ? factory.of(tables, config) : factory.of(tables));
  const ms = await warmUp(db, Object.keys(tables));
  // Read by the benchmark, which reports it beside the query times it measures after.
  if (typeof document !== "undefined") document.documentElement.dataset.duckdbWarmUpMs = ms.toFixed(0);
  return db;
}
