// The chart frame for policy writers: exports with the source drawn in, the CSV equal to the data drawn,
// embeds that report their height, permalinks that restore the period, citation, and print. The Chromium tests
// run concurrently (each on its own page), as the page loads mostly wait on DuckDB-WASM.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import {serveStatic} from "../../tools/serve.js";
import {openSite, waitForCharts, watchPage} from "./site.js";

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): {width: number; height: number} {
  const bytes = readFileSync(file);
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

describe("static exports", () => {
  for (const chart of charts)
    it(`${chart.id}: SVG, PNG (2x and A4 at 300 dpi) and CSV, each carrying the source`, () => {
      const base = join("dist", "charts", chart.id);
      const svg = readFileSync(`${base}.svg`, "utf8");
      expect(svg).toContain("Bron:");
      expect(svg).toContain("Boordtabel Sociale Economie");
      expect(svg).toContain(chart.title.slice(0, 30).replace(/&/g, "&amp;"));
      expect(pngSize(`${base}.png`).width).toBe(1440);
      expect(pngSize(`${base}-a4.png`).width).toBe(1890);
      const csv = csvParse(readFileSync(`${base}.csv`, "utf8"));
      expect(csv.columns).toContain("source_url");
      expect(csv.length).toBeGreaterThan(0);
      expect(csv.every((row) => row.source_id)).toBe(true);
    });
});

// Two loads of /werkzaamheid carry every check of the frame in Chromium: one with the whole series, one opened
// from a permalink. Each check still starts from the state it needs (the print check resets the media).
describe("the EAK chart frame in Chromium", () => {
  it.concurrent(
    "offers a CSV with exactly the rows of the table behind the chart; printed, hides navigation and keeps the frame with its source; embedded in a plain page, renders and sizes the iframe to its height",
    async ({expect}) => {
      const page = await site.newPage();
      const dir = mkdtempSync(join(tmpdir(), "boordtabel-host-"));
      let host: Awaited<ReturnType<typeof serveStatic>> | undefined;
      try {
        await page.goto(`${site.server.origin}/werkzaamheid`);
        await waitForCharts(page);
        const tableRows = await page.locator("#grafiek-eak-kloof .chart-frame__table tbody tr").count();
        const csv = csvParse(readFileSync("dist/charts/eak-kloof.csv", "utf8"));
        expect(csv.length).toBe(tableRows);
        const firstCells = await page
          .locator("#grafiek-eak-kloof .chart-frame__table tbody tr td:first-child")
          .allTextContents();
        expect(firstCells).toEqual(csv.map((row) => row.year));

        await page.emulateMedia({media: "print"});
        expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
        expect(await page.locator(".chart-frame__share").first().isVisible()).toBe(false);
        expect(await page.locator("#grafiek-eak-kloof .chart-frame__sources").isVisible()).toBe(true);
        const breakInside = await page.locator("#grafiek-eak-kloof").evaluate((el) => getComputedStyle(el).breakInside);
        expect(breakInside).toBe("avoid");
        await page.emulateMedia({media: "screen"});

        expect(existsSync("dist/embed/eak-kloof.html")).toBe(true);
        await page.getByRole("button", {name: "Insluiten"}).first().click();
        const snippet = await page.locator("#grafiek-eak-kloof .chart-frame__share-output textarea").inputValue();
        writeFileSync(
          join(dir, "index.html"),
          `<!DOCTYPE html><html lang="nl"><body><h1>Beleidsnota</h1>${snippet}</body></html>`
        );
        host = await serveStatic(dir);
        const problems = watchPage(page, site.server.origin);
        await page.goto(`${host.origin}/`);
        const frame = page.frameLocator("iframe");
        await frame.locator("figure[data-state=interactive]").waitFor({timeout: 60_000});
        await page.waitForFunction(() => parseInt(document.querySelector("iframe")!.style.height) > 300);
        const [reported, inner] = await Promise.all([
          page.locator("iframe").evaluate((el: HTMLIFrameElement) => parseInt(el.style.height)),
          frame.locator("html").evaluate((el) => el.scrollHeight)
        ]);
        expect(Math.abs(reported - inner)).toBeLessThanOrEqual(2);
        expect(await frame.locator("#observablehq-sidebar").count()).toBe(0);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await host?.close();
        await page.close();
      }
    }
  );

  it.concurrent(
    "restores the period from a permalink, gives a citation and an embed snippet that carries it, and keeps a new choice in the URL",
    async ({expect}) => {
      const page = await site.newPage();
      try {
        await page.goto(`${site.server.origin}/werkzaamheid?eak-kloof=2007-2023`);
        await waitForCharts(page);
        expect(await page.locator("#eak-kloof-van").inputValue()).toBe("2007");
        expect(await page.locator("#eak-kloof-tot").inputValue()).toBe("2023");
        const years = await page
          .locator("#grafiek-eak-kloof .chart-frame__table tbody tr td:first-child")
          .allTextContents();
        expect(years).not.toContain("2002");
        expect(years).toContain("2023");

        await page.getByRole("button", {name: "Citeer"}).first().click();
        const citation = await page.locator("#grafiek-eak-kloof .chart-frame__share-output textarea").inputValue();
        expect(citation).toMatch(/^Boordtabel Sociale Economie, "Werkzaamheidsgraad en kloof/);
        expect(citation).toMatch(/dataset eak-werkzaamheid/);
        expect(citation).toMatch(/Geraadpleegd op \d+ \w+ \d{4}\./);
        await page.getByRole("button", {name: "Insluiten"}).first().click();
        const snippet = await page.locator("#grafiek-eak-kloof .chart-frame__share-output textarea").inputValue();
        expect(snippet).toContain(`/embed/eak-kloof?eak-kloof=2007-2023`);

        await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {origin: site.server.origin});
        await page.getByRole("button", {name: "Kopieer link"}).first().click();
        const output = page.locator("#grafiek-eak-kloof .chart-frame__share-output");
        await expect
          .poll(() => output.locator("p").textContent())
          .toBe("Link naar deze grafiek (gekopieerd naar het klembord):");
        const link = `${site.server.origin}/werkzaamheid?eak-kloof=2007-2023#grafiek-eak-kloof`;
        expect(await output.locator("textarea").inputValue()).toBe(link);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

        await page.selectOption("#eak-kloof-van", "2010");
        await page.waitForFunction(() => location.search.includes("eak-kloof=2010-2023"));
      } finally {
        await page.close();
      }
    }
  );
});

describe("the charts before the page's script has run", () => {
  it("show the build's drawing for the screen: a phone's at 390 px, legible; the 640 px one on a desktop", async () => {
    // Without JavaScript the frames stay as built, as they are on a slow phone until DuckDB has answered.
    const context = await site.browser.newContext({javaScriptEnabled: false});
    try {
      for (const [width, fit] of [
        [390, "narrow"],
        [1280, "wide"]
      ] as const) {
        const page = await context.newPage();
        await page.setViewportSize({width, height: 900});
        await page.goto(`${site.server.origin}/werkzoekenden`);
        const frames = await page.locator("figure.chart-frame").count();
        const shown = await page.locator("figure.chart-frame .chart-frame__plot svg").evaluateAll((svgs) =>
          svgs
            .filter((svg) => getComputedStyle(svg).display !== "none")
            .map((svg) => ({
              fit: svg.classList.contains("chart-frame__static--narrow") ? "narrow" : "wide",
              // The drawing's width on screen over the width it was drawn at: its 10 px labels times this.
              scale: svg.getBoundingClientRect().width / Number(svg.getAttribute("width"))
            }))
        );
        expect(frames).toBeGreaterThan(0);
        expect(shown.map((s) => s.fit)).toEqual(Array(frames).fill(fit));
        for (const {scale} of shown) expect(scale).toBeGreaterThan(0.85);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
