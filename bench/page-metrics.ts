// One cold page load in Chromium: when the first view (Overzicht cards, first chart, or the content of a page
// without charts) is drawn, how many bytes came over the wire before it, when every chart is interactive, and
// the DuckDB-WASM time of each chart's query.
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {launchPersistentChromium} from "../tools/browser.js";
import {directorySize} from "./build-metrics.js";
import type {StaticServer} from "../tools/serve.js";

const probe = fileURLToPath(new URL("./first-view-probe.js", import.meta.url));

export interface PageLoad {
  kind: "cards" | "chart" | "content";
  firstView: number;
  bytesBeforeFirstView: number;
  /** ms since navigation until every chart frame is interactive; undefined on a page without charts. */
  interactive?: number;
  /** Bytes the server sent for the page until then, the DuckDB worker's requests included. */
  bytes?: number;
  /** ms since navigation until DuckDB-WASM was instantiated, and until the chart code (Plot, d3, definitions) had
   * loaded: where the time before `interactive` went (marks written by the engine and boot.ts). */
  instantiated?: number;
  chartCode?: number;
  /** DuckDB-WASM ms per chart query (one per chart on first view). */
  queries: number[];
  /** DuckDB-WASM ms of the query a reader starts by choosing another period, per chart that has a selector. */
  periodQueries: number[];
}

export async function loadPage(browser: Browser, url: string, server: StaticServer): Promise<PageLoad> {
  const context = await browser.newContext(); // a new context starts with an empty cache
  try {
    await context.addInitScript({path: probe});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
    const bytesBefore = server.bytesSent();
    await page.goto(url, {waitUntil: "commit"});
    const first = (await page.evaluate("window.__benchFirstView")) as {kind: PageLoad["kind"]; ms: number};
    const bytes = (await page.evaluate(`window.__benchBytesBy(${first.ms})`)) as number;
    const charts = await page.locator("figure.chart-frame").count();
    if (!charts)
      return {kind: first.kind, firstView: first.ms, bytesBeforeFirstView: bytes, queries: [], periodQueries: []};
    // Polled every animation frame: the value is the page's clock when it first saw every frame interactive.
    // (A function, not a string: the page's Content-Security-Policy forbids evaluating strings.)
    const interactive = await timeUntilReady(page, "charts");
    const bytesSent = server.bytesSent() - bytesBefore;
    const states = (await page.evaluate(
      "[...document.querySelectorAll('figure.chart-frame')].map((f) => [f.dataset.chart, f.dataset.state, Number(f.dataset.queryMs)])"
    )) as [string, string, number][];
    const failed = states.filter(([, state]) => state !== "interactive");
    if (failed.length) throw new Error(`${url}: charts not interactive: ${failed.map(([id]) => id).join(", ")}`);
    return {
      kind: first.kind,
      firstView: first.ms,
      bytesBeforeFirstView: bytes,
      interactive,
      bytes: bytesSent,
      instantiated: await markTime(page, "engine:instantiated"),
      chartCode: await markTime(page, "page:chart-code"),
      queries: states.map(([, , ms]) => ms),
      periodQueries: await choosePeriods(page)
    };
  } finally {
    await context.close();
  }
}

/** When the page marked `name` (performance.mark), on its own clock. */
export async function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark, "mark")[0]?.startTime ?? NaN, name);
}

/** For every chart with a period selector: start the period a year later, as a reader would, and read the time. */
async function choosePeriods(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (const frame of await page.locator("figure.chart-frame:has(.period-selector)").all()) {
    const from = frame.locator(".period-selector select").first();
    const second = await from.locator("option").nth(1).getAttribute("value");
    await frame.evaluate((f) => delete (f as HTMLElement).dataset.queryMs);
    await from.selectOption(second!);
    await frame.locator("xpath=self::*[@data-query-ms]").waitFor({timeout: 30_000});
    times.push(Number(await frame.getAttribute("data-query-ms")));
  }
  return times;
}

/** What "ready" means: every chart frame interactive, the floor page's query answered, the SQL result shown. */
export type Readiness = "charts" | "floor" | "sql";

/**
 * The page's clock when it was first seen ready, polled every animation frame (the same way for every kind of
 * page, so the ratios compare like with like). Functions, not strings: the site's Content-Security-Policy
 * forbids evaluating strings.
 */
