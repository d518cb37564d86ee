// One cold page load in Chromium: when the first view (Overzicht cards, first chart, or the content of a page
// without charts) is drawn, how many bytes came over the wire before it, when every chart is interactive, and
// the DuckDB-WASM time of each chart's query.
import {fileURLToPath} from "node:url";
import type {Browser, Page} from "playwright-core";

const probe = fileURLToPath(new URL("./first-view-probe.js", import.meta.url));

export interface PageLoad {
  kind: "cards" | "chart" | "content";
  firstView: number;
  bytesBeforeFirstView: number;
  /** ms since navigation until every chart frame is interactive; undefined on a page without charts. */
  interactive?: number;
  /** ms DuckDB-WASM spent on its warm-up queries before the charts' queries (part of `interactive`). */
  warmUp?: number;
  /** DuckDB-WASM ms per chart query (one per chart on first view). */
  queries: number[];
  /** DuckDB-WASM ms of the query a reader starts by choosing another period, per chart that has a selector. */
  periodQueries: number[];
}

export async function loadPage(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext(); // a new context starts with an empty cache
  try {
    await context.addInitScript({path: probe});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
    await page.goto(url, {waitUntil: "commit"});
    const first = (await page.evaluate("window.__benchFirstView")) as {kind: PageLoad["kind"]; ms: number};
    const bytes = (await page.evaluate(`window.__benchBytesBy(${first.ms})`)) as number;
    const charts = await page.locator("figure.chart-frame").count();
    if (!charts)
      return {kind: first.kind, firstView: first.ms, bytesBeforeFirstView: bytes, queries: [], periodQueries: []};
    // Polled every animation frame: the value is the page's clock when it first saw every frame interactive.
    // (A function, not a string: the page's Content-Security-Policy forbids evaluating strings.)
    const ready = await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>("figure.chart-frame")].every((f) => f.dataset.state !== "static") &&
        performance.now(),
      undefined,
      {timeout: 120_000}
    );
    const interactive = (await ready.jsonValue()) as number;
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
      warmUp: Number(await page.evaluate(() => document.documentElement.dataset.duckdbWarmUpMs)),
      queries: states.map(([, , ms]) => ms),
      periodQueries: await choosePeriods(page)
    };
  } finally {
    await context.close();
  }
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
