// Every built page in real Chromium, served on loopback, each loaded once and every check run on that load:
// charts drawn and interactive, no console error, no failed request, nothing requested from another origin,
// and WCAG 2.1 A and AA with axe-core. Pages load concurrently (vitest maxConcurrency): the suite mostly waits
// on DuckDB-WASM, it does not compute.
//
// Dark mode: the site has no dark theme (src/style.css imports Framework's light theme-air only), so dark
// mode paints the same colours and axe in dark mode would repeat light mode. Each page still proves that on
// its load: it compares every painted colour in light and dark mode, and runs axe again in dark mode when
// anything differs, so a dark theme added later is checked without changing this file.
import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {ExpectStatic} from "vitest";
import {knownOverlaps, overlappingLabels} from "./fiche-labels.js";
import {axeViolations, colorFingerprint, listPages, openSite, waitForCharts, watchPage} from "./site.js";

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const pages = listPages();
const embeds = pages.filter((path) => path.startsWith("/embed/"));
const mainPages = pages.filter((path) => !embeds.includes(path));

/**
 * The embeds axe checks: one per chart type, a type being the set of Plot marks the chart draws (bar, dot,
 * line, rect, link, text, …), read from the chart drawn into the built page. Every embed renders the same
 * frame and shell; the marks are what differs between them (their colours, labels and tooltips).
 */
function axeSampleOfEmbeds(paths: string[]): string[] {
  const byType = new Map<string, string>();
  for (const path of paths) {
    const html = readFileSync(`dist${path}.html`, "utf8");
    const marks = [...new Set([...html.matchAll(/<g aria-label="([^"]+)"/g)].map((m) => m[1]))]
      .filter((mark) => !/axis|grid/.test(mark))
      .sort()
      .join(" ");
    if (!byType.has(marks)) byType.set(marks, path);
  }
  return [...byType.values()];
}
const axeSample = axeSampleOfEmbeds(embeds);

/** Loads a page and runs every check on it; then the page-specific checks, on the same load. */
async function checkPage(
  expect: ExpectStatic,
  path: string,
  options: {axe: boolean},
  more?: (page: Page) => Promise<void>
) {
  const page = await site.newPage();
  try {
    const problems = watchPage(page, site.server.origin);
    await page.goto(`${site.server.origin}${path}`, {waitUntil: "load"});
    await waitForCharts(page);
    await page.waitForLoadState("networkidle", {timeout: 120_000});
    expect(await page.locator(".observablehq--error").count(), "Framework cell errors").toBe(0);
    expect(problems).toEqual({consoleErrors: [], failedRequests: [], foreignRequests: []});
    if (options.axe) {
      expect(await axeViolations(page), "axe in light mode").toEqual([]);
      const light = await colorFingerprint(page);
      await page.emulateMedia({colorScheme: "dark"});
      if ((await colorFingerprint(page)) !== light) expect(await axeViolations(page), "axe in dark mode").toEqual([]);
      await page.emulateMedia({colorScheme: "light"});
    }
    await more?.(page);
  } finally {
    await page.close(); // also when a check fails: open pages would keep DuckDB running
  }
}

describe("the pages", () => {
  it("finds them, and embeds of more than one chart type", () => {
    expect(mainPages).toContain("/");
    expect(mainPages).toContain("/werkzaamheid");
    expect(embeds).toContain("/embed/eak-kloof");
    expect(axeSample.length).toBeGreaterThan(1);
  });

  for (const path of mainPages)
    it.concurrent(`${path}: charts interactive, clean load, no axe violation`, ({expect}) =>
      checkPage(
        expect,
        path,
        {axe: true},
        path === "/werkzaamheid" ? eakSlice(expect) : isFichePage(path) ? ficheLabels(expect) : undefined
      )
    );
});

const isFichePage = (path: string) => path.startsWith("/maatregelen/") || path === "/wat-wordt-gepubliceerd";

/** The fiches' small charts: no text label over another (bar the known overlaps, which fiches-test tracks). */
const ficheLabels = (expect: ExpectStatic) => async (page: Page) => {
  const overlaps = await overlappingLabels(page);
  expect(overlaps.filter((o) => !Object.keys(knownOverlaps).some((chart) => o.startsWith(`${chart}:`)))).toEqual([]);
};

/** The EAK slice on /werkzaamheid: both rates, the gap and the source, with nl-BE numbers. */
const eakSlice = (expect: ExpectStatic) => async (page: Page) => {
  const text = await page.locator("figure.chart-frame").first().innerText();
  for (const expected of ["47,3%", "76,8%", "29,5 ppt", "Totale bevolking 20-64 jaar", "Personen met hinder", "Bron"])
    expect(text).toContain(expected);
  // The line of persons with hinder is broken over 2003-2006 (no published figure): two or more subpaths.
  const paths = await page
    .locator("figure.chart-frame svg g[aria-label='line'] path")
    .evaluateAll((els) => els.map((el) => (el.getAttribute("d") ?? "").split("M").length - 1));
  expect(Math.max(...paths)).toBeGreaterThan(1);
};

describe("the embeds", () => {
  for (const path of embeds) {
    const axe = axeSample.includes(path);
    it.concurrent(`${path}: chart interactive, clean load${axe ? ", no axe violation" : ""}`, ({expect}) =>
      checkPage(expect, path, {axe})
    );
  }
});

describe("after interactions", () => {
  it.concurrent("a period change redraws the chart, keeps the URL and leaves no axe violation", async ({expect}) => {
    const page = await site.newPage();
    try {
      const problems = watchPage(page, site.server.origin);
      await page.goto(`${site.server.origin}/werkzaamheid`);
      await waitForCharts(page);
      const frame = page.locator("#grafiek-eak-kloof");
      await page.selectOption("#eak-kloof-van", "2010");
      await page.waitForFunction(() => location.search.includes("eak-kloof=2010-"));
      // The redraw is done when the table behind the chart starts at the chosen year.
      await page.waitForFunction(
        () => document.querySelector("#grafiek-eak-kloof .chart-frame__table tbody td")?.textContent === "2010",
        undefined,
        {timeout: 120_000}
      );
      await waitForCharts(page);
      const years = await frame.locator(".chart-frame__table tbody tr td:first-child").allTextContents();
      expect(years.every((year) => Number(year) >= 2010)).toBe(true);
      expect(years).toContain("2023");
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({consoleErrors: [], failedRequests: [], foreignRequests: []});
    } finally {
      await page.close();
    }
  });

  it.concurrent(
    "keyboard: the first Tab reaches a visible skip link; share actions and period by Tab",
    async ({expect}) => {
      const page = await site.newPage();
      try {
        await page.goto(`${site.server.origin}/werkzaamheid`);
        await waitForCharts(page);
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            text: el.textContent,
            href: el.getAttribute("href"),
            outline: style.outlineStyle,
            left: el.getBoundingClientRect().left
          };
        });
        expect(focused.text).toBe("Naar de inhoud");
        expect(focused.href).toBe("#observablehq-main");
        expect(focused.outline).not.toBe("none");
        expect(focused.left).toBeGreaterThanOrEqual(0);
        const reached = new Set<string>();
        for (let i = 0; i < 80 && reached.size < 3; ++i) {
          await page.keyboard.press("Tab");
          const label = await page.evaluate(
            () => document.activeElement?.id || document.activeElement?.textContent || ""
          );
          if (["eak-kloof-van", "Insluiten", "Citeer"].includes(label)) reached.add(label);
        }
        expect([...reached].sort()).toEqual(["Citeer", "Insluiten", "eak-kloof-van"]);
      } finally {
        await page.close();
      }
    }
  );
});
