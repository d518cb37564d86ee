// DuckDB-WASM as the site starts it: one worker, one connection, queries one at a time, and a way to stop a
// query that runs too long. Framework's DuckDBClient cannot be stopped, names the .wasm without a content hash,
// and waits for the page's code. Here the worker is the one the page's <head> started (early-worker.ts), which
// has been compiling the .wasm since; the engine instantiates it as soon as the page's first module runs.
//
// The snapshots reach DuckDB as Arrow IPC (the loaders write <id>.arrow beside <id>.parquet): DuckDB-WASM
// inserts IPC bytes without any extension, and the page needs no Parquet decoder (parquet-wasm, 1,7 MB gzipped).
import type * as duckdb from "npm:@duckdb/duckdb-wasm";
import {engineWorker} from "./early-worker.js";
import type {DatabaseClient} from "./open-database.js";
import {tablesNamedIn} from "./tables.js";

/** The engine's files, by their hashed addresses (_engine/files.js in the site, written by tools/engine-assets.ts). */
export interface EngineFiles {
  worker: string;
  wasm: string;
}

/** Arrow IPC snapshots by table name: their addresses. */
export type TableFiles = Record<string, string>;

export interface EngineOptions {
  /** SQL explorer: DECIMAL results as doubles, so SELECT 1.5 reads as a number. */
  castDecimalToDouble?: boolean;
}

/**
 * The one query DuckDB answers before the engine is ready. V8 compiles DuckDB-WASM's code lazily, so a page's first
 * query paid for compiling what every query runs (parsing, planning, a scan, a grouping, a sort, the Arrow result):
 * measured on the built site, the first chart query of a page took 85-125 ms, the others 9-58 ms. After this query
 * the first took 43-57 ms. It is the floor page's query (bench/floor-page.ts) on a range instead of a table, so it
 * waits for no snapshot and runs while they download.
 */
export const WARM_UP_SQL =
  "SELECT g, sum(x) AS total FROM (SELECT range AS x, range % 7 AS g FROM range(100)) GROUP BY g ORDER BY g";

/** A query ended by stop() or a time limit; the engine restarts and the next query runs. */
export class QueryStoppedError extends Error {
  constructor() {
    super("De query werd gestopt.");
    this.name = "QueryStoppedError";
  }
}

/** What a query returns: an Arrow table. */
export type ArrowResult = Awaited<ReturnType<duckdb.AsyncDuckDBConnection["query"]>>;

interface Session {
  db: duckdb.AsyncDuckDB;
  connection: duckdb.AsyncDuckDBConnection;
  /** By table name: resolves when the table is in DuckDB (rejects if its snapshot could not be fetched or read). */
  inserted: Record<string, Promise<void>>;
}

export class Engine implements DatabaseClient {
  /**
   * Resolves when DuckDB has started; rejects if it could not start. The tables go in one by one as
   * their snapshots arrive, and a query waits only for the tables it names (tablesNamedIn): the SQL explorer holds
   * 40 snapshots, and its first example needs one of them.
   */
  readonly ready: Promise<void>;
  private session: Promise<Session>;
  private queue: Promise<unknown> = Promise.resolve();
  private stopCurrent?: () => void;

  constructor(
    private readonly files: EngineFiles,
    private readonly tables: Record<string, Promise<Uint8Array>>,
    private readonly options: EngineOptions = {}
  ) {
    this.session = this.start();
    this.ready = this.session.then(() => undefined);
    this.ready.catch(() => undefined); // reported to whoever awaits it; not an unhandled rejection here
  }

  private async start(): Promise<Session> {
    const wasm = new URL(this.files.wasm, location.href).href;
    // The worker first (the page's head has usually started it already): it compiles the .wasm while the
    // main-thread module loads.
    const worker = engineWorker(new URL(this.files.worker, location.href).href, wasm);
    const {AsyncDuckDB, VoidLogger} = await import("npm:@duckdb/duckdb-wasm");
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    // The worker compiles the .wasm streaming, from the moment it starts (tools/engine-assets.ts).
    await db.instantiate(wasm);
    // Read by the benchmark, which compares it with the floor page's (bench/floor-page.ts).
    performance.mark("engine:instantiated");
    await db.open({
      query: {
        castBigIntToDouble: true,
        castTimestampToDate: true,
        castDecimalToDouble: this.options.castDecimalToDouble ?? false
      }
    });
    const connection = await db.connect();
    await connection.query(WARM_UP_SQL);
    return {db, connection, inserted: this.insertTables(connection)};
  }

  /** Inserts the tables one at a time, each as soon as its snapshot has arrived and the one before is in. */
  private insertTables(connection: duckdb.AsyncDuckDBConnection): Record<string, Promise<void>> {
    let previous: Promise<unknown> = Promise.resolve();
    const inserted = Object.entries(this.tables).map(([name, bytes]) => {
      const done = bytes.then((data) => {
        // A copy: DuckDB-WASM hands the buffer over to its worker, and a restart needs the bytes again.
        const insert = previous.then(() =>
          connection.insertArrowFromIPCStream(data.slice(), {name, schema: "main", create: true})
        );
        previous = insert.catch(() => undefined); // a table that fails holds up no other
        return insert;
      });
      done.catch(() => undefined); // reported to the queries that name the table
      return [name, done] as const;
    });
    return Object.fromEntries(inserted);
  }

  /** Resolves when every table `sql` names is in DuckDB (see tablesNamedIn); rejects if one could not be read. */
  async tablesReady(sql: string): Promise<void> {
    const {inserted} = await this.session;
    await Promise.all(tablesNamedIn(sql, Object.keys(inserted)).map((name) => inserted[name]));
  }

  /** Runs one query after the ones before it; the answer is an Arrow table. */
  async query(sql: string): Promise<ArrowResult> {
    return (await this.timedQuery(sql)).result;
  }

  /** Like query(), with the milliseconds DuckDB itself took: from the moment the query started, not queued. */
  timedQuery(sql: string): Promise<{result: ArrowResult; ms: number}> {
    const run = this.queue.then(async () => {
      const {connection} = await this.session;
      const stopped = new Promise<never>((_, reject) => (this.stopCurrent = () => reject(new QueryStoppedError())));
      try {
        // Waiting for the tables is not the query's time: the clock starts when they are in.
        await Promise.race([this.tablesReady(sql), stopped]);
        const started = performance.now();
        const result = await Promise.race([connection.query(sql), stopped]);
        return {result, ms: performance.now() - started};
      } finally {
        this.stopCurrent = undefined;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Stops the running query. DuckDB-WASM runs a query to its end inside its worker and cannot be interrupted
   * there, so the worker is ended and a new one started on the same tables (compiled code and files come from
   * the browser's caches). The stopped query rejects with QueryStoppedError; queries after it run on the new one.
   */
  async stop(): Promise<void> {
    const stop = this.stopCurrent;
    if (!stop) return;
    const old = await this.session;
    this.session = this.start();
    stop();
    await old.db.terminate();
    await this.session;
  }
}

/** Starts downloading the Arrow snapshots at once; the engine inserts them as soon as it is ready. */
export function fetchTables(files: TableFiles): Record<string, Promise<Uint8Array>> {
  const tables = Object.entries(files).map(([name, href]) => {
    const bytes = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(`${href}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => undefined); // reported when the engine awaits it
    return [name, bytes] as const;
  });
  return Object.fromEntries(tables);
}
