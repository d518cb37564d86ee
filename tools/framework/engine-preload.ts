// Starts DuckDB-WASM from the first lines of every built page that runs it. Framework runs a page's code only
// after the whole document is parsed and its module graph (client, runtime, stdlib, the page's imports) has
// loaded; the engine's worker used to be created only then, and the .wasm requested after DuckDB's main-thread
// module had loaded as well (measured on /doorstroom: the .wasm requested 2,2 s after navigation). The inline
// script this adds creates the worker before the first stylesheet, named after the .wasm, which the patched
// worker starts compiling at once (tools/engine-assets.ts); the engine takes that worker (early-worker.ts).
import {earlyWorkerScript} from "../../src/components/data/early-worker.js";
import {replaceChecked} from "../checked-replace.js";
import {WASM, WORKER} from "../engine-assets.js";

/** The engine's files as the page's own FileAttachment registry names them (relative to the page). */
export function enginePathsOf(html: string): {worker: string; wasm: string} | undefined {
  const path = (name: string) => {
    const escaped = name.replace(/\./g, "\\.");
    // "./_engine/…" on a page at the top, "../_engine/…" on one a folder down (the embeds).
    const match = new RegExp(`registerFile\\("(?:\\.{1,2}/)+_engine/${escaped}", (\\{[^}]*\\})\\)`).exec(html);
    return match ? (JSON.parse(match[1]) as {path: string}).path : undefined;
  };
  const worker = path(WORKER);
  const wasm = path(WASM);
  return worker && wasm ? {worker, wasm} : undefined;
}

/**
 * The page with the early start as the first script of its <head>, before any stylesheet (a classic script after
 * a stylesheet waits for it). Pages that do not run the engine are returned as they are. `file` names the page
 * in errors: a page without exactly one <head> stops the build.
 */
export function addEarlyEngine(html: string, {file}: {file: string}): string {
  const engine = enginePathsOf(html);
  if (!engine) return html;
  // "$" in a RegExp replacement is special; the addresses are the page's own, so escape rather than trust them.
  const script = `<script>${earlyWorkerScript(engine.worker, engine.wasm)}</script>\n`.replace(/\$/g, "$$$$");
  return replaceChecked(html, /(<head>[\s\S]*?)(?=<link|<style|<script|<\/head>)/, `$1${script}`, {file});
}
