// The SQL explorer: once DuckDB-WASM has the data, every example question is run from its button and the
// explorer's own measurement of DuckDB's time (data-query-ms on the result) is read back.
import type {Browser} from "playwright-core";

export interface ExampleTiming {
  example: string;
  ms: number;
}

export async function timeExamples(browser: Browser, url: string): Promise<ExampleTiming[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const result = page.locator(".sql-result");
    // (Functions, not strings: the page's Content-Security-Policy forbids evaluating strings.)
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>(".sql-result")?.dataset.state === "done",
      undefined,
      {timeout: 120_000}
    );
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
    return timings;
  } finally {
    await context.close();
  }
}
