// npm run bench: build time and how it grows with data size, dist size, and per page in Chromium (loopback,
// gzip, cold cache, median of 5 runs): time to the first chart, bytes before it, time until the charts are
// interactive, and DuckDB query time. Prints the targets beside the measurements; exits 1 when one is missed.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {buildSnapshots} from "../loaders/lib/snapshots.js";
import {launchChromium} from "../tools/browser.js";
import {serveStatic} from "../tools/serve.js";
import {listPages} from "../test/browser/site.js";
import {writeSyntheticDataset} from "./synthetic-data.js";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

function directorySize(dir: string): number {
  return readdirSync(dir, {withFileTypes: true}).reduce((sum, e) => {
    const path = join(dir, e.name);
    return sum + (e.isDirectory() ? directorySize(path) : statSync(path).size);
  }, 0);
}

function measureBuild(): number {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build", "--silent"], {stdio: "ignore"});
  if (result.status !== 0) throw new Error("npm run build failed");
  return (performance.now() - started) / 1000;
}

/** Loader time for a generated table of n rows (synthetic, in a temporary folder, never in data/). */
function measureLoader(rows: number): number {
  const root = mkdtempSync(join(tmpdir(), "boordtabel-bench-"));
  writeSyntheticDataset(join(root, "data"), rows);
  const started = performance.now();
  buildSnapshots(join(root, "data"), join(root, "out"), {buildDate: "2026-01-01"});
  return (performance.now() - started) / 1000;
}

interface PageRun {
  firstChart: number;
  bytesBeforeChart: number;
  interactive: number;
  queryMs: number;
}

async function measurePages() {
  const server = await serveStatic("dist");
  const browser = await launchChromium();
  const results = new Map<string, PageRun[]>();
  try {
    for (const path of listPages()) {
      if (path.startsWith("/embed/")) continue;
      const page_runs: PageRun[] = [];
      for (let i = 0; i < runs; ++i) {
        const context = await browser.newContext(); // a new context has an empty cache
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
        const finished: number[] = [];
        let chartSeen = Infinity;
        cdp.on("Network.loadingFinished", (e) => {
          if (performance.now() <= chartSeen) finished.push(e.encodedDataLength);
        });
        const started = performance.now();
        await page.goto(`${server.origin}${path}`, {waitUntil: "commit"});
        await page.waitForSelector("figure.chart-frame svg, .indicator-card, main h1", {timeout: 60_000});
        chartSeen = performance.now();
        const firstChart = chartSeen - started;
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll<HTMLElement>("figure.chart-frame")].every(
              (f) => f.dataset.state === "interactive"
            ),
          undefined,
          {timeout: 120_000}
        );
        const interactive = performance.now() - started;
        const queryMs = await page.evaluate(() =>
          Math.max(
            0,
            ...[...document.querySelectorAll<HTMLElement>("figure.chart-frame")].map((f) =>
              Number(f.dataset.queryMs ?? 0)
            )
          )
        );
        page_runs.push({firstChart, bytesBeforeChart: finished.reduce((a, b) => a + b, 0), interactive, queryMs});
        await context.close();
      }
      results.set(path, page_runs);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const failures: string[] = [];
function row(label: string, value: string, target: string, ok: boolean | undefined) {
  if (ok === false) failures.push(`${label}: ${value} (target ${target})`);
  console.log(
    `${label.padEnd(44)} ${value.padStart(12)}   ${target.padEnd(12)} ${ok === undefined ? "" : ok ? "ok" : "MISSED"}`
  );
}

console.log(`${"measurement".padEnd(44)} ${"value".padStart(12)}   ${"target".padEnd(12)}`);
const buildSeconds = measureBuild();
row("build: npm run build", `${buildSeconds.toFixed(1)} s`, "report", undefined);
row("dist size (uncompressed)", `${(directorySize("dist") / 1e6).toFixed(1)} MB`, "report", undefined);
for (const rows of [10_000, 100_000, 1_000_000]) {
  const seconds = measureLoader(rows);
  row(`loader: synthetic table, ${rows.toLocaleString("nl-BE")} rows`, `${seconds.toFixed(2)} s`, "report", undefined);
}
const pages = await measurePages();
for (const [path, page_runs] of pages) {
  const first = median(page_runs.map((r) => r.firstChart));
  const bytes = median(page_runs.map((r) => r.bytesBeforeChart));
  const target = path === "/" ? 500 : 1000;
  row(`${path}: first chart (median of ${runs})`, `${first.toFixed(0)} ms`, `≤ ${target} ms`, first <= target);
  row(`${path}: bytes before first chart`, kB(bytes), "≤ 500 kB", bytes <= 500_000);
  if (page_runs.some((r) => r.queryMs > 0)) {
    row(
      `${path}: charts interactive (DuckDB ready)`,
      `${median(page_runs.map((r) => r.interactive)).toFixed(0)} ms`,
      "report",
      undefined
    );
    const query = median(page_runs.map((r) => r.queryMs));
    row(`${path}: slowest chart query in DuckDB-WASM`, `${query.toFixed(1)} ms`, "< 100 ms", query < 100);
  }
}
if (failures.length) {
  console.error(`\n${failures.length} target(s) missed:\n${failures.join("\n")}`);
  process.exitCode = 1;
}
