// The label-overlap check of the fiche charts, shared by the page checks (pages-test.ts) and the fiche tests.
import type {Page} from "playwright-core";

/** Pairs of text labels in the fiche charts whose boxes overlap by more than a pixel each way. */
export async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll(".fiche__grafiek svg")) {
      const labels = [...svg.querySelectorAll("text")]
        .filter((t) => t.textContent?.trim() && getComputedStyle(t).visibility !== "hidden")
        .map((t) => ({text: t.textContent!.trim(), box: t.getBoundingClientRect()}))
        .filter(({box}) => box.width > 0 && box.height > 0);
      for (let i = 0; i < labels.length; i += 1)
        for (let j = i + 1; j < labels.length; j += 1) {
          const [a, b] = [labels[i].box, labels[j].box];
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1)
            found.push(`${svg.getAttribute("aria-label")}: "${labels[i].text}" / "${labels[j].text}"`);
        }
    }
    return found;
  });
}
