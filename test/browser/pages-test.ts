// Every built page in real Chromium, served on loopback, each loaded once and every check run on that load:
// charts drawn and interactive, no console error, no failed request, nothing requested from another origin,
// and WCAG 2.1 A and AA with axe-core. Pages load concurrently (vitest maxConcurrency): the suite mostly waits
// on DuckDB-WASM, it does not compute.
//
// Readable at every width: on each page with charts, at 1280 px (the load), then 720 and 390 px (a phone), no two
// text labels of a chart overlap (tick labels, value labels, break captions, notes) and no chart is wider than the
// screen. The same loaded page is resized, as a reader turning a tablet or narrowing a window sees it: each chart
// redraws at its new width (the ResizeObserver in hydrate.ts), and the check waits until every chart whose width
// changed has been drawn again. (The measure fiches and embeds show the same charts: fiches-test.ts, frame-test.ts.)
//
// Reflow (WCAG 2.1 1.4.10): every page, embeds and measure fiches included, is last resized to a phone's 390 px and
// every disclosure on it opened (tables, sources, columns): the page must not scroll sideways. A wide table scrolls
// in its own focusable region instead. The pages axe checks are checked again in that state.
//
// Dark mode: the site has no dark theme (src/style.css imports Framework's light theme-air only), so dark
// mode paints the same colours and axe in dark mode would repeat light mode. Each page still proves that on
// its load: it compares every painted colour in light and dark mode, and runs axe again in dark mode when
// anything differs, so a dark theme added later is checked without changing this file.
import {readFileSync, statSync} from "node:fs";
import {group} from "d3";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {ExpectStatic} from "vitest";
import {charts} from "../../src/charts/index.js";
import {overlappingLabels} from "./fiche-labels.js";
import {measureChartLabels} from "./label-overlap.js";
import {phoneWidth, sidewaysScroll} from "./reflow.js";
import {
  axeViolations,
  colorFingerprint,
  listPages,
  openSite,
  trackRequests,
  viewport,
  waitForCharts,
  watchPage
} from "./site.js";

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
const isFichePage = (path: string) => path.startsWith("/maatregelen/") || path === "/wat-wordt-gepubliceerd";

/**
 * The measure fiches axe checks: per measure the largest and the smallest page (the fullest fiche and the one with
 * the most figures missing). Every fiche is the same template (tools/fiches) filled with one measure-year's
 * figures, so what differs between the fiches of a measure is how many of its parts are filled; these two carry
 * both ends. Every fiche still gets the clean-load and label checks.
 */
function axeSampleOfFiches(paths: string[]): string[] {
  const byMeasure = group(
    paths.filter((path) => path.startsWith("/maatregelen/")),
    (path) => path.split("/")[2]
  );
  return [...byMeasure.values()].flatMap((fiches) => {
    const bySize = fiches
      .map((path) => ({path, size: statSync(`dist${path}.html`).size}))
      .sort((a, b) => a.size - b.size);
    return [...new Set([bySize[0].path, bySize[bySize.length - 1].path])];
  });
}
const ficheAxeSample = ["/wat-wordt-gepubliceerd", ...axeSampleOfFiches(mainPages)];

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
    const requests = trackRequests(page);
    await page.goto(`${site.server.origin}${path}`, {waitUntil: "load"});
    await waitForCharts(page);
    await requests.settled();
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
    // Last, as the page is left by the checks before (a chart page is already at the phone's width).
    if (page.viewportSize()?.width !== phoneWidth) await resizeCharts(expect, page, phoneWidth);
    expect(await sidewaysScroll(page), "reflow").toEqual([]);
    // The tables' scroll regions scroll only now, at the phone's width with the disclosures open: axe's
    // scrollable-region-focusable and the rest see them as a phone's reader does.
    if (options.axe) expect(await axeViolations(page), `axe at ${phoneWidth} px, disclosures open`).toEqual([]);
    // The page's own checks (a resize that redraws every chart, for one) must leave it clean too.
    expect(problems, "after the page's own checks").toEqual({
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: []
    });
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
    expect(ficheAxeSample.length).toBeGreaterThan(4);
    expect(ficheAxeSample).toContain("/wat-wordt-gepubliceerd");
  });

  for (const path of mainPages)
    it.concurrent(
      `${path}: charts interactive, clean load, no axe violation, labels clear at every width, no sideways scroll on a phone`,
      ({expect}) =>
        checkPage(expect, path, {axe: !isFichePage(path) || ficheAxeSample.includes(path)}, async (page) => {
          if (path === "/werkzaamheid") await eakSlice(expect)(page);
          if (isFichePage(path)) await ficheLabels(expect)(page);
          else await chartLabels(expect)(page);
        })
    );

  it("measured the labels of every chart of the site at every width", () => {
    expect(charts.map((c) => c.id).filter((id) => !measuredCharts.has(id))).toEqual([]);
  });
});

