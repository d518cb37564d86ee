// The measure fiches and the grid "Wat wordt gepubliceerd?" in Chromium: WCAG 2.1 A and AA with axe-core, and no
// chart label drawn over another one in the fiches' small charts.
import {createRequire} from "node:module";
import {readFileSync} from "node:fs";
import type {AxeResults, Result, RunOptions} from "axe-core";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {knownOverlaps, overlappingLabels} from "./fiche-labels.js";
import {openSite} from "./site.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as {axe: {run(context: Document, options: RunOptions): Promise<AxeResults>}}).axe
      .run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
      .then((r) => r.violations)
  )) as Result[];
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)})`);
}

// axe and the overlap check on every fiche page and the grid run in pages-test.ts, on that test's one load per page.
describe("measure fiches and the grid in Chromium", () => {
  it("the grid passes axe in dark mode and on a phone, its tables scrolling in a focusable region", async () => {
    const page = await site.browser.newPage({colorScheme: "dark", viewport: {width: 375, height: 800}});
    try {
      await page.goto(`${site.server.origin}/wat-wordt-gepubliceerd`, {waitUntil: "load"});
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.locator(".rooster__scroll[tabindex='0'][role='region']").count()).toBe(5);
    } finally {
      await page.close();
    }
  });

  it("the known overlaps are still there (remove an entry of knownOverlaps once its chart is fixed)", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.origin}/maatregelen/cmw/2023`, {waitUntil: "load"});
      const overlaps = await overlappingLabels(page);
      for (const chart of Object.keys(knownOverlaps))
        expect(overlaps.some((o) => o.startsWith(`${chart}:`))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("the checks can fail: a label moved onto another and an image without a text are caught", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.origin}/maatregelen/cmw/2023`, {waitUntil: "load"});
      await page.evaluate(() => {
        const text = document.querySelector(".fiche__grafiek svg text")!;
        text.parentNode!.append(text.cloneNode(true));
        document.querySelector(".fiche")!.append(Object.assign(document.createElement("img"), {src: "/x.png"}));
      });
      expect(await overlappingLabels(page)).not.toEqual([]);
      expect((await axeViolations(page)).some((v) => v.startsWith("image-alt"))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
