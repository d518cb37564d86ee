// Every chart of the site, by theme. Pages, exports, embeds and tests all look charts up here.
import {cmwCharts} from "./cmw.js";
import {contextCharts} from "./context.js";
import {doorstroomCharts} from "./doorstroom.js";
import {eakCharts} from "./eak.js";
import {imwCharts} from "./imw.js";
import {ldeAmaCharts} from "./lde-ama.js";
import {withQuery} from "./sql.js";
import type {ChartDefinition} from "./types.js";
import {werkzoekendenCharts} from "./werkzoekenden.js";

export const charts: ChartDefinition[] = [
  ...eakCharts,
  ...contextCharts,
  ...cmwCharts,
  ...doorstroomCharts,
  ...imwCharts,
  ...ldeAmaCharts,
  ...werkzoekendenCharts
].map(withQuery);

export function findChart(id: string): ChartDefinition | undefined {
  return charts.find((chart) => chart.id === id);
}
