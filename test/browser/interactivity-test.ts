// No dead control, in Chromium on the built site: a period chosen before DuckDB-WASM is ready shows that it waits
// and is applied after; a link whose period has no figures draws the whole series and says so; a query submitted in the SQL explorer while DuckDB loads says it is queued and then runs;
// a runaway query is stopped with the stop button and the next query runs; pages read the Arrow snapshots and
// load no Parquet decoder. "Before DuckDB is ready" is made certain, not raced: the test holds the Arrow
// snapshots' responses until it has checked the waiting state (the engine needs them to be ready).
// The tests run concurrently, each in a browser context of its own: they mostly wait on DuckDB-WASM.
// BOORDTABEL_SITE names another built folder than dist/ (used to show these checks fail on an older build).
import type {BrowserContext, Page, Route} from "playwright-core";
import {afterAll, beforeAll, describe, it} from "vitest";
import {launchChromium} from "../../tools/browser.js";
import {serveStatic} from "../../tools/serve.js";
import type {StaticServer} from "../../tools/serve.js";
import {watchPage} from "./site.js";

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  server = await serveStatic(process.env.BOORDTABEL_SITE ?? "dist");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// DuckDB-WASM starting on a busy two-core machine takes seconds.
const timeout = 180_000;

/** Holds every Arrow snapshot response until release() is called. */
async function holdSnapshots(context: BrowserContext) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await context.route(/\.arrow$/, async (route: Route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return {release, held};
}

async function withPage<T>(run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const sqlState = (page: Page) => page.locator(".sql-result").getAttribute("data-state");

async function sqlSettled(page: Page, states = ["done", "error"]) {
  await page.waitForFunction(
    (wanted) => wanted.includes(document.querySelector<HTMLElement>(".sql-result")?.dataset.state ?? ""),
    states,
    {timeout}
  );
  return sqlState(page);
}

describe("no dead control", () => {
  it.concurrent(
    "shows a period chosen before DuckDB is ready as waiting, then applies it",
    async ({expect}) => {
      await withPage(async (page, context) => {
        const problems = watchPage(page, server.origin);
        const {release, held} = await holdSnapshots(context);
        await page.goto(`${server.origin}/werkzaamheid`);
        const frame = page.locator("figure[data-chart='eak-kloof']");
        const from = frame.locator(".period-selector select[name='van']");
        await from.waitFor({timeout});
        const years = await from.locator("option").allTextContents();
        await expect.poll(() => held.length, {timeout}).toBeGreaterThan(0);
        await from.selectOption(years[1]);
        // Waiting, visibly: DuckDB cannot be ready while its tables are held back.
        expect(await frame.getAttribute("data-state")).toBe("static");
        expect(await frame.getAttribute("data-pending")).toBe("period");
        expect(await frame.getAttribute("aria-busy")).toBe("true");
        expect(await frame.locator(".chart-frame__pending").textContent()).toContain(
          `Periode ${years[1]}-${years[years.length - 1]}: wordt toegepast zodra de gegevens geladen zijn`
        );
        expect(page.url()).toContain(`eak-kloof=${years[1]}-${years[years.length - 1]}`);
        release();
        await page.waitForFunction(
          () => {
            const f = document.querySelector<HTMLElement>("figure[data-chart='eak-kloof']")!;
            return f.dataset.state === "interactive" && f.dataset.pending === undefined;
          },
          undefined,
          {timeout}
        );
        expect(await frame.getAttribute("aria-busy")).toBeNull();
        expect(await frame.locator(".chart-frame__pending").textContent()).toBe("");
        // Applied: the table behind the chart no longer has the first year, and the selector still shows the choice.
        const cells = await frame.locator(".chart-frame__table table").locator("th, td").allTextContents();
        expect(cells.map((c) => c.trim())).not.toContain(years[0]);
        expect(cells.map((c) => c.trim())).toContain(years[1]);
        expect(await from.inputValue()).toBe(years[1]);
        expect(problems).toEqual({consoleErrors: [], failedRequests: [], foreignRequests: []});
      });
    },
    timeout
  );

  it.concurrent(
    "draws the whole series for a link whose period has no figures, and says so",
    async ({expect}) => {
      await withPage(async (page) => {
        const problems = watchPage(page, server.origin);
        await page.goto(`${server.origin}/collectief-maatwerk?cmw-contingent-jaar=2030-2040`);
        const frame = page.locator("figure[data-chart='cmw-contingent-jaar']");
        await page.waitForFunction(
          () =>
            document.querySelector<HTMLElement>("figure[data-chart='cmw-contingent-jaar']")?.dataset.state ===
            "interactive",
          undefined,
          {timeout}
        );
        expect(await frame.locator(".chart-frame__pending").textContent()).toContain(
          "De periode ‘2030-2040’ uit de link valt niet binnen de jaren met cijfers (2019-2023)"
        );
        expect(await frame.locator(".period-selector select[name='van']").inputValue()).toBe("2019");
        expect(await frame.locator(".period-selector select[name='tot']").inputValue()).toBe("2023");
        expect(await frame.locator(".chart-frame__plot svg g[aria-label='dot'] > *").count()).toBe(5);
        expect(page.url()).not.toContain("cmw-contingent-jaar=");
        expect(problems).toEqual({consoleErrors: [], failedRequests: [], foreignRequests: []});
      });
    },
    timeout
  );

  it.concurrent(
    "queues a query submitted while DuckDB loads, says so, then runs it",
    async ({expect}) => {
      await withPage(async (page, context) => {
        const {release, held} = await holdSnapshots(context);
        await page.goto(`${server.origin}/sql`);
        await expect.poll(() => held.length, {timeout}).toBeGreaterThan(0);
        await page.getByLabel("SQL-query", {exact: true}).fill("SELECT 42 AS antwoord");
        await page.getByRole("button", {name: "Uitvoeren"}).click();
        expect(await sqlState(page)).toBe("queued");
        expect(await page.locator(".sql-result").getAttribute("aria-busy")).toBe("true");
        expect(await page.locator(".sql-explorer__status").textContent()).toContain("DuckDB wordt geladen");
        release();
        expect(await sqlSettled(page)).toBe("done");
        expect(await page.locator(".sql-result table").textContent()).toContain("42");
        // The time shown is the query's own: the wait for DuckDB (seconds, held here) is not in it.
        const ms = Number(await page.locator(".sql-result").getAttribute("data-query-ms"));
        expect(ms).toBeLessThan(5_000);
        expect(await page.locator(".sql-explorer__status").textContent()).toMatch(/^Klaar: 1 rij in \d+ ms\.$/);
      });
    },
    timeout
  );

  it.concurrent(
    "stops a runaway query with the stop button, restarts DuckDB, and runs the next query",
    async ({expect}) => {
      await withPage(async (page) => {
        const problems = watchPage(page, server.origin);
        await page.goto(`${server.origin}/sql`);
        expect(await sqlSettled(page)).toBe("done");
        await expect(page.locator(".sql-explorer__limit").textContent()).resolves.toContain("stopt vanzelf na 30 s");
        await page.getByLabel("SQL-query", {exact: true}).fill("SELECT sum(hash(range)) FROM range(20000000000)");
        await page.getByRole("button", {name: "Uitvoeren"}).click();
        await page.waitForFunction(
          () => document.querySelector<HTMLElement>(".sql-result")?.dataset.state === "running"
        );
        await page.getByRole("button", {name: "Stoppen"}).click();
        expect(await sqlSettled(page, ["stopped"])).toBe("stopped");
        await page.waitForFunction(
          () => document.querySelector(".sql-explorer__status")?.textContent?.includes("opnieuw klaar"),
          undefined,
          {timeout}
        );
        await page.getByLabel("SQL-query", {exact: true}).fill("SELECT 6 * 7 AS antwoord");
        await page.getByRole("button", {name: "Uitvoeren"}).click();
        expect(await sqlSettled(page)).toBe("done");
        expect(await page.locator(".sql-result table").textContent()).toContain("42");
        expect(await page.getByRole("button", {name: "Stoppen"}).isHidden()).toBe(true);
        expect(problems).toEqual({consoleErrors: [], failedRequests: [], foreignRequests: []});
      });
    },
    timeout
  );
});

describe("what a page loads", () => {
  it.concurrent(
    "reads the Arrow snapshots, loads no Parquet decoder, and gets the engine under a hashed, cacheable name",
    async ({expect}) => {
      await withPage(async (page) => {
        const responses: {url: string; headers: Record<string, string>}[] = [];
        page.on("response", (r) => responses.push({url: r.url(), headers: r.headers()}));
        await page.goto(`${server.origin}/collectief-maatwerk`);
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll<HTMLElement>("figure.chart-frame")].every(
              (f) => f.dataset.state === "interactive"
            ),
          undefined,
          {timeout}
        );
        const urls = responses.map((r) => r.url);
        expect(urls.filter((u) => /\.arrow$/.test(u)).length).toBeGreaterThan(0);
        expect(urls.filter((u) => /parquet/.test(u))).toEqual([]);
        const wasm = responses.find((r) => /\.wasm$/.test(r.url));
        expect(wasm?.url).toMatch(/\/duckdb-eh\.[0-9a-f]{8}\.wasm$/);
        expect(wasm?.headers["cache-control"]).toContain("immutable");
        expect(wasm?.headers["content-type"]).toBe("application/wasm");
        expect(wasm?.headers["content-encoding"]).toBe("br");
      });
    },
    timeout
  );
});
