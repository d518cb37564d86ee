// Plot-style SVG snapshots: render a chart component in jsdom from fixed inputs, normalise what varies from
// run to run (generated ids, float noise), and compare with test/output/<name>.svg.
import {JSDOM} from "jsdom";
import {expect} from "vitest";

export function createDocument(): Document {
  return new JSDOM("<!DOCTYPE html><html><body></body></html>").window.document;
}

/** Serialises an element with stable ids and numbers rounded to 3 decimals. */
export function serializeChart(element: Element): string {
  const ids = new Map<string, string>();
  return element.outerHTML
    .replace(/\b(plot-[a-z0-9-]+?)(-\d+)?\b/g, (match) => {
      if (!ids.has(match)) ids.set(match, `plot-${ids.size}`);
      return match.startsWith("plot-d6a7b5") ? ids.get(match)! : match;
    })
    .replace(/(\d+\.\d{4,})/g, (number) => String(Math.round(Number(number) * 1000) / 1000))
    .replace(/></g, ">\n<");
}

export async function expectChartSnapshot(element: Element, name: string): Promise<void> {
  await expect(serializeChart(element)).toMatchFileSnapshot(`../output/${name}.svg`);
}
