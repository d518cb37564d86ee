// The measure fiches and the grid "Wat wordt gepubliceerd?" in Chromium: WCAG 2.1 A and AA with axe-core, and no
// chart label drawn over another one in the fiches' small charts.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {overlappingLabels} from "./fiche-labels.js";
import {sidewaysScroll} from "./reflow.js";
import {axeViolations, openSite} from "./site.js";

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

// axe, the overlap check and reflow at 390 px on every fiche page and the grid run in pages-test.ts, on that test's one
// load per page.
describe("measure fiches and the grid in Chromium", () => {
  it("the grid passes axe in dark mode and on a phone, its tables scrolling in a focusable region", async () => {
    const page = await site.browser.newPage({colorScheme: "dark", viewport: {width: 375, height: 800}});
    try {
      await page.goto(`${site.server.origin}/wat-wordt-gepubliceerd`, {waitUntil: "load"});
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toEqual([]);
      expect(await page.locator(".rooster__scroll[tabindex='0'][role='region']").count()).toBe(5);
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
