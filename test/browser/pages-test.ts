// Every built page in real Chromium, served on loopback: charts drawn, no console error, no failed request,
// nothing requested from another origin.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {listPages, openSite, waitForCharts, watchPage} from "./site.js";

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe("every page in Chromium", () => {
  const pages = listPages();

  it("finds the pages", () => {
    expect(pages).toContain("/");
    expect(pages).toContain("/werkzaamheid");
  });

  for (const path of pages)
    it(`${path} draws its charts cleanly`, async () => {
      const page = await site.browser.newPage();
      const problems = watchPage(page, site.server.origin);
      await page.goto(`${site.server.origin}${path}`, {waitUntil: "load"});
      await waitForCharts(page);
      await page.waitForLoadState("networkidle");
      expect(await page.locator(".observablehq--error").count()).toBe(0);
      expect(problems).toEqual({consoleErrors: [], failedRequests: [], foreignRequests: []});
      await page.close();
    });
});

describe("the EAK slice", () => {
  it("shows both rates, the gap and the source, with nl-BE numbers", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/werkzaamheid`);
    await waitForCharts(page);
    const text = await page.locator("figure.chart-frame").first().innerText();
    for (const expected of ["47,3%", "76,8%", "29,5 ppt", "Totale bevolking 20-64 jaar", "Personen met hinder", "Bron"])
      expect(text).toContain(expected);
    // The line of persons with hinder is broken over 2003-2006 (no published figure): two or more subpaths.
    const paths = await page
      .locator("figure.chart-frame svg g[aria-label='line'] path")
      .evaluateAll((els) => els.map((el) => (el.getAttribute("d") ?? "").split("M").length - 1));
    expect(Math.max(...paths)).toBeGreaterThan(1);
    await page.close();
  });
});
