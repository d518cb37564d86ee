// A page that runs DuckDB-WASM starts the engine's worker from the first lines of its <head> (an inline script
// that tools/framework/engine-preload.ts writes at build time), before any module of the page has loaded. The
// worker's name is the address of the .wasm: the patched worker (tools/engine-assets.ts) starts compiling it as its
// first statement. The engine (engine.ts) takes that worker when it starts; a restart makes a new one the same way.
// No browser API runs at import time, so the build tools import the names from here too.
import {isRecord} from "../guards.js";

/** The global the inline script sets: {worker, wasm, started}. */
export const EARLY_WORKER_GLOBAL = "boordtabelEngineWorker";

export interface EarlyWorker {
  /** Absolute addresses of the worker script and the .wasm it compiles. */
  worker: string;
  wasm: string;
  started: Worker;
}

/**
 * The inline script's text: starts the worker of `workerPath` named after `wasmPath` (as the page names them,
 * relative to the page or absolute), and leaves it in self[EARLY_WORKER_GLOBAL] for the engine.
 */
export function earlyWorkerScript(workerPath: string, wasmPath: string): string {
  return (
    `(()=>{const at=(p)=>new URL(p,document.baseURI).href,worker=at(${JSON.stringify(workerPath)}),` +
    `wasm=at(${JSON.stringify(wasmPath)});self.${EARLY_WORKER_GLOBAL}={worker,wasm,started:new Worker(worker,{name:wasm})}})()`
  );
}

/** A worker for these files, named after the .wasm: the one the page's head started if it matches, else a new one. */
export function engineWorker(workerUrl: string, wasmUrl: string, scope: Record<string, unknown> = globalThis): Worker {
  const early = scope[EARLY_WORKER_GLOBAL];
  if (isEarlyWorker(early) && early.worker === workerUrl && early.wasm === wasmUrl) {
    // Taken once: a restart after a stopped query needs a fresh worker.
    delete scope[EARLY_WORKER_GLOBAL];
    return early.started;
  }
  return new Worker(workerUrl, {name: wasmUrl});
}

function isEarlyWorker(value: unknown): value is EarlyWorker {
  return isRecord(value) && "worker" in value && "wasm" in value && "started" in value;
}