export async function timeUntilReady(page: Page, readiness: Readiness): Promise<number> {
  const ready = await page.waitForFunction(
    (kind) => {
      const root = document.documentElement.dataset;
      if (kind === "floor") {
        if (root.floorError) throw new Error(`floor page: ${root.floorError}`);
        return root.floorMs !== undefined && performance.now();
      }
      if (kind === "sql") {
        const state = document.querySelector<HTMLElement>(".sql-result")?.dataset.state;
        if (state === "error") throw new Error("SQL explorer: the first query failed");
        return state === "done" && performance.now();
      }
      const frames = [...document.querySelectorAll<HTMLElement>("figure.chart-frame")];
      const failed = frames.find((f) => f.dataset.state === "error");
      if (failed) throw new Error(`chart ${failed.dataset.chart}: ${failed.textContent}`);
      // Not before the document is parsed: an empty list of frames is not a page whose charts are ready.
      const parsed = document.readyState !== "loading" && frames.length > 0;
      return parsed && frames.every((f) => f.dataset.state === "interactive") && performance.now();
    },
    readiness,
    {timeout: 120_000, polling: "raf"}
  );
  return (await ready.jsonValue()) as number;
}

export interface Visit {
  ms: number;
  bytes: number;
  /** When DuckDB-WASM was instantiated (the floor page marks it too). */
  instantiated: number;
}

async function visit(
  context: BrowserContext,
  url: string,
  readiness: Readiness,
  server: StaticServer,
  cache = true,
  readMs = 0
): Promise<Visit> {
  const page = await context.newPage();
  try {
    if (!cache) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
    }
    const before = server.bytesSent();
    await page.goto(url, {waitUntil: "commit"});
    const ms = await timeUntilReady(page, readiness);
    const bytes = server.bytesSent() - before;
    const instantiated = await markTime(page, "engine:instantiated");
    if (readMs) await page.waitForTimeout(readMs);
    return {ms, bytes, instantiated};
  } finally {
    await page.close();
  }
}

/** A first visit the way loadPage() makes it: a new (incognito) context, the browser's cache switched off. */
export async function coldVisit(browser: Browser, url: string, readiness: Readiness, server: StaticServer) {
  const context = await browser.newContext();
  try {
    return await visit(context, url, readiness, server, false);
  } finally {
    await context.close();
  }
}

/** What a second visit found: the visit, and the compiled code Chromium had kept from the first one. */
export interface SecondVisit extends Visit {
  /** Bytes in the profile's WebAssembly code cache when the second visit started (0: the engine compiles again). */
  wasmCodeCache: number;
  /** The same for JavaScript. */
  jsCodeCache: number;
  /** Both again after the second visit: a check that the bench looks in the right place (V8 keeps JavaScript
   * only from a script's second load on). */
  after: {wasm: number; js: number};
}

/**
 * A first visit with an empty cache, then a second visit to the same address, the way a reader's browser makes
 * them: one Chromium profile on disk (a fresh one per call, so the first visit is cold), where the HTTP cache and
 * the code caches the browser keeps beside it outlive the first page. Not an incognito context: Chromium keeps no
 * code cache for those (see tools/browser.ts). The first page is closed before the second opens, as when a reader
 * comes back later; `readMs` keeps it open that long after it is ready (a reader reading it) first. V8 writes a
 * WebAssembly module to the code cache only after it has optimised enough of it and then seen no new optimised
 * code for a while, so how long the first page lives decides whether the second visit compiles again: the
 * code-cache sizes say which happened.
 */
export async function coldAndWarmVisits(
  url: string,
  readiness: Readiness,
  server: StaticServer,
  readMs = 0
): Promise<{cold: Visit; warm: SecondVisit}> {
  const profile = mkdtempSync(join(tmpdir(), "bench-profile-"));
  const context = await launchPersistentChromium(profile);
  const cache = (kind: string) => {
    const dir = join(profile, "Default", "Code Cache", kind);
    return existsSync(dir) ? directorySize(dir) : 0;
  };
  try {
    const cold = await visit(context, url, readiness, server, true, readMs);
    const codeCache = {wasmCodeCache: cache("wasm"), jsCodeCache: cache("js")};
    const warm = await visit(context, url, readiness, server);
    return {cold, warm: {...warm, ...codeCache, after: {wasm: cache("wasm"), js: cache("js")}}};
  } finally {
    await context.close();
    rmSync(profile, {recursive: true, force: true});
  }
}
