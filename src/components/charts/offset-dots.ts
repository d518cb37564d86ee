// Rows of dots, one dot per period in each row, stacked a few pixels apart around the middle of the row so that
// equal or close values stay visible (the employment rates of Tabel 1, the work chances of Tabel 4).
import * as Plot from "@observablehq/plot";

/**
 * Pixels between the dots of one row: at most `max`, less when the rows are too low to hold them all
 * (`frame` is the height of the plot area, without its margins).
 */
export function dotSpacing(max: number, frame: number, rows: number, dotsPerRow: number): number {
  return Math.min(max, (frame / Math.max(1, rows) - 6) / dotsPerRow);
}

/** The dots of one period: its rows, the colour key it fills with, its radius and its tooltip. */
export interface DotLayer<T> {
  rows: T[];
  key: string;
  r: number;
  title: (d: T) => string;
}

/** dy is a constant in Plot, so each period is its own mark, shifted around the middle of the row in order. */
export function offsetDotMarks<T>(layers: DotLayer<T>[], y: (d: T) => string, spacing: number): Plot.Markish[] {
  return layers.map((layer, i) =>
    Plot.dot(layer.rows, {
      x: "value",
      y,
      dy: (i - (layers.length - 1) / 2) * spacing,
      r: layer.r,
      fill: () => layer.key,
      stroke: "white",
      strokeWidth: 0.75,
      tip: true,
      title: layer.title
    })
  );
}
