// npm run bench: build time and how it grows with data size, dist size, and per page in Chromium (loopback,
// cold cache, median of BENCH_RUNS runs, 5 unless set), as ratios to a floor page measured in the same run (see
// floor-page.ts): when the first view is drawn, bytes before it,
// when the charts are interactive, and DuckDB-WASM query times of the charts and of the SQL explorer's examples.
// Prints the targets beside the measurements; exits 1 when one is missed. `npm run bench -- --pages` skips the
// build and loader part and measures the dist/ that is there; BOORDTABEL_SITE names another built folder to
// measure (an older build, for a before/after in the same run conditions). BENCH_PAGES (a regular expression)
// measures only the pages whose path it matches, e.g. "^/(sql|werk|doorstroom)"; BENCH_READ_MS keeps the first of
// the two visits of a second-visit measurement open that long after it is ready, as a reader who reads the page.
import {launchChromium} from "../tools/browser.js";
import {serveStatic} from "../tools/serve.js";
import {listPages} from "../test/browser/site.js";
import {directorySize, measureBuild, measureLoader} from "./build-metrics.js";
import {findEngineFiles, FLOOR_PATH, floorPage} from "./floor-page.js";
import type {PageLoad, SecondVisit, Visit} from "./page-metrics.js";
import {coldAndWarmVisits, coldVisit, loadPage} from "./page-metrics.js";
import {formatKB, formatMs, median, Report, slowestMedian} from "./report.js";
import type {ExplorerLoad} from "./sql-metrics.js";
import {timeExamples} from "./sql-metrics.js";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const site = process.env.BOORDTABEL_SITE ?? "dist";
const pageFilter = new RegExp(process.env.BENCH_PAGES ?? "");
const readMs = Number(process.env.BENCH_READ_MS ?? 0);
const pagesOnly = process.argv.includes("--pages");
const QUERY_TARGET = 100;
const report = new Report();
const reportQueries = (label: string, ms: number) =>
  report.row(label, `${ms.toFixed(1)} ms`, `< ${QUERY_TARGET} ms`, ms < QUERY_TARGET);
report.header();

if (!pagesOnly) {
  const seconds = measureBuild();
  report.row("build: npm run build (PNG cache as found)", `${seconds.toFixed(1)} s`, "report");
  for (const rows of [10_000, 100_000, 1_000_000]) {
    const label = `loader: synthetic table, ${rows.toLocaleString("nl-BE")} rows`;
    report.row(label, `${measureLoader(rows).toFixed(2)} s`, "report");
  }
}
report.row("dist size (uncompressed)", `${(directorySize(site) / 1e6).toFixed(1)} MB`, "report");

