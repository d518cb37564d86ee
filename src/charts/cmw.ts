import type {ChartDefinition} from "./types.js";

export const cmwCharts: ChartDefinition[] = [];
