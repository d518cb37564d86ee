import {readdirSync} from "node:fs";
import {join, relative} from "node:path";
import type {Browser, Page} from "playwright-core";
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

/** Starts a loopback server for dist/ and Chromium; close() ends both. */
export async function openSite(): Promise<{server: StaticServer; browser: Browser; close(): Promise<void>}> {
  const server = await serveStatic("dist");
  const browser = await launchChromium();
  return {server, browser, close: async () => (await browser.close(), await server.close())};
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
    {timeout: 60_000}
  );
  return page.locator("figure.chart-frame").count();
}
