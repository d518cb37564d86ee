import type {ChartDefinition} from "./types.js";

export const imwCharts: ChartDefinition[] = [];