/** The fiches' small charts (the build-time SVGs, drawn at one width): no text label over another. */
const ficheLabels = (expect: ExpectStatic) => async (page: Page) => {
  expect(await overlappingLabels(page)).toEqual([]);
};

/** The widths the chart labels are checked at: the page loads at the first, then is resized to the others. */
const labelWidths = [viewport.width, 720, phoneWidth];
/** The charts whose labels were measured, for the check over all pages. */
const measuredCharts = new Set<string>();

/**
 * The charts (ids) not drawn again since `drawn`, of those whose plot changed width by 8 px or more: what makes
 * hydrate.ts draw again. Self-contained, so Playwright can send its source to the page.
 */
function notRedrawn(drawn: {plot: HTMLElement; drawing: Element | null; width: number}[]): string[] {
  return drawn
    .filter(({plot, drawing, width}) => Math.abs(plot.clientWidth - width) >= 8 && plot.firstElementChild === drawing)
    .map(({plot}) => plot.closest<HTMLElement>("[data-chart]")?.dataset.chart ?? "?");
}

/** Resizes the page to `width` and waits until every chart that must redraw at that width has done so. */
async function resizeCharts(expect: ExpectStatic, page: Page, width: number) {
  const drawn = await page.evaluateHandle(() =>
    [...document.querySelectorAll<HTMLElement>("figure.chart-frame .chart-frame__plot")].map((plot) => ({
      plot,
      drawing: plot.firstElementChild,
      width: plot.clientWidth
    }))
  );
  await page.setViewportSize({width, height: viewport.height});
  await expect
    .poll(() => page.evaluate(notRedrawn, drawn), {timeout: 60_000, message: `charts redrawn at ${width} px`})
    .toEqual([]);
  await drawn.dispose();
}

/**
 * At each of labelWidths, the page's charts as drawn at that width: no two text labels overlap and no chart is
 * wider than the screen. Every width is measured before the check fails, so its message names all problems.
 */
const chartLabels = (expect: ExpectStatic) => async (page: Page) => {
  const ids = await page.locator("figure.chart-frame").evaluateAll((frames) => frames.map((f) => f.id));
  if (!ids.length) return;
  const problems: string[] = [];
  for (const width of labelWidths) {
    if (width !== page.viewportSize()?.width) await resizeCharts(expect, page, width);
    const report = await page.evaluate(measureChartLabels, "figure.chart-frame .chart-frame__plot svg");
    for (const o of report.overlaps) problems.push(`${width} px, ${o.chart}: "${o.a}" over "${o.b}"`);
    for (const c of report.tooWide)
      problems.push(`${width} px, ${c.chart}: ${c.width} px wide on a ${c.viewport} px screen`);
  }
  // The tables behind the charts, opened at the phone's width, are checked with the whole page (checkPage: reflow).
  for (const id of ids) measuredCharts.add(id.replace(/^grafiek-/, ""));
  expect(problems).toEqual([]);
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
    it.concurrent(
      `${path}: chart interactive, clean load${axe ? ", no axe violation" : ""}, no sideways scroll on a phone`,
      ({expect}) => checkPage(expect, path, {axe})
    );
  }
});

// One load of /werkzaamheid: the keyboard walk first (it starts from the top of a fresh page), then a period change,
// after which the chart, the URL and axe are checked again.
describe("after interactions", () => {
  it.concurrent(
    "/werkzaamheid: the first Tab reaches a visible skip link, share actions and period by Tab; a period change redraws the chart, keeps the URL and leaves no axe violation",
    async ({expect}) => {
      const page = await site.newPage();
      try {
        const problems = watchPage(page, site.server.origin);
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
    }
  );
});
