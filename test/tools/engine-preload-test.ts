// The early start of the engine in a built page's <head> (tools/framework/engine-preload.ts): found from
// Framework's own file registry, placed before the first stylesheet, allowed by the page's CSP, and taken by the
// engine once.
import {createHash} from "node:crypto";
import {describe, expect, it, vi} from "vitest";
import {EARLY_WORKER_GLOBAL, earlyWorkerScript, engineWorker} from "../../src/components/data/early-worker.js";
import {addEarlyEngine, enginePathsOf} from "../../tools/framework/engine-preload.js";
import {postprocessPage} from "../../tools/framework/postprocess-html.js";

/** A page the way Framework 1.13 writes one that imports generated/engine/files.js (trimmed), `up` folders down. */
const page = (up = "./") => `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Doorstroom</title>

<link rel="stylesheet" type="text/css" href="${up}_import/style.css">
<script type="module">
import {registerFile} from "${up}_observablehq/stdlib.js";
registerFile("${up}_engine/duckdb-browser-eh.worker.js", {"name":"${up}_engine/duckdb-browser-eh.worker.js","mimeType":"text/javascript","path":"${up}_file/_engine/duckdb-browser-eh.worker.cc19f1fa.js","size":760613});
registerFile("${up}_engine/duckdb-eh.wasm", {"name":"${up}_engine/duckdb-eh.wasm","mimeType":"application/wasm","path":"${up}_file/_engine/duckdb-eh.00d45e5e.wasm","size":35659694});
</script>
</head>
<body><main id="observablehq-main"></main></body>
</html>`;

describe("enginePathsOf", () => {
  it("reads the hashed worker and .wasm from the page's file registry, on a page at the top and one a folder down", () => {
    expect(enginePathsOf(page())).toEqual({
      worker: "./_file/_engine/duckdb-browser-eh.worker.cc19f1fa.js",
      wasm: "./_file/_engine/duckdb-eh.00d45e5e.wasm"
    });
    expect(enginePathsOf(page("../"))?.wasm).toBe("../_file/_engine/duckdb-eh.00d45e5e.wasm");
  });

  it("finds nothing on a page that does not run the engine", () => {
    expect(enginePathsOf(page().replace(/registerFile\([^\n]*\n/g, ""))).toBeUndefined();
  });
});

describe("addEarlyEngine", () => {
  it("puts the start of the worker before the first stylesheet, with the page's own addresses", () => {
    const out = addEarlyEngine(page(), {file: "doorstroom.html"});
    const script = `<script>${earlyWorkerScript(
      "./_file/_engine/duckdb-browser-eh.worker.cc19f1fa.js",
      "./_file/_engine/duckdb-eh.00d45e5e.wasm"
    )}</script>`;
    expect(out.indexOf(script)).toBeGreaterThan(out.indexOf("<title>"));
    expect(out.indexOf(script)).toBeLessThan(out.indexOf("<link"));
    expect(out.split(EARLY_WORKER_GLOBAL).length - 1).toBe(1);
  });

  it("leaves a page without the engine as it is", () => {
    const other = page().replace(/registerFile\([^\n]*\n/g, "");
    expect(addEarlyEngine(other, {file: "over.html"})).toBe(other);
  });

  it("stops the build, naming the page, when a page that runs the engine has no <head> to put it in", () => {
    expect(() => addEarlyEngine(page().replace("<head>", ""), {file: "doorstroom.html"})).toThrow(
      /doorstroom\.html: expected 1 match/
    );
  });

  it("is allowed by the page's Content-Security-Policy (postprocessPage hashes it)", () => {
    const out = postprocessPage(page(), {file: "doorstroom.html", sidebar: false});
    const body = /<script>([^<]*boordtabelEngineWorker[^<]*)<\/script>/.exec(out)![1];
    const hash = `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)![1]).toContain(hash);
  });
});

describe("earlyWorkerScript and engineWorker", () => {
  /** Runs the inline script in a stand-in page at `href`; Worker records what it was started with. */
  function runScript(href: string, workerPath: string, wasmPath: string) {
    const started: {url: string; name?: string}[] = [];
    class FakeWorker {
      constructor(url: string, options?: {name?: string}) {
        started.push({url, name: options?.name});
      }
    }
    const scope: Record<string, unknown> = {};
    new Function("self", "document", "Worker", earlyWorkerScript(workerPath, wasmPath))(
      scope,
      {baseURI: href},
      FakeWorker
    );
    return {scope, started, FakeWorker};
  }

  it("starts the worker named after the absolute address of the .wasm", () => {
    const {scope, started} = runScript("https://example.org/embed/eak-kloof", "../_file/w.js", "../_file/e.wasm");
    expect(started).toEqual([{url: "https://example.org/_file/w.js", name: "https://example.org/_file/e.wasm"}]);
    expect(scope[EARLY_WORKER_GLOBAL]).toMatchObject({
      worker: "https://example.org/_file/w.js",
      wasm: "https://example.org/_file/e.wasm"
    });
  });

  it("hands that worker to the engine once; a restart, or other files, get a new worker", () => {
    const {scope, started, FakeWorker} = runScript("https://example.org/doorstroom", "./_file/w.js", "./_file/e.wasm");
    const early = (scope[EARLY_WORKER_GLOBAL] as {started: unknown}).started;
    vi.stubGlobal("Worker", FakeWorker);
    try {
      expect(engineWorker("https://example.org/_file/w.js", "https://example.org/_file/e.wasm", scope)).toBe(early);
      const restarted = engineWorker("https://example.org/_file/w.js", "https://example.org/_file/e.wasm", scope);
      expect(restarted).not.toBe(early);
      expect(started.at(-1)).toEqual({url: "https://example.org/_file/w.js", name: "https://example.org/_file/e.wasm"});
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
