// WCAG 2.1 A and AA on every page with axe-core (injected through playwright-core), in light and dark mode,
// and the basics of keyboard use: a skip link first, visible focus.
import {createRequire} from "node:module";
import {readFileSync} from "node:fs";
import type {AxeResults, Result, RunOptions} from "axe-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {listPages, openSite, waitForCharts} from "./site.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

function summarize(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`
  );
}

describe("accessibility (axe-core, WCAG 2.1 A and AA)", () => {
  for (const path of listPages())
    for (const colorScheme of ["light", "dark"] as const)
      it(`${path} in ${colorScheme} mode has no violations`, async () => {
        const page = await site.browser.newPage({colorScheme});
        try {
          await page.goto(`${site.server.origin}${path}`);
          await waitForCharts(page);
          // evaluate() runs through the DevTools protocol, so the page's CSP does not block the injected axe.
          await page.evaluate(axeSource);
          const violations = (await page.evaluate(() =>
            (window as unknown as {axe: {run(context: Document, options: RunOptions): Promise<AxeResults>}}).axe
              .run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
              .then((r) => r.violations)
          )) as Result[];
          expect(summarize(violations)).toEqual([]);
        } finally {
          await page.close(); // also when a check fails: open pages would keep DuckDB running
        }
      });
});

describe("keyboard", () => {
  it("the first Tab reaches a skip link to the content, with a visible focus outline", async () => {
    const page = await site.browser.newPage();
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
    await page.close();
  });

  it("the share actions and the period selector are reachable by keyboard", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/werkzaamheid`);
    await waitForCharts(page);
    const reached = new Set<string>();
    for (let i = 0; i < 80 && reached.size < 3; ++i) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || "");
      if (["eak-kloof-van", "Insluiten", "Citeer"].includes(label)) reached.add(label);
    }
    expect([...reached].sort()).toEqual(["Citeer", "Insluiten", "eak-kloof-van"]);
    await page.close();
  });
});
