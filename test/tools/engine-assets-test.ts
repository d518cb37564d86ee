// The patched DuckDB-WASM worker (tools/engine-assets.ts), on the worker npm installed: every patch applies exactly
// once, a worker without the expected code stops the build, and the patched linking code, run side by side with
// the original on the same exports, links what a module imports the same way while skipping the rest.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {runInNewContext} from "node:vm";
import {beforeAll, describe, expect, it} from "vitest";
import {patchWorker, WORKER} from "../../tools/engine-assets.js";

const original = readFileSync(join("node_modules", "@duckdb", "duckdb-wasm", "dist", WORKER), "utf8");
const patched = patchWorker(original);

/** The text of one of the worker's definitions, from `start` up to (not including) `end`. */
function definition(code: string, start: string, end: string): string {
  const from = code.indexOf(start);
  const to = code.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`no ${start} … ${end} in the worker`);
  return code.slice(from, to);
}

/** Stand-in exports of a main module (relocated: data addresses already past memory base 1024), shared by both runs. */
const envFunction = () => "js";
const exportsTemplate: Record<string, unknown> = {
  imported_function: function f() {
    return 1;
  },
  unimported_function: () => 2,
  dynCall_vi: () => 3,
  imported_data: 1024 + 64,
  unimported_data: 1024 + 128,
  env_function: () => "wasm",
  malloc: () => -8,
  __wasm_call_ctors: () => 0
};

/**
 * Emscripten's linking steps for the main module, as the worker defines them, on stand-in exports: relocated
 * exports go through updateGOT, mergeLibSymbols and applySignatureConversions, with a GOT that already holds the
 * entries the module imports (Emscripten's GOTHandler makes those when the module is instantiated).
 */
function link(code: string, imported: string[]) {
  const sandbox: Record<string, unknown> = {
    WebAssembly,
    Module: {},
    wasmImports: {env_function: envFunction},
    GOT: {},
    added: [] as string[],
    err: (message: string) => {
      throw new Error(message);
    }
  };
  const exportsByName = {...exportsTemplate};
  runInNewContext(
    [
      definition(code, "isInternalSym=e=>", ",uleb128En"),
      "addFunction=(e)=>(added.push(e.name||String(e())),added.length)",
      definition(code, "updateGOT=(e,t)=>", ",relocateExports="),
      definition(code, "isSymbolDefined=e=>", ",resolveGlobalSymbol="),
      definition(code, "registerDynCallSymbols=e=>", ";function loadDynamicLibrary"),
      definition(code, "mergeLibSymbols=(e,t)=>", ",asyncLoad="),
      `${definition(code, "function applySignatureConversions(e){", "e}Module.stackSave=")}e}`,
      `for (const name of ${JSON.stringify(imported)}) GOT[name] = new WebAssembly.Global({value: "i32", mutable: true});`,
      "var linked = exportsByName; updateGOT(linked); mergeLibSymbols(linked, 'main');",
      "var converted = applySignatureConversions(linked);"
    ].join(";\n"),
    Object.assign(sandbox, {exportsByName})
  );
  const got = sandbox.GOT as Record<string, WebAssembly.Global>;
  return {
    got: Object.fromEntries(Object.entries(got).map(([name, global]) => [name, global.value as number])),
    added: sandbox.added as string[],
    imports: sandbox.wasmImports as Record<string, () => unknown>,
    module: sandbox.Module as Record<string, unknown>,
    converted: sandbox.converted as Record<string, (...args: unknown[]) => unknown>
  };
}

describe("patchWorker", () => {
  it("applies every patch to the installed DuckDB-WASM worker, each once", () => {
    expect(patched).not.toBe(original);
    expect(patched.startsWith('"use strict";var earlyEngine=')).toBe(true);
    expect(patched).toContain("if(!GOT[r])continue;");
    expect(patched).not.toContain("e=Object.assign({},e)");
    expect(patched).toContain("instantiateStreaming)if(false){");
  });

  it("stops the build when the worker no longer has the code a patch expects", () => {
    expect(() => patchWorker(original.replace("function applySignatureConversions(e){", "function x(e){"))).toThrow(
      /expected 1 match of .*applySignatureConversions.*, found 0/
    );
  });
});

describe("the patched linking", () => {
  const imported = ["imported_function", "imported_data"];
  let before: ReturnType<typeof link>;
  let after: ReturnType<typeof link>;
  beforeAll(() => {
    before = link(original, imported);
    after = link(patched, imported);
  });

  it("fills the GOT entries the module imports with the same values", () => {
    expect(after.got).toEqual({imported_function: 1, imported_data: 1088});
    expect(before.got.imported_data).toBe(after.got.imported_data);
    expect(after.added).toEqual(["f"]);
  });

  it("makes no GOT entry or table slot for exports nobody imports (the original made one for every export)", () => {
    expect(Object.keys(before.got)).toEqual(expect.arrayContaining(["unimported_function", "unimported_data"]));
    expect(before.added.length).toBeGreaterThan(after.added.length);
    expect(Object.keys(after.got).sort()).toEqual([...imported].sort());
  });

  it("merges the same symbols into the imports and the dynCall_ functions into Module", () => {
    expect(Object.keys(after.imports).sort()).toEqual(Object.keys(before.imports).sort());
    for (const name of Object.keys(before.imports)) expect(after.imports[name]).toBe(before.imports[name]);
    // The page's own JavaScript import wins over an export of the same name, as before.
    expect(after.imports.env_function()).toBe("js");
    expect(Object.keys(after.module)).toEqual(["dynCall_vi"]);
  });

  it("converts the same signatures: malloc's pointer comes back unsigned", () => {
    expect(before.converted.malloc()).toBe(2 ** 32 - 8);
    expect(after.converted.malloc()).toBe(2 ** 32 - 8);
    expect(Object.keys(after.converted).sort()).toEqual(Object.keys(before.converted).sort());
  });
});
