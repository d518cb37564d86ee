// Build time of the real site, its size, and loader time on generated tables of growing size.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {buildSnapshots} from "../loaders/lib/snapshots.js";
import {writeSyntheticDataset} from "./synthetic-data.js";

export function directorySize(dir: string): number {
  return readdirSync(dir, {withFileTypes: true}).reduce((sum, e) => {
    const path = join(dir, e.name);
    return sum + (e.isDirectory() ? directorySize(path) : statSync(path).size);
  }, 0);
}

/** Seconds for `npm run build` (with whatever PNG cache the tree has; the bench says which). */
export function measureBuild(): number {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build", "--silent"], {stdio: "ignore"});
  if (result.status !== 0) throw new Error("npm run build failed");
  return (performance.now() - started) / 1000;
}

/** Loader seconds (read, validate, write Parquet) for a SYNTHETIC table of n rows in a temporary folder. */
export function measureLoader(rows: number): number {
  const root = mkdtempSync(join(tmpdir(), "boordtabel-bench-"));
  try {
    writeSyntheticDataset(join(root, "data"), rows);
    const started = performance.now();
    buildSnapshots(join(root, "data"), join(root, "out"), {buildDate: "2026-01-01"});
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}
