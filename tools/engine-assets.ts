// The DuckDB-WASM engine files the pages start themselves (src/components/data/engine.ts), written into
// generated/engine/ (the site's _engine/, see tools/framework/site-root.ts) before Framework builds. As
// FileAttachments they get content-hashed names (/_file/_engine/duckdb-eh.<hash>.wasm), so a static host can let
// browsers cache them for good; Framework copies npm .wasm files under their plain name, which no cache can trust.
//
// The worker is patched, and every patch is checked: if DuckDB-WASM changes the code a patch expects, the build
// stops here rather than quietly losing what the patch gave. What the patches do, and why:
//
// - Streaming compile. DuckDB-WASM 1.29's worker wraps the fetched .wasm in a new Response (to report download
//   progress) before WebAssembly.instantiateStreaming. A Response made in script has no URL, so the browser cannot
//   keep or reuse its compiled code for that module. The patch takes the worker's own branch without the
//   progress wrapper: instantiateStreaming(fetch(url)).
// - Compile at once. A page names the .wasm in the worker's name (new Worker(url, {name: wasmUrl}), see
//   src/components/data/early-worker.ts); the patched worker starts WebAssembly.compileStreaming on it as its first
//   statement, and DuckDB's instantiate takes that module. Without the patch the download only starts when the
//   page's main thread has loaded DuckDB's module and sent its first message (measured: 1-2 s later).
// - Linking only what is imported. DuckDB-WASM is built as an Emscripten MAIN_MODULE (to load extensions) and
//   exports 88.220 symbols. At start Emscripten's JavaScript made a WebAssembly.Global and a function-table slot
//   for every exported function, "in case" a side module imports it (measured: 0,9 s of a 4,4 s floor page), and
//   walked the exports four more times with temporary arrays and closures. The patches fill only the GOT entries
//   a module actually imports (a side module's GOT imports are still created on demand and resolved by Emscripten's
//   reportUndefinedSymbols, as before), walk the exports with for-in, and convert the few signature-wrapped
//   exports in place instead of copying all 88.220 first. The site loads no side modules; the behaviour for one
//   stays Emscripten's.
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {replaceChecked} from "./checked-replace.js";
import {paths} from "./paths.js";

const source = join("node_modules", "@duckdb", "duckdb-wasm", "dist");
export const WORKER = "duckdb-browser-eh.worker.js";
export const WASM = "duckdb-eh.wasm";

/** [what the worker says, what it should say]: each must occur exactly once. */
const workerPatches: [string, string][] = [
  // Streaming compile, without the progress wrapper.
  ['instantiateStreaming)if(typeof TransformStream=="function"){', "instantiateStreaming)if(false){"],
  ['console.warn("instantiating without progress handler since transform streams are unavailable");', ""],
  // Compile at once: the first statement starts compiling the .wasm the worker's name gives ...
  [
    '"use strict";var duckdb=',
    '"use strict";var earlyEngine=typeof self=="object"&&/^https?:[^ ]+\\.wasm$/.test(self.name)?' +
      'WebAssembly.compileStreaming(fetch(self.name,{credentials:"same-origin"})):void 0;' +
      "earlyEngine&&earlyEngine.catch(()=>{});var duckdb="
  ],
  // ... and instantiate takes that module when it is asked for the same address.
  [
    "let n=new Request(this.mainModuleURL);WebAssembly.instantiateStreaming(fetch(n),e).then(",
    "let n=new Request(this.mainModuleURL);(earlyEngine&&n.url===self.name?earlyEngine.then(m=>WebAssembly" +
      ".instantiate(m,e).then(i=>({instance:i,module:m}))):WebAssembly.instantiateStreaming(fetch(n),e)).then("
  ],
  // Linking: a GOT entry only for symbols a module imports.
  [
    'r.startsWith("orig$")&&(r=r.split("$")[1],t=!0),GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),',
    'r.startsWith("orig$")&&(r=r.split("$")[1],t=!0);if(!GOT[r])continue;'
  ],
  // Linking: walk the exports without an array per symbol ...
  [
    'registerDynCallSymbols=e=>{for(var[t,r]of Object.entries(e))t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=r)}',
    'registerDynCallSymbols=e=>{for(var t in e)t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=e[t])}'
  ],
  [
    "mergeLibSymbols=(e,t)=>{registerDynCallSymbols(e);for(var[r,n]of Object.entries(e))(l=>{isSymbolDefined(l)||(wasmImports[l]=n)})(r)}",
    "mergeLibSymbols=(e,t)=>{registerDynCallSymbols(e);for(var r in e)isSymbolDefined(r)||(wasmImports[r]=e[r])}"
  ],
  // ... and convert the signature-wrapped exports in place (the object is the fresh one relocateExports made).
  ["function applySignatureConversions(e){e=Object.assign({},e);", "function applySignatureConversions(e){"]
];

export function patchWorker(code: string, file = join(source, WORKER)): string {
  let out = code;
  for (const [from, to] of workerPatches) out = replaceChecked(out, from, to, {file});
  return out;
}

/** The module pages import: FileAttachments, so Framework copies and hashes the files. */
export function formatEngineModule(): string {
  return `// Generated by tools/engine-assets.ts; do not edit.
import {FileAttachment} from "observablehq:stdlib";

export const engineFiles = {
  worker: FileAttachment(${JSON.stringify(`./${WORKER}`)}).href,
  wasm: FileAttachment(${JSON.stringify(`./${WASM}`)}).href
};
`;
}

export function writeEngineAssets(outDir: string = paths.engine): void {
  mkdirSync(outDir, {recursive: true});
  writeFileSync(join(outDir, WORKER), patchWorker(readFileSync(join(source, WORKER), "utf8")));
  copyFileSync(join(source, WASM), join(outDir, WASM));
  writeFileSync(join(outDir, "files.js"), formatEngineModule());
}
