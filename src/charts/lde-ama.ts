import type {ChartDefinition} from "./types.js";

export const ldeAmaCharts: ChartDefinition[] = [];
