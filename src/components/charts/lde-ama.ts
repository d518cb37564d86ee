import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "./doorstroom-lde-shared.js";
import {ink} from "../../grammar/palette.js";

/** One of the three published AMA figures of a year (dataset ama-2023). */
export interface AmaFigure {
  year: number;
  measure: string;
  value: number;
}

/** Each figure has its own unit, so each is a figure of its own, not a bar on a shared axis. */
export const amaMeasures = [
  {measure: "deelnemers", label: "deelnemers (personen)", color: palette.blue},
  {measure: "contingent", label: "contingent (VTE)", color: palette.orange},
  {measure: "organisaties", label: "maatwerkbedrijven en samenwerkingsverbanden", color: palette.green}
] as const;

const measureOf = (code: string) => amaMeasures.find((m) => m.measure === code);

/** The figures side by side as large numbers with their unit under them. */
export function amaFiguresChart(rows: AmaFigure[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const {width = 640, height = 160, document} = options;
  const measures = amaMeasures.filter((m) => rows.some((r) => r.measure === m.measure)).map((m) => m.measure);
  const big = width < 480 ? 26 : 36;
  return Plot.plot({
    document,
    width,
    height,
    margin: 8,
    x: {type: "band", domain: measures, axis: null, padding: 0.05},
    y: {domain: [0, 1], axis: null},
    ariaLabel: "Arbeidsmatige activiteiten: deelnemers, contingent en organisaties",
    ariaDescription: describeAmaFigures(rows),
    marks: [
      Plot.text(rows, {
        x: "measure",
        y: () => 0.62,
        text: (d: AmaFigure) => formatNumber(d.value),
        fill: (d: AmaFigure) => measureOf(d.measure)?.color ?? ink.text,
        fontSize: big,
        fontWeight: "bold",
        title: (d: AmaFigure) => `${d.year}: ${formatNumber(d.value)} ${measureOf(d.measure)?.label ?? d.measure}`
      }),
      Plot.text(rows, {
        x: "measure",
        y: () => 0.62,
        text: (d: AmaFigure) => measureOf(d.measure)?.label ?? d.measure,
        lineAnchor: "top",
        lineWidth: width < 480 ? 11 : 14,
        dy: big * 0.7,
        fill: ink.text,
        fontSize: width < 480 ? 10 : 12
      })
    ]
  });
}

export function describeAmaFigures(rows: AmaFigure[]): string {
  const value = (measure: string) => rows.find((r) => r.measure === measure)?.value;
  const year = rows[0]?.year;
  const [people, vte, organisations] = [value("deelnemers"), value("contingent"), value("organisaties")];
  if (people === undefined || vte === undefined || organisations === undefined)
    return "Arbeidsmatige activiteiten in de sociale economie: deelnemers, contingent en organisaties.";
  return (
    `In ${year} namen ${formatNumber(people)} personen deel aan arbeidsmatige activiteiten in de sociale economie, ` +
    `binnen een contingent van ${formatNumber(vte)} VTE, verspreid over ${formatNumber(organisations)} maatwerkbedrijven en samenwerkingsverbanden. ` +
    "Alleen dit jaar is gepubliceerd."
  );
}
