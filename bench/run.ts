// npm run bench: build time and how it grows with data size, dist size, and per page in Chromium (loopback,
// gzip, cold cache, median of BENCH_RUNS runs, 5 unless set): when the first view is drawn, bytes before it,
// when the charts are interactive, and DuckDB-WASM query times of the charts and of the SQL explorer's examples.
// Prints the targets beside the measurements; exits 1 when one is missed. `npm run bench -- --pages` skips the
// build and loader part and measures the dist/ that is there.
import {launchChromium} from "../tools/browser.js";
import {serveStatic} from "../tools/serve.js";
import {listPages} from "../test/browser/site.js";
import {directorySize, measureBuild, measureLoader} from "./build-metrics.js";
import type {PageLoad} from "./page-metrics.js";
import {loadPage} from "./page-metrics.js";
import {formatKB, formatMs, median, Report, slowestMedian} from "./report.js";
import {timeExamples} from "./sql-metrics.js";

const runs = Number(process.env.BENCH_RUNS ?? 5);
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
report.row("dist size (uncompressed)", `${(directorySize("dist") / 1e6).toFixed(1)} MB`, "report");

const server = await serveStatic("dist");
const browser = await launchChromium();
try {
  for (const path of listPages().filter((p) => !p.startsWith("/embed/"))) {
    const loads: PageLoad[] = [];
    for (let i = 0; i < runs; ++i) loads.push(await loadPage(browser, `${server.origin}${path}`));
    const kind = loads[0].kind;
    const what = kind === "cards" ? "cards drawn" : kind === "chart" ? "first chart drawn" : "content drawn (no chart)";
    const target = kind === "cards" ? 500 : 1000;
    const first = median(loads.map((l) => l.firstView));
    report.row(`${path}: ${what}`, formatMs(first), `≤ ${target} ms`, first <= target);
    const bytes = median(loads.map((l) => l.bytesBeforeFirstView));
    report.row(`${path}: bytes before that`, formatKB(bytes), "≤ 500 kB", bytes <= 500_000);
    if (loads[0].interactive === undefined) continue;
    report.row(`${path}: every chart interactive`, formatMs(median(loads.map((l) => l.interactive!))), "report");
    report.row(`${path}: of which DuckDB warm-up`, formatMs(median(loads.map((l) => l.warmUp!))), "report");
    reportQueries(`${path}: slowest chart query (DuckDB)`, slowestMedian(loads.map((l) => l.queries)));
    if (loads[0].periodQueries.length)
      reportQueries(`${path}: slowest period change query`, slowestMedian(loads.map((l) => l.periodQueries)));
  }
  if (listPages().includes("/sql")) {
    const all: number[][] = [];
    for (let i = 0; i < runs; ++i) all.push((await timeExamples(browser, `${server.origin}/sql`)).map((t) => t.ms));
    reportQueries(`/sql: slowest of ${all[0].length} example queries`, slowestMedian(all));
  }
} finally {
  await browser.close();
  await server.close();
}
report.note(`medians of ${runs} runs; page times in ms since navigation on the page's own clock`);
if (report.misses.length) {
  console.error(`\n${report.misses.length} target(s) missed:\n${report.misses.join("\n")}`);
  process.exitCode = 1;
}
