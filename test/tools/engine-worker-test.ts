// The patched DuckDB-WASM worker (tools/engine-assets.ts) as a whole, not only its linking steps: the worker the
// build writes runs in a Node vm context (its own realm, as a browser worker has), named after the .wasm as the
// pages start it (so it compiles the engine from its first statement), served over loopback with the engine
// beside it, and driven by DuckDB-WASM's own AsyncDuckDB. It must start, take every real Arrow snapshot
// (written from data/ by test/sql/snapshots.ts) and answer every example of the SQL explorer and every chart's
// SQL with the same rows as the original worker from npm.
import {mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import vm from "node:vm";
import {AsyncDuckDB, VoidLogger} from "@duckdb/duckdb-wasm";
import type {AsyncDuckDBConnection} from "@duckdb/duckdb-wasm";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import {tableName} from "../../src/components/data/tables.js";
import {examples} from "../../src/components/sql/examples.js";
import {patchWorker, WASM, WORKER} from "../../tools/engine-assets.js";
import type {StaticServer} from "../../tools/serve.js";
import {serveStatic} from "../../tools/serve.js";
import {snapshotDir} from "../sql/snapshots.js";

const npm = join("node_modules", "@duckdb", "duckdb-wasm", "dist");
type Message = {data: unknown};

/** The page's side of a worker in a vm realm: a Worker whose messages cross in later macrotasks, as between threads. */
class RealmWorker extends EventTarget implements Worker {
  onmessage = null;
  onmessageerror = null;
  onerror = null;
  constructor(private readonly send: (data: unknown) => void) {
    super();
  }
  postMessage(data: unknown): void {
    setImmediate(() => this.send(data));
  }
  /** What the worker posts, delivered to the page's listeners (AsyncDuckDB adds one). */
  receive(data: unknown): void {
    setImmediate(() => this.dispatchEvent(new MessageEvent("message", {data})));
  }
  terminate(): void {}
}

/**
 * The worker's script in a fresh realm with what a browser worker offers it (fetch, TextDecoder, location, a
 * postMessage), and the Worker AsyncDuckDB talks to.
 */
function workerInRealm(code: string, origin: string, name: string): Worker {
  const realm: Record<string, unknown> = {
    ...{fetch, Request, Response, Headers, TextDecoder, TextEncoder, URL, Blob, performance, console},
    ...{setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, crypto: globalThis.crypto},
    importScripts: () => undefined, // Emscripten's test for "running in a worker"
    location: {href: `${origin}/${WORKER}`},
    name,
    postMessage: (data: unknown) => worker.receive(data)
  };
  const worker = new RealmWorker((data) => void (realm.onmessage as (message: Message) => Promise<void>)({data}));
  realm.self = realm;
  vm.createContext(realm);
  vm.runInContext(code, realm);
  return worker;
}

interface Started {
  db: AsyncDuckDB;
  connection: AsyncDuckDBConnection;
}

/** The worker started as a page starts it (named after the .wasm: the patched one compiles it at once). */
async function start(code: string, server: StaticServer): Promise<Started> {
  const worker = workerInRealm(code, server.origin, `${server.origin}/${WASM}`);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(`${server.origin}/${WASM}`);
  await db.open({query: {castBigIntToDouble: true, castDecimalToDouble: true}});
  const connection = await db.connect();
  for (const file of readdirSync(snapshotDir).filter((f) => f.endsWith(".arrow")))
    await connection.insertArrowFromIPCStream(new Uint8Array(readFileSync(join(snapshotDir, file))), {
      name: tableName(file.replace(/\.arrow$/, "")),
      schema: "main",
      create: true
    });
  return {db, connection};
}

const rowsOf = async (engine: Started, sql: string) => JSON.stringify((await engine.connection.query(sql)).toArray());

let server: StaticServer;
let patched: Started;
let original: Started;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "engine-worker-"));
  writeFileSync(join(dir, WORKER), patchWorker(readFileSync(join(npm, WORKER), "utf8")));
  copyFileSync(join(npm, WASM), join(dir, WASM));
  server = await serveStatic(dir);
  patched = await start(readFileSync(join(dir, WORKER), "utf8"), server);
  original = await start(readFileSync(join(npm, WORKER), "utf8"), server);
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe("the patched worker, run whole", () => {
  it("holds every snapshot as a table", async () => {
    const count = readdirSync(snapshotDir).filter((f) => f.endsWith(".arrow")).length;
    expect(count).toBeGreaterThan(20);
    const tables = await patched.connection.query("SELECT count(*) AS n FROM information_schema.tables");
    expect(Number(tables.toArray()[0].n)).toBe(count);
  });

  for (const {what, sql} of [
    ...examples.map((e) => ({what: `example ${e.id}`, sql: e.sql})),
    ...charts.map((c) => ({what: `chart ${c.id}`, sql: c.sql}))
  ])
    it(`answers ${what} as the original worker does`, async () => {
      const rows = await rowsOf(patched, sql);
      expect(rows).not.toBe("[]");
      expect(rows).toBe(await rowsOf(original, sql));
    });
});
