import type {ChartDefinition} from "./types.js";

export const doorstroomCharts: ChartDefinition[] = [];
