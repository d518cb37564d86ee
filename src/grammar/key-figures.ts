// A few published figures written large, each with what it counts and its own period: for context figures
// that form no series (one year each, different units), so nothing suggests a trend or a comparison.
import * as Plot from "@observablehq/plot";
import type {ChartOptions} from "../components/charts/chart-options.js";
import type {FigureLine} from "./figure-lines.js";
import {lineMarks, stackLines, wrapLine} from "./figure-lines.js";
import {ink, palette} from "./palette.js";

export interface KeyFigureRow {
  /** The figure as the source writes it, formatted ("202.000", "3,5%"). */
  figure: string;
  label: string;
  period: string;
}

export const keyFigureInk = palette.blue;

export function keyFiguresChart(
  rows: KeyFigureRow[],
  options: ChartOptions & {ariaLabel: string; ariaDescription: string}
): SVGSVGElement {
  const {width = 640, document} = options;
  const big = width < 420 ? 24 : 30;
  const lines: FigureLine[] = rows.flatMap((r) => [
    {text: r.figure, size: big, weight: 700, fill: keyFigureInk},
    ...wrapLine(r.label, 13, 400, width),
    ...wrapLine(r.period, 12, 400, width, ink.muted),
    {text: "", size: 8, weight: 400}
  ]);
  const {placed, height} = stackLines(lines, 1.4);
  return Plot.plot({
    document,
    width,
    height: options.height ?? height + 24,
    margin: 16,
    x: {domain: [0, 1], axis: null},
    y: {domain: [0, 1], axis: null},
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    marks: lineMarks(placed.filter((l) => l.text))
  }) as SVGSVGElement;
}