const floorHtml = floorPage(findEngineFiles(site));
const server = await serveStatic(site, {overlay: {[FLOOR_PATH]: floorHtml}});
const browser = await launchChromium();
const url = (path: string) => `${server.origin}${path}`;
try {
  const pages = listPages(site).filter((p) => !p.startsWith("/embed/") && pageFilter.test(p));
  // Round robin: every run measures the floor, then each page, so a machine that slows down mid-run (two
  // shared cores) weighs on the floor and the pages alike, and the ratios stay fair.
  const floors: Visit[] = [];
  const warmFloors: SecondVisit[] = [];
  const loads = new Map<string, PageLoad[]>(pages.map((p) => [p, []]));
  const warm = new Map<string, SecondVisit[]>();
  const explorer: ExplorerLoad[] = [];
  for (let i = 0; i < runs; ++i) {
    // The cold floor as the chart pages' cold loads are measured (loadPage: incognito, cache off); its second
    // visit in a persistent profile, as the pages' second visits.
    floors.push(await coldVisit(browser, url(FLOOR_PATH), "floor", server));
    warmFloors.push((await coldAndWarmVisits(url(FLOOR_PATH), "floor", server, readMs)).warm);
    for (const path of pages) {
      const load = await loadPage(browser, url(path), server);
      loads.get(path)!.push(load);
      if (load.interactive !== undefined) {
        const visits = await coldAndWarmVisits(url(path), "charts", server, readMs);
        warm.set(path, [...(warm.get(path) ?? []), visits.warm]);
      }
    }
    if (pages.includes("/sql")) explorer.push(await timeExamples(browser, url("/sql"), server));
  }

  const floorMs = median(floors.map((f) => f.ms));
  report.row("floor: bare DuckDB-WASM page, query answered", formatMs(floorMs), "report");
  report.row("floor: bytes", formatKB(median(floors.map((f) => f.bytes))), "report");
  const floorInstantiated = median(floors.map((f) => f.instantiated));
  report.row("floor: of which DuckDB instantiated", formatMs(floorInstantiated), "report");
  const floorAfter = median(floors.map((f) => f.ms - f.instantiated));
  report.row("floor: second visit (warm cache)", formatMs(median(warmFloors.map((f) => f.ms))), "report");
  reportCodeCache("floor", warmFloors);
  const ratio = (ms: number) => `${(ms / floorMs).toFixed(2).replace(".", ",")}× (${formatMs(ms)})`;
  for (const path of pages) {
    const pageLoads = loads.get(path)!;
    const kind = pageLoads[0].kind;
    const what = kind === "cards" ? "cards drawn" : kind === "chart" ? "first chart drawn" : "content drawn (no chart)";
    const target = kind === "cards" ? 500 : 1000;
    const first = median(pageLoads.map((l) => l.firstView));
    report.row(`${path}: ${what}`, formatMs(first), `≤ ${target} ms`, first <= target);
    const bytes = median(pageLoads.map((l) => l.bytesBeforeFirstView));
    report.row(`${path}: bytes before that`, formatKB(bytes), "≤ 500 kB", bytes <= 500_000);
    if (pageLoads[0].interactive === undefined) continue;
    const interactive = median(pageLoads.map((l) => l.interactive!));
    report.row(
      `${path}: every chart interactive / floor`,
      ratio(interactive),
      "≤ 1,15×",
      interactive <= 1.15 * floorMs
    );
    report.row(`${path}: bytes until interactive`, formatKB(median(pageLoads.map((l) => l.bytes!))), "report");
    const second = median(warm.get(path)!.map((v) => v.ms));
    report.row(`${path}: second visit interactive / floor`, ratio(second), "≤ 0,5×", second <= 0.5 * floorMs);
    report.row(`${path}: second visit bytes`, formatKB(median(warm.get(path)!.map((v) => v.bytes))), "report");
    reportCodeCache(path, warm.get(path)!);
    // Where a page's time goes beside the floor's: DuckDB instantiated later (the page's own work competes for
    // the cores while the engine downloads and compiles), then the tables, the queries and the drawing.
    const instantiated = median(pageLoads.map((l) => l.instantiated!));
    const lateBy = `${formatMs(instantiated)} (floor + ${formatMs(instantiated - floorInstantiated)})`;
    report.row(`${path}: of which DuckDB instantiated`, lateBy, "report");
    report.row(`${path}: of which chart code loaded`, formatMs(median(pageLoads.map((l) => l.chartCode!))), "report");
    const after = median(pageLoads.map((l) => l.interactive! - l.instantiated!));
    report.row(
      `${path}: DuckDB instantiated → interactive`,
      `${formatMs(after)} (floor: ${formatMs(floorAfter)})`,
      "report"
    );
    reportQueries(`${path}: slowest chart query (DuckDB)`, slowestMedian(pageLoads.map((l) => l.queries)));
    if (pageLoads[0].periodQueries.length)
      reportQueries(`${path}: slowest period change query`, slowestMedian(pageLoads.map((l) => l.periodQueries)));
  }
  if (explorer.length) {
    const first = median(explorer.map((e) => e.firstResult));
    report.row("/sql: first example's result / floor", ratio(first), "≤ 1,2×", first <= 1.2 * floorMs);
    report.row("/sql: bytes until then", formatKB(median(explorer.map((e) => e.bytes))), "report");
    const examples = explorer.map((e) => e.examples.map((t) => t.ms));
    reportQueries(`/sql: slowest of ${examples[0].length} example queries`, slowestMedian(examples));
    report.row("/sql: warm-up after the first result", formatMs(median(explorer.map((e) => e.warmUp))), "report");
  }
} finally {
  await browser.close();
  await server.close();
}
report.note(`medians of ${runs} runs; page times in ms since navigation on the page's own clock`);
if (readMs) report.note(`second visits: the first page stayed open ${readMs} ms after it was ready (BENCH_READ_MS)`);
if (report.misses.length) {
  console.error(`\n${report.misses.length} target(s) missed:\n${report.misses.join("\n")}`);
  process.exitCode = 1;
}

/** What the second visits found in Chromium's code caches (why a second visit compiles the engine again, or not). */
function reportCodeCache(label: string, visits: SecondVisit[]) {
  const kB = (values: number[]) => values.map((bytes) => (bytes / 1000).toFixed(0)).join("/");
  const before = `${kB(visits.map((v) => v.wasmCodeCache))} | ${kB(visits.map((v) => v.jsCodeCache))}`;
  const after = `${kB(visits.map((v) => v.after.wasm))} | ${kB(visits.map((v) => v.after.js))}`;
  report.row(`${label}: kB code cache (wasm | js) before 2nd visit`, before, "per run");
  report.row(`${label}: kB code cache (wasm | js) after it`, after, "per run");
}
