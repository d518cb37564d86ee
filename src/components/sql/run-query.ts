// Runs a reader's SQL in DuckDB-WASM and turns the answer into plain columns and rows. Framework's DuckDBClient
// returns an Arrow table; columns are read by position, so a query with two columns of the same name
// (SELECT 1 AS a, 2 AS a) keeps both.
import type {DatabaseClient} from "../data/open-database.js";
import {isRecord} from "../guards.js";

/** A query result as plain values: numbers, strings, booleans, Dates or null. */
export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

/** The part of an Arrow table this module reads. */
interface ArrowTableLike {
  schema: {fields: {name: string}[]};
  numRows: number;
  getChildAt(index: number): {get(index: number): unknown} | null;
}

/**
 * The database as the explorer uses it: query() gives an Arrow table (or row objects in tests); the site's
 * engine (data/engine.ts) also times a query itself and can stop it.
 */
export interface SqlClient extends DatabaseClient {
  /** The answer with DuckDB's own milliseconds, from the moment the query started (not while it waited). */
  timedQuery?(sql: string): Promise<{result: unknown; ms: number}>;
  /** Resolves when the tables the query names are loaded (a database that loads them one by one). */
  tablesReady?(sql: string): Promise<void>;
  /** Stops the running query; resolves when the database is ready for the next one. */
  stop?(): Promise<void>;
}

export async function runQuery(db: SqlClient, sql: string): Promise<QueryResult> {
  return toResult(await db.query(sql));
}

export async function runTimedQuery(db: SqlClient, sql: string): Promise<{answer: QueryResult; ms: number}> {
  if (db.timedQuery) {
    const {result, ms} = await db.timedQuery(sql);
    return {answer: toResult(result), ms};
  }
  const started = performance.now();
  const answer = await runQuery(db, sql);
  return {answer, ms: performance.now() - started};
}

/** Reads an Arrow table, or an array of row objects (what other clients and the tests give). */
export function toResult(answer: unknown): QueryResult {
  if (isArrowTable(answer)) {
    const columns = answer.schema.fields.map((f) => f.name);
    const vectors = columns.map((_, i) => answer.getChildAt(i));
    const rows: unknown[][] = [];
    for (let r = 0; r < answer.numRows; ++r) rows.push(vectors.map((v) => normalizeCell(v?.get(r))));
    return {columns, rows};
  }
  const objects = Array.isArray(answer) ? answer.filter(isRecord) : [];
  const columns = objects.length ? Object.keys(objects[0]) : [];
  return {columns, rows: objects.map((o) => columns.map((c) => normalizeCell(o[c])))};
}

function isArrowTable(value: unknown): value is ArrowTableLike {
  return (
    isRecord(value) &&
    typeof value.getChildAt === "function" &&
    isRecord(value.schema) &&
    Array.isArray(value.schema.fields)
  );
}

/**
 * One cell as a plain value. DuckDB-WASM gives BigInt for HUGEINT and UBIGINT even with castBigIntToDouble,
 * and Arrow objects for LIST and STRUCT: those become numbers (if exact) or their JSON text.
 */
export function normalizeCell(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return value;
    case "bigint":
      return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  }
  if (value instanceof Date) return value;
  if (isRecord(value) && typeof value.toJSON === "function") return JSON.stringify(value.toJSON(), bigintReplacer);
  try {
    return JSON.stringify(value, bigintReplacer);
  } catch {
    return String(value);
  }
}

function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? String(value) : value;
}

/** DuckDB's own message, without the stack, in one or more lines. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() || "Onbekende fout";
}
