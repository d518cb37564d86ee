import * as Plot from "@observablehq/plot";
import {formatNumber, formatPercent} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import type {FigureLine} from "../../grammar/figure-lines.js";
import {lineMarks, stackLines, wrapLine} from "../../grammar/figure-lines.js";
import {ink, palette, shade} from "../../grammar/palette.js";

/** The two published figures of dataset eak-hinder-aandeel for one year: the share (%) and the persons. */
export interface HinderMeasure {
  year: number;
  measure: string;
  value: number;
}

// Aandeel personen met hinder (dataset eak-hinder-aandeel): the second EAK chart in this file.

export const hinderColor = palette.orange;

/**
 * A figure, not a series: the share of 15- to 64-year-olds with long-term hinder written large, the number of
 * persons beside it, and a bar from 0 to 100% with the share filled, so the size reads at a glance. Only the
 * latest published year is drawn (2023 is the only one).
 */
export function hinderShareChart(rows: HinderMeasure[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const year = Math.max(...rows.map((r) => r.year));
  const share = rows.find((r) => r.year === year && r.measure === "aandeel");
  const persons = rows.find((r) => r.year === year && r.measure === "personen");
  const lines: FigureLine[] = [
    ...(share ? [{text: formatPercent(share.value), size: 40, weight: 700, fill: hinderColor}] : []),
    ...wrapLine(`van de bevolking van 15 tot 64 jaar in het Vlaams Gewest (${year})`, 14, 400, width),
    ...(persons
      ? wrapLine(`ongeveer ${formatNumber(persons.value)} personen met langdurige hinder`, 14, 700, width)
      : [])
  ];
  const {placed, height: textHeight} = stackLines(lines, 1.4);
  const height = options.height ?? textHeight + 90;
  // The y scale counts pixels down from the top of the frame, so the bar sits right under the text at any height.
  const frame = height - 16 - 28;
  const [barTop, barBottom] = [textHeight + 14, textHeight + 42];
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 16,
    marginRight: 16,
    marginTop: 16,
    marginBottom: 28,
    x: {domain: [0, 100], axis: null},
    y: {domain: [frame, 0], axis: null},
    ariaLabel: "Aandeel personen met hinder",
    ariaDescription: describeHinderShare(rows),
    marks: [
      ...lineMarks(placed),
      // The bar: grey track 0-100%, the published share filled.
      Plot.rect([0], {x1: 0, x2: 100, y1: barTop, y2: barBottom, fill: shade.track, ariaHidden: "true"}),
      ...(share
        ? [
            Plot.rect([share], {
              x1: 0,
              x2: "value",
              y1: barTop,
              y2: barBottom,
              fill: hinderColor,
              title: (d: HinderMeasure) =>
                `Personen met hinder, ${d.year}: ${formatPercent(d.value)} van de 15-64-jarigen`
            })
          ]
        : []),
      ...[0, 100].map((x) =>
        Plot.text([`${x}%`], {
          x,
          y: barBottom,
          text: (d: string) => d,
          dy: 10,
          textAnchor: x ? "end" : "start",
          fill: ink.muted,
          fontSize: 10
        })
      )
    ]
  }) as SVGSVGElement;
}

export function describeHinderShare(rows: HinderMeasure[]): string {
  if (!rows.length) return "Aandeel personen met hinder: geen cijfer.";
  const year = Math.max(...rows.map((r) => r.year));
  const share = rows.find((r) => r.year === year && r.measure === "aandeel");
  const persons = rows.find((r) => r.year === year && r.measure === "personen");
  const parts = [
    `In ${year} gaf ${share ? formatPercent(share.value) : "een onbekend aandeel"} van de bevolking van 15 tot 64 jaar in het Vlaams Gewest aan langdurige hinder te ervaren door een handicap, aandoening of ziekte`
  ];
  if (persons) parts.push(`, ongeveer ${formatNumber(persons.value)} personen`);
  return `${parts.join("")}. Alleen dit jaar is gepubliceerd in de gebruikte bronnen.`;
}
