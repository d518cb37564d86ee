// The floor of the page-load measurements: a bare page, served only by the bench (never part of dist/), that
// loads the very DuckDB-WASM files the site ships from the same server, creates one small table and answers one
// query. That is the least any page built on DuckDB-WASM can cost; the chart pages are measured as ratios to it.
// It starts the engine the way the site's pages do (the same early worker from the first line of <head>, see
// src/components/data/early-worker.ts), so a page cannot look cheap against a floor that starts late.
import {readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {EARLY_WORKER_GLOBAL, earlyWorkerScript} from "../src/components/data/early-worker.js";

export const FLOOR_PATH = "/_bench/floor";

export interface EngineFiles {
  /** The browser ES module of @duckdb/duckdb-wasm (AsyncDuckDB). */
  module: string;
  worker: string;
  wasm: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Finds the DuckDB-WASM files of the exception-handling ("eh") build in a built site, under whatever hashed
 * names the build gave them. The module is the ES module that defines AsyncDuckDB's selectBundle.
 */
export function findEngineFiles(dist: string): EngineFiles {
  const files = listFiles(dist).map((file) => `/${relative(dist, file)}`);
  const one = (what: string, test: (file: string) => boolean) => {
    const found = files.filter(test);
    if (found.length !== 1) throw new Error(`bench: expected one ${what} in ${dist}, found ${found.length}`);
    return found[0];
  };
  return {
    module: one(
      "duckdb-wasm module",
      (f) => /\/_(npm|node)\/@duckdb\/duckdb-wasm@[^/]+\/[^/]*\.js$/.test(f) && !f.includes("worker")
    ),
    worker: one("eh worker", (f) => /duckdb-browser-eh\.worker(\.[0-9a-f]{8})?\.js$/.test(f)),
    wasm: one("eh wasm", (f) => /duckdb-eh(\.[0-9a-f]{8})?\.wasm$/.test(f))
  };
}

/**
 * The floor page. It notes on <html> when its query answered (data-floor-ms, on the page's clock) or why it
 * failed (data-floor-error).
 */
export function floorPage(engine: EngineFiles): string {
  return `<!doctype html>
<html lang="nl-BE"><head><meta charset="utf-8"><title>Bench: vloer</title>
<script>${earlyWorkerScript(engine.worker, engine.wasm)}</script></head>
<body><p>Bench-vloer: DuckDB-WASM, één tabel, één query.</p>
<script type="module">
import * as duckdb from ${JSON.stringify(engine.module)};
try {
  const early = self[${JSON.stringify(EARLY_WORKER_GLOBAL)}];
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), early.started);
  await db.instantiate(early.wasm);
  performance.mark("engine:instantiated"); // as the site's engine marks it (engine.ts)
  await db.open({});
  const connection = await db.connect();
  await connection.query("CREATE TABLE t AS SELECT range AS x, range % 7 AS g FROM range(100)");
  const answer = await connection.query("SELECT g, sum(x) AS total FROM t GROUP BY g ORDER BY g");
  if (answer.numRows !== 7) throw new Error("unexpected answer");
  document.documentElement.dataset.floorMs = performance.now().toFixed(1);
} catch (error) {
  document.documentElement.dataset.floorError = String(error);
}
</script></body></html>
`;
}
