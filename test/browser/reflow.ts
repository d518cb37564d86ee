// WCAG 2.1 1.4.10 (reflow): at a phone's width a page scrolls only up and down. A table wider than the screen
// scrolls sideways in its own focusable region; nothing else may stick out. Measured in the browser on the page as
// it is loaded: page.evaluate(measureSidewaysScroll) is self-contained (no imports, no closures), so Playwright can
// send its source to the page.
import type {Page} from "playwright-core";

/** A phone's width in CSS px (WCAG's own example is 320; 390 is a common phone today). */
export const phoneWidth = 390;

export interface SidewaysScroll {
  /** How far the page scrolls sideways (document.scrollingElement.scrollWidth - clientWidth), 0 when it fits. */
  scroll: number;
  width: number;
  /** The elements sticking out furthest that no scrolling ancestor holds, with their right edge. */
  widest: string[];
}

/**
 * Opens every disclosure in the page's main part (a reader may open each one: a chart's table, its sources, a
 * dataset's columns), then measures how far the page scrolls sideways and which elements cause it. A cause is an
 * element whose right edge is beyond the screen while no ancestor of it scrolls or clips (that ancestor would hold
 * it), and which sticks out further than its parent: the element to fix, not all its ancestors.
 */
export function measureSidewaysScroll(): SidewaysScroll {
  for (const details of document.querySelectorAll<HTMLDetailsElement>("main details")) details.open = true;
  const root = document.scrollingElement ?? document.documentElement;
  const width = root.clientWidth;
  const scroll = Math.max(0, root.scrollWidth - width);
  if (!scroll) return {scroll, width, widest: []};
  const found: {right: number; text: string}[] = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (!box.width || box.right <= width + 0.5) continue;
    let held = false;
    for (let up = element.parentElement; up && up !== document.body && !held; up = up.parentElement)
      held = getComputedStyle(up).overflowX !== "visible";
    const parent = element.parentElement?.getBoundingClientRect();
    if (held || (parent && parent.right > width + 0.5 && box.right <= parent.right + 0.5)) continue;
    const path: string[] = [];
    for (let at: Element | null = element; at && at !== document.body && path.length < 4; at = at.parentElement)
      path.unshift(
        at.tagName.toLowerCase() + (at.id ? `#${at.id}` : "") + [...at.classList].map((c) => `.${c}`).join("")
      );
    const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    found.push({
      right: Math.round(box.right),
      text: `${path.join(" > ")} (right edge ${Math.round(box.right)} px: "${text}")`
    });
  }
  found.sort((a, b) => b.right - a.right);
  return {scroll, width, widest: found.map((f) => f.text).slice(0, 5)};
}

/**
 * The sideways scroll of the page at its current width as a problem list (empty when the page fits): the page
 * should be resized to phoneWidth first, and any chart redrawn at that width.
 */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  const {scroll, width, widest} = await page.evaluate(measureSidewaysScroll);
  return scroll
    ? [`at ${width} px the page scrolls ${scroll} px sideways; sticking out: ${widest.join("; ") || "only text"}`]
    : [];
}
