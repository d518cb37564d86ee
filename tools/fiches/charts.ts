// The small charts of a fiche are the site's own charts as drawn at build time (tools/frames/): the
// static SVG and legend of the chart's frame, drawn by the same component the theme page uses. Nothing new is drawn.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {charts} from "../../src/charts/index.js";
import type {ChartDefinition} from "../../src/charts/types.js";
import {findChartPages} from "../frames/render-catalogue.js";
import {paths} from "../paths.js";

let pages: Map<string, string> | undefined;

/** The first chart of a dataset that stands on a page, with the address of that page's frame. */
export function chartForDataset(datasetId: string): {chart: ChartDefinition; href: string} | undefined {
  pages ??= findChartPages();
  const chart = charts.find((c) => c.datasets.includes(datasetId) && pages!.has(c.id));
  return chart ? {chart, href: `${pages.get(chart.id)}#grafiek-${chart.id}`} : undefined;
}

/** The legend and static SVG of a chart's build-time frame, or undefined when the frame was not drawn. */
export function staticChart(chartId: string, directory: string = paths.frames): string | undefined {
  const file = join(directory, `${chartId}.html`);
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, "utf8");
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  if (!svg) return undefined;
  const legend = /<ul class="chart-frame__legend"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  return `${legend}${svg}`;
}
