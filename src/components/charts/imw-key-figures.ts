import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import type {FigureLine} from "../../grammar/figure-lines.js";
import {lineMarks, stackLines, wrapLine} from "../../grammar/figure-lines.js";
import {ink, palette} from "../../grammar/palette.js";

/** A figure from the text of the Beleidsnota 2024-2029 (dataset imw-kerncijfers). */
export interface KeyFigure {
  period: string;
  measure: string;
  value: number;
}

export const keyFigureColor = palette.blue;

/**
 * The number of premiums approved since the start of individueel maatwerk, written large and as the source
 * words it: a lower bound ("meer dan"), with the period and its missing reference date spelled out beneath.
 */
export function premiumsSinceStartChart(rows: KeyFigure[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const figure = rows.find((r) => r.measure === "premies_sinds_start_ondergrens");
  const big = width < 420 ? 30 : 40;
  const lines: FigureLine[] = [
    ...(figure ? [{text: `meer dan ${formatNumber(figure.value)}`, size: big, weight: 700, fill: keyFigureColor}] : []),
    ...wrapLine("goedgekeurde premies individueel maatwerk voor werkgevers en zelfstandigen", 14, 700, width),
    ...wrapLine("sinds de start op 1 juli 2023, tot de beleidsnota van 15 november 2024", 13, 400, width),
    ...wrapLine("Een ondergrens; de peildatum staat niet in de bron.", 12, 400, width, ink.muted)
  ];
  const {placed, height: textHeight} = stackLines(lines, 1.45);
  const height = options.height ?? textHeight + 32;
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    margin: 16,
    x: {domain: [0, 1], axis: null},
    y: {domain: [0, 1], axis: null},
    ariaLabel: "Goedgekeurde premies individueel maatwerk sinds de start",
    ariaDescription: describePremiumsSinceStart(rows),
    marks: lineMarks(placed)
  }) as SVGSVGElement;
}

export function describePremiumsSinceStart(rows: KeyFigure[]): string {
  const figure = rows.find((r) => r.measure === "premies_sinds_start_ondergrens");
  if (!figure) return "Goedgekeurde premies individueel maatwerk sinds de start: geen cijfer.";
  return `Sinds de start van individueel maatwerk op 1 juli 2023 zijn volgens de beleidsnota Sociale Economie 2024-2029 meer dan ${formatNumber(figure.value)} premies goedgekeurd voor werkgevers en zelfstandigen met een beperking. Het is een ondergrens zonder vermelde peildatum; er is geen reeks.`;
}
