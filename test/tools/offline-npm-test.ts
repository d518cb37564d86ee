// The offline npm resolution of the build (tools/framework/offline-npm/): how registry and CDN addresses are parsed,
// that the versions it answers are the ones package-lock.json pins, and that it refuses every other host.
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {OfflineRequestError, createOfflineFetch, notInstalledVersion} from "../../tools/framework/offline-npm/fetch.js";
import {installedVersion, parsePackagePath, parseRegistryPath} from "../../tools/framework/offline-npm/specifier.js";

describe("parsePackagePath (jsDelivr paths after /npm/)", () => {
  it("splits name, version and path, scoped or not", () => {
    expect(parsePackagePath("d3@7.9.0/+esm")).toEqual({name: "d3", version: "7.9.0", path: "+esm"});
    expect(parsePackagePath("@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm")).toEqual({
      name: "@duckdb/duckdb-wasm",
      version: "1.29.0",
      path: "dist/duckdb-eh.wasm"
    });
    expect(parsePackagePath("parquet-wasm")).toEqual({name: "parquet-wasm", version: undefined, path: ""});
    expect(parsePackagePath("@observablehq/plot/dist/plot.umd.js")).toEqual({
      name: "@observablehq/plot",
      version: undefined,
      path: "dist/plot.umd.js"
    });
    expect(parsePackagePath("apache-arrow@^17.0.0/+esm")).toEqual({
      name: "apache-arrow",
      version: "^17.0.0",
      path: "+esm"
    });
  });

  it("refuses what is no package path", () => {
    expect(() => parsePackagePath("")).toThrow(/not a package path/);
    expect(() => parsePackagePath("@scope-only")).toThrow(/not a package path/);
  });
});

describe("parseRegistryPath", () => {
  it("reads the name and the dist-tag, scoped or not, encoded or not", () => {
    expect(parseRegistryPath("/d3/latest")).toEqual({name: "d3", tag: "latest"});
    expect(parseRegistryPath("/@observablehq/plot/latest")).toEqual({name: "@observablehq/plot", tag: "latest"});
    expect(parseRegistryPath("/@observablehq%2fplot")).toEqual({name: "@observablehq/plot", tag: undefined});
    expect(parseRegistryPath("/apache-arrow")).toEqual({name: "apache-arrow", tag: undefined});
  });

  it("refuses an empty path", () => {
    expect(() => parseRegistryPath("/")).toThrow(/not a registry path/);
  });
});

describe("installedVersion", () => {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {packages: Record<string, {version: string}>};
  const dependencies = Object.keys(
    (JSON.parse(readFileSync("package.json", "utf8")) as {dependencies: Record<string, string>}).dependencies
  );

  it("is, for every dependency of the site, the version package-lock.json pins", () => {
    for (const name of dependencies)
      expect(installedVersion(".", name), name).toBe(lock.packages[`node_modules/${name}`].version);
  });

  it("is undefined for a package that is not installed", () => {
    expect(installedVersion(".", "no-such-package-boordtabel")).toBeUndefined();
  });
});

describe("createOfflineFetch", () => {
  // A node_modules of one package, so the answers do not depend on what the project installs.
  const root = mkdtempSync(join(tmpdir(), "boordtabel-npm-"));
  mkdirSync(join(root, "node_modules/@scope/pkg/dist"), {recursive: true});
  writeFileSync(join(root, "node_modules/@scope/pkg/package.json"), JSON.stringify({version: "1.2.3"}));
  writeFileSync(join(root, "node_modules/@scope/pkg/dist/x.wasm"), "wasm");
  const passed: string[] = [];
  const offlineFetch = createOfflineFetch(root, async (input) => {
    passed.push(String(input));
    return new Response("loopback");
  });

  it("answers the registry with the installed version, or the placeholder for a package not installed", async () => {
    expect(await (await offlineFetch("https://registry.npmjs.org/@scope/pkg/latest")).json()).toEqual({
      name: "@scope/pkg",
      version: "1.2.3"
    });
    expect(await (await offlineFetch("https://registry.npmjs.org/@scope%2fpkg")).json()).toEqual({
      name: "@scope/pkg",
      versions: {"1.2.3": {}}
    });
    expect(await (await offlineFetch("https://registry.npmjs.org/left-pad/latest")).json()).toEqual({
      name: "left-pad",
      version: notInstalledVersion
    });
  });

  it("serves CDN files of the installed version only", async () => {
    const file = await offlineFetch("https://cdn.jsdelivr.net/npm/@scope/pkg@1.2.3/dist/x.wasm");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/wasm");
    expect(await file.text()).toBe("wasm");
    expect((await offlineFetch("https://cdn.jsdelivr.net/npm/@scope/pkg@1.2.4/dist/x.wasm")).status).toBe(404);
    expect((await offlineFetch("https://cdn.jsdelivr.net/npm/@scope/pkg@1.2.3/dist/y.wasm")).status).toBe(404);
    expect((await offlineFetch("https://cdn.jsdelivr.net/npm/left-pad@1.0.0/index.js")).status).toBe(404);
  });

  it("passes loopback through and refuses every other host", async () => {
    await offlineFetch("http://127.0.0.1:8080/x");
    expect(passed).toEqual(["http://127.0.0.1:8080/x"]);
    await expect(offlineFetch("https://fonts.googleapis.com/css")).rejects.toThrow(OfflineRequestError);
    await expect(offlineFetch("https://registry.npmjs.org.evil.example/d3/latest")).rejects.toThrow(
      /offline build: refused/
    );
  });
});
