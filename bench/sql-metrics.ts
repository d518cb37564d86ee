// The SQL explorer: once DuckDB-WASM has the data, every example question is run from its button and the
// explorer's own measurement of DuckDB's time (data-query-ms on the result) is read back. The examples are clicked
// once the explorer's warm-up (run after the first result, see src/components/sql/explorer.ts) is done, as by a
// reader who reads the first result first; how long the warm-up took is reported beside them.
import type {Browser} from "playwright-core";
import type {StaticServer} from "../tools/serve.js";
import {timeUntilReady} from "./page-metrics.js";

export interface ExampleTiming {
  example: string;
  ms: number;
}

export interface ExplorerLoad {
  /** ms since navigation until the first example's result is shown (cold cache). */
  firstResult: number;
  /** Bytes the server sent until then. */
  bytes: number;
  examples: ExampleTiming[];
  /** ms DuckDB spent on the warm-up queries after the first result (NaN if the page has none). */
  warmUp: number;
}

export async function timeExamples(browser: Browser, url: string, server: StaticServer): Promise<ExplorerLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
    const before = server.bytesSent();
    await page.goto(url, {waitUntil: "commit"});
    const firstResult = await timeUntilReady(page, "sql");
    const bytes = server.bytesSent() - before;
    const result = page.locator(".sql-result");
    const ids = await page
      .locator("[data-example]")
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.example!));
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>(".sql-result")!.dataset.warmUp !== "running",
      undefined,
      {
        timeout: 30_000
      }
    );
    const warmUp = Number((await result.getAttribute("data-warm-up-ms")) ?? NaN);
    const timings: ExampleTiming[] = [];
    for (const id of ids) {
      await result.evaluate((element) => delete (element as HTMLElement).dataset.queryMs);
      await page.locator(`[data-example="${id}"]`).click();
      await page.waitForFunction(
        () => {
          const {state, queryMs} = document.querySelector<HTMLElement>(".sql-result")!.dataset;
          return state === "done" && queryMs;
        },
        undefined,
        {timeout: 30_000}
      );
      timings.push({example: id, ms: Number(await result.getAttribute("data-query-ms"))});
    }
    return {firstResult, bytes, examples: timings, warmUp};
  } finally {
    await context.close();
  }
}
