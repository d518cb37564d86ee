import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import {yearRange} from "./periods.js";

/**
 * A small trend line for a headline card. Years without a published value break the line (NaN), so a gap in
 * the series stays a gap; each published value is a dot.
 */
export function sparkline(
  points: {year: number; value: number}[],
  {document, width = 200}: {document?: Document; width?: number} = {}
): Element {
  const years = points.map((p) => p.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const line = yearRange(first, last).map((year) => ({year, value: points.find((p) => p.year === year)?.value ?? NaN}));
  const frame = {document, width, height: 48, margin: 4, axis: null};
  return Plot.plot({
    ...frame,
    x: {domain: [first, last]},
    y: {zero: false, nice: false},
    ariaLabel: "Trend",
    marks: [
      Plot.lineY(line, {x: "year", y: "value", stroke: palette.blue, strokeWidth: 1.5}),
      Plot.dot(points, {x: "year", y: "value", fill: palette.blue, r: 2})
    ]
  });
}
