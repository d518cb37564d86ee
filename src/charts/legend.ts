// Most legends name the chart's own series or categories: the label and colour of each, and nothing else
// (the series also carry keys, short names and symbols that the legend must not list).
import type {LegendEntry} from "./types.js";

export function toLegend(entries: readonly {label: string; color: string}[]): LegendEntry[] {
  return entries.map(({label, color}) => ({label, color}));
}
