// The SQL explorer: once DuckDB-WASM has the data, every example question is run from its button and the
// explorer's own measurement of DuckDB's time (data-query-ms on the result) is read back.
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
    return {firstResult, bytes, examples: timings};
  } finally {
    await context.close();
  }
}
