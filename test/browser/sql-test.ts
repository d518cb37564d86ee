// The SQL explorer in Chromium over the real snapshots in DuckDB-WASM: a bad query shows DuckDB's error and
// the page keeps working, a good query gives a table in nl-BE numbers with a CSV download, a result that looks
// like HTML stays text, Ctrl+Enter runs the query, and axe finds no violation once a result and its quick chart
// are shown. Waits on the result's data-state, never on a timer.
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, it} from "vitest";
import {axeViolations, openSite, watchPage} from "./site.js";

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const result = ".sql-result";
// Opening the page decodes every snapshot and starts DuckDB-WASM: seconds on a quiet machine, more when busy.
const timeout = 180_000;

/** Resolves when the last query has finished, with its state (done or error). */
async function settled(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    (selector) => {
      const state = document.querySelector<HTMLElement>(selector)?.dataset.state;
      return state === "done" || state === "error" ? state : false;
    },
    result,
    {timeout}
  );
  return (await handle.jsonValue()) as string;
}

/** Types a query and presses Uitvoeren; the click sets data-state="running" before it returns. */
async function run(page: Page, sql: string): Promise<string> {
  await page.getByLabel("SQL-query", {exact: true}).fill(sql);
  await page.getByRole("button", {name: "Uitvoeren"}).click();
  return settled(page);
}

describe("the SQL explorer", () => {
  it.concurrent(
    "reports a bad query, then runs good ones, as text, with a CSV download",
    async ({expect}) => {
      const page = await site.newPage();
      const problems = watchPage(page, site.server.origin);
      await page.goto(`${site.server.origin}/sql`);
      // The page opens with the first example over all snapshots.
      expect(await settled(page)).toBe("done");

      expect(await run(page, "SELEC year FROM eak_werkzaamheid")).toBe("error");
      const alert = page.locator(`${result} [role=alert]`);
      await expect(alert.isVisible()).resolves.toBe(true);
      const message = await alert.innerText();
      expect(message).toContain("De query kon niet worden uitgevoerd");
      expect(message).toMatch(/Parser Error/);

      const gap = `SELECT year, value FROM eak_werkzaamheid WHERE "group" = 'kloof' AND shown = 'ja' ORDER BY year`;
      expect(await run(page, gap)).toBe("done");
      expect(await page.locator(`${result} [role=alert]`).count()).toBe(0);
      const cells = await page.locator(`${result} td`).allInnerTexts();
      expect(cells).toContain("29,5");
      expect(cells).toContain("2023");
      expect(await page.locator(`${result} caption`).innerText()).toMatch(/^Resultaat: \d+ rijen$/);
      // Two columns with years: a quick line chart.
      expect(await page.locator(`${result} figure svg g[aria-label='line']`).count()).toBe(1);
      // The page with a result, its table and its quick chart stays within WCAG 2.1 AA.
      expect(await axeViolations(page)).toEqual([]);
      const csv = page.locator(`${result} a[download]`);
      expect(await csv.getAttribute("href")).toMatch(/^blob:/);
      const text = await csv.evaluate(async (a: HTMLAnchorElement) => (await fetch(a.href)).text());
      expect(text.split("\r\n")[0]).toBe("year,value");
      expect(text).toContain("2023,29.5\r\n");

      const payload = "<img src=x onerror=alert(1)>";
      expect(await run(page, `SELECT '${payload}' AS x`)).toBe("done");
      expect(await page.locator(`${result} td`).first().innerText()).toBe(payload);
      expect(await page.locator("img").count()).toBe(0);

      // Ctrl+Enter in the box runs the query too.
      await page.getByLabel("SQL-query", {exact: true}).fill("SELECT 42 AS antwoord");
      await page.getByLabel("SQL-query", {exact: true}).press("Control+Enter");
      await page.waitForFunction(() => document.querySelector(".sql-result td")?.textContent === "42");

      expect(problems).toEqual({consoleErrors: [], failedRequests: [], foreignRequests: []});
      await page.close();
    },
    timeout
  );

  it.concurrent(
    "lists every table with its columns, and the examples run",
    async ({expect}) => {
      const page = await site.newPage();
      await page.goto(`${site.server.origin}/sql`);
      await settled(page);
      await page.locator(".sql-catalogue").waitFor();
      const tables = await page.locator(".sql-catalogue summary code").allInnerTexts();
      expect(tables).toContain("eak_werkzaamheid");
      expect(tables).toContain("cmw_kwartaal");
      for (const button of await page.locator(".sql-explorer__examples button").all()) {
        await button.click();
        expect(await settled(page), await button.innerText()).toBe("done");
        expect(await page.locator(".sql-result tbody tr").count()).toBeGreaterThan(0);
      }
      await page.close();
    },
    timeout
  );
});
