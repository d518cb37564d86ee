// The one way the build edits text it did not write (tools/checked-replace.ts): a pattern that no longer matches
// the expected number of times stops the build, naming the file and the pattern, instead of doing nothing.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {ReplaceError, countMatches, replaceChecked} from "../../tools/checked-replace.js";
import {WORKER, patchWorker} from "../../tools/engine-assets.js";

describe("replaceChecked", () => {
  it("replaces a pattern found exactly as often as expected", () => {
    expect(replaceChecked("<html>x</html>", /<html>/, '<html lang="nl-BE">', {file: "a.html"})).toBe(
      '<html lang="nl-BE">x</html>'
    );
    expect(replaceChecked("a-b-c", "-", "+", {file: "f", count: 2})).toBe("a+b+c");
    expect(replaceChecked("<b>x</b>", /<(b)>/, "<$1 id=1>", {file: "f"})).toBe("<b id=1>x</b>");
  });

  it("throws, naming the file and the pattern, when the pattern is missing", () => {
    expect(() => replaceChecked("<html lang=en>", /<html>/, "", {file: "dist/index.html"})).toThrow(ReplaceError);
    expect(() => replaceChecked("<html lang=en>", /<html>/, "", {file: "dist/index.html"})).toThrow(
      "dist/index.html: expected 1 match of /<html>/, found 0"
    );
  });

  it("throws when the pattern is found more often than expected", () => {
    expect(() => replaceChecked("a-b-c", "-", "+", {file: "worker.js"})).toThrow(
      'worker.js: expected 1 match of "-", found 2'
    );
  });

  it("counts a RegExp as global and a string literally", () => {
    expect(countMatches("a.b.c", ".")).toBe(2);
    expect(countMatches("a.b.c", /./)).toBe(5);
    expect(countMatches("abc", "")).toBe(0);
  });
});

describe("the DuckDB-WASM worker patch", () => {
  const worker = readFileSync(`node_modules/@duckdb/duckdb-wasm/dist/${WORKER}`, "utf8");

  it("applies to the installed worker", () => {
    expect(patchWorker(worker)).toContain("instantiateStreaming)if(false){");
  });

  it("stops when the worker no longer has the code it patches", () => {
    const changed = worker.replace('if(typeof TransformStream=="function"){', "if(true){");
    expect(() => patchWorker(changed, "duckdb-browser-eh.worker.js")).toThrow(
      /duckdb-browser-eh\.worker\.js: .*found 0/
    );
  });
});
