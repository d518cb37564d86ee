// Which text labels of a chart overlap, measured in the browser: page.evaluate(measureChartLabels, selector).
// The function is self-contained (no imports, no closures), so Playwright can send its source to the page.

export interface LabelOverlap {
  chart: string;
  a: string;
  b: string;
}

export interface ChartLabelReport {
  overlaps: LabelOverlap[];
  /** Charts wider than the viewport: id and width in pixels. */
  tooWide: {chart: string; width: number; viewport: number}[];
  charts: number;
}

/**
 * Collects the box of every visible <text> (tick labels included) in each chart SVG under `selector` and
 * returns the pairs of labels whose boxes overlap by more than a pixel either way, and the charts wider than
 * the viewport. A label and its own lines (<tspan>) are one box; empty and invisible texts are left out.
 */
export function measureChartLabels(selector: string): ChartLabelReport {
  const overlaps: LabelOverlap[] = [];
  const tooWide: ChartLabelReport["tooWide"] = [];
  const viewport = document.documentElement.clientWidth;
  const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)];
  for (const svg of svgs) {
    const chart = svg.closest<HTMLElement>("[data-chart]")?.dataset.chart ?? svg.getAttribute("aria-label") ?? "?";
    const outer = svg.getBoundingClientRect();
    if (outer.right > viewport + 1 || outer.width > viewport + 1)
      tooWide.push({chart, width: Math.round(outer.width), viewport});
    const boxes = [...svg.querySelectorAll<SVGTextElement>("text")]
      .filter((t) => {
        const style = getComputedStyle(t);
        const shown = [...t.childNodes].filter((n) => n.nodeName.toLowerCase() !== "title");
        const text = shown.map((n) => n.textContent ?? "").join("");
        return text.trim() !== "" && style.visibility !== "hidden" && style.display !== "none" && style.opacity !== "0";
      })
      .map((t) => {
        const box = t.getBoundingClientRect();
        const text = [...t.childNodes]
          .filter((n) => n.nodeName.toLowerCase() !== "title")
          .map((n) => n.textContent ?? "")
          .join(" ")
          .trim();
        return {text, box};
      })
      .filter(({box}) => box.width > 0 && box.height > 0);
    for (let i = 0; i < boxes.length; ++i)
      for (let j = i + 1; j < boxes.length; ++j) {
        const [p, q] = [boxes[i].box, boxes[j].box];
        const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (x > 1 && y > 1) overlaps.push({chart, a: boxes[i].text, b: boxes[j].text});
      }
  }
  return {overlaps, tooWide, charts: svgs.length};
}
