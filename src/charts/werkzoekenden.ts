import type {ChartDefinition} from "./types.js";

export const werkzoekendenCharts: ChartDefinition[] = [];
