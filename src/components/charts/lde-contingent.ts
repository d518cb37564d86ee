import * as Plot from "@observablehq/plot";
import {formatNumber, formatYear} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "./doorstroom-lde-shared.js";
import {ink} from "../../grammar/palette.js";

/** The granted LDE contingent, year average in VTE (dataset lde-contingent). */
export interface LdeContingent {
  year: number;
  value: number;
}

/** One bar per published year; a year without a figure has no bar (the axis keeps its place). */
export function ldeContingentChart(rows: LdeContingent[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const {width = 640, height = 300, document} = options;
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const max = Math.max(...rows.map((r) => r.value));
  const ticks: number[] = [];
  for (let year = first; year <= last; ++year) ticks.push(year);
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 56,
    marginTop: 24,
    x: {domain: [first - 0.5, last + 0.5], ticks, tickFormat: formatYear, label: null},
    y: {
      domain: [0, Math.ceil((max * 1.12) / 500) * 500],
      grid: true,
      label: "Toegekend contingent (VTE)",
      tickFormat: (d: number) => formatNumber(d)
    },
    ariaLabel: "Toegekend contingent lokale diensteneconomie",
    ariaDescription: describeLdeContingent(rows),
    marks: [
      Plot.rectY(rows, {
        x1: (d: LdeContingent) => d.year - 0.35,
        x2: (d: LdeContingent) => d.year + 0.35,
        y: "value",
        fill: palette.green,
        tip: true,
        title: (d: LdeContingent) => `${d.year}: ${formatNumber(d.value, 1)} VTE`
      }),
      Plot.text(rows, {
        x: "year",
        y: "value",
        text: (d: LdeContingent) => formatNumber(d.value, 1),
        dy: -8,
        fill: ink.text,
        fontSize: width < 480 ? 9 : 11
      }),
      Plot.ruleY([0])
    ]
  });
}

export function describeLdeContingent(rows: LdeContingent[]): string {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  if (!sorted.length) return "Toegekend contingent in de lokale diensteneconomie.";
  const [start, end] = [sorted[0], sorted[sorted.length - 1]];
  const peak = sorted.reduce((a, b) => (b.value > a.value ? b : a));
  return (
    `Toegekend contingent in de lokale diensteneconomie (jaargemiddelde), ${start.year}-${end.year}: ` +
    `${formatNumber(start.value, 1)} VTE in ${start.year}, ${formatNumber(end.value, 1)} VTE in ${end.year}; ` +
    `het hoogste contingent was ${formatNumber(peak.value, 1)} VTE in ${peak.year}.`
  );
}
