import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

/** A package reference as found in registry and CDN addresses: name, optional version, path inside the package. */
export interface PackageRef {
  name: string;
  version?: string;
  path: string;
}

/**
 * Parses a jsDelivr-style path after "/npm/", such as
 *
 *   d3@7.9.0/+esm                              → {name: "d3", version: "7.9.0", path: "+esm"}
 *   @duckdb/duckdb-wasm@1.29.0/dist/x.wasm     → {name: "@duckdb/duckdb-wasm", version: "1.29.0", path: "dist/x.wasm"}
 *   parquet-wasm                               → {name: "parquet-wasm", version: undefined, path: ""}
 */
export function parsePackagePath(spec: string): PackageRef {
  const match = /^((?:@[^/@]+\/)?[^/@]+)(?:@([^/]+))?(?:\/(.*))?$/.exec(spec);
  if (!match) throw new Error(`not a package path: ${spec}`);
  return {name: match[1], version: match[2], path: match[3] ?? ""};
}

/**
 * Parses a registry address path: "/d3/latest", "/@observablehq/plot/latest" (a dist-tag look-up) or
 * "/apache-arrow" (all versions, used with a semver range).
 */
export function parseRegistryPath(pathname: string): {name: string; tag?: string} {
  const parts = decodeURIComponent(pathname).split("/").filter(Boolean);
  const scoped = parts[0]?.startsWith("@");
  const name = scoped ? `${parts[0]}/${parts[1]}` : parts[0];
  const tag = parts[scoped ? 2 : 1];
  if (!name) throw new Error(`not a registry path: ${pathname}`);
  return {name, tag};
}

/** The version installed at the top of node_modules, the one package-lock.json pins; undefined if absent. */
export function installedVersion(root: string, name: string): string | undefined {
  const file = join(root, "node_modules", name, "package.json");
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, "utf8")) as {version: string}).version;
}
