import {readFileSync, readdirSync} from "node:fs";
import {createRequire} from "node:module";
import {join, relative} from "node:path";
import type {AxeResults, Result, RunOptions} from "axe-core";
import type {Browser, Page, Request} from "playwright-core";
import {launchChromium} from "../../tools/browser.js";
import {serveStatic} from "../../tools/serve.js";
import type {StaticServer} from "../../tools/serve.js";

/** Every page of the built site as a URL path: dist/werkzaamheid.html → /werkzaamheid. */
export function listPages(dir = "dist"): string[] {
  const pages: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      if (entry.name.startsWith("_") || entry.name === "data") continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".html") && entry.name !== "404.html")
        pages.push(
          `/${relative(dir, path)
            .replace(/\.html$/, "")
            .replace(/(^|\/)index$/, "")}`
        );
    }
  };
  visit(dir);
  return pages.sort();
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** The window the site tests open pages in (pages-test.ts resizes it to 720 and 390 px for the chart labels). */
export const viewport = {width: 1280, height: 900};

/**
 * Starts a loopback server for dist/ and one Chromium for every test of a file; close() ends both. newPage()
 * opens a tab in one browser context shared by the file's pages: as for a reader going from page to page, the
 * first load fetches the engine and the page code, later ones take them from that context's HTTP cache (the
 * names change with the content). Each page is still a tab of its own, with its own listeners and checks; the
 * site keeps no state one tab could leave for another (no cookies or localStorage; Framework keeps its sidebar
 * state in sessionStorage, which is per tab). Tests of a first visit with an empty cache open their own context.
 */
export async function openSite(): Promise<{
  server: StaticServer;
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}> {
  const server = await serveStatic("dist");
  const browser = await launchChromium();
  const context = await browser.newContext({viewport});
  return {
    server,
    browser,
    newPage: () => context.newPage(),
    close: async () => (await browser.close(), await server.close())
  };
}

/**
 * Follows a page's requests, so a test can wait until none is open. Chromium's own "networkidle" (what
 * waitForLoadState waits for) once did not come in 120 s on a measure fiche that had loaded (pages-test, one
 * shared context), and a timeout named no request; this names the ones still open.
 */
export function trackRequests(page: Page): {settled(timeout?: number): Promise<void>} {
  const open = new Set<Request>();
  page.on("request", (request) => open.add(request));
  page.on("requestfinished", (request) => open.delete(request));
  page.on("requestfailed", (request) => open.delete(request));
  return {
    /** Resolves once no request has been open for 500 ms; rejects after `timeout` ms, naming the open ones. */
    async settled(timeout = 60_000) {
      const until = Date.now() + timeout;
      for (let quietSince = Date.now(); Date.now() - quietSince < 500; ) {
        if (open.size) quietSince = Date.now();
        if (Date.now() > until)
          throw new Error(`requests still open after ${timeout} ms: ${[...open].map((r) => r.url()).join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
}

/**
 * Records what a page must never do: log an error, fail a request, or request anything from another origin
 * (blob: and data: URLs are made by the page itself and stay inside the browser).
 */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = {consoleErrors: [], failedRequests: [], foreignRequests: []};
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(error.message));
  page.on("requestfailed", (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`)
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(blob|data):/.test(url)) problems.foreignRequests.push(url);
  });
  return problems;
}

/**
 * Waits until every chart frame on the page has been made interactive (its query ran in DuckDB-WASM and the
 * chart was redrawn); a frame that failed gets data-state="error", which fails the wait with its message.
 */
export async function waitForCharts(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const frames = [...document.querySelectorAll<HTMLElement>("figure.chart-frame")];
      const failed = frames.find((frame) => frame.dataset.state === "error");
      if (failed) throw new Error(`chart ${failed.dataset.chart}: ${failed.textContent}`);
      return frames.every((frame) => frame.dataset.state === "interactive" && frame.querySelector("svg g[aria-label]"));
    },
    undefined,
    // A page's first load decodes its snapshots and compiles DuckDB-WASM: seconds alone, a minute or more when
    // several pages load at once on two busy cores.
    {timeout: 180_000}
  );
  return page.locator("figure.chart-frame").count();
}

declare global {
  /** axe-core, once axeViolations() has injected it into the page. */
  interface Window {
    axe: {run(context: Document, options: RunOptions): Promise<AxeResults>};
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line each (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, so the page's CSP does not block the injected axe.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    window.axe
      .run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
      .then((r) => r.violations)
  )) as Result[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`
  );
}

/**
 * Every colour the page paints, element by element: what a dark theme would change. Equal fingerprints in light
 * and dark mode mean the page looks the same in both, so axe's contrast checks in dark mode would repeat light.
 */
export function colorFingerprint(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .map((el) => {
        const style = getComputedStyle(el);
        return [
          style.color,
          style.backgroundColor,
          style.borderColor,
          style.fill,
          style.stroke,
          style.outlineColor
        ].join(",");
      })
      .join(";")
  );
}
