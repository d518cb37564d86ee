import * as Plot from "@observablehq/plot";
import {formatPercent} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "./doorstroom-lde-shared.js";
import {ink} from "../../grammar/palette.js";

/**
 * The published percentage 'uitstroom naar het NEC' from collectief maatwerk (dataset doorstroom-nec). The source
 * does not say what it is a percentage of, so the chart draws no whole it would be a part of.
 */
export interface NecShare {
  year: number;
  value: number;
}

/**
 * A single published figure drawn as what it is: one labelled bar per published year on a 0-100% scale, with
 * no axis of years that would suggest a series. No grey track fills the bar up to 100%: that would stand for
 * 'the rest of the outflow', a denominator the source does not give. The chart says in words that no other
 * year is published, so the empty space is not read as zero.
 */
export function doorstroomNecChart(rows: NecShare[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const {width = 640, height = 150, document} = options;
  const years = rows.map((r) => String(r.year));
  // Bars about 40 px thick whatever the height (the export draws at 360 px): one figure is not a big bar.
  const band = (height - 16 - 56) / Math.max(1, years.length);
  const padding = Math.min(0.8, Math.max(0.2, 1 - 40 / band));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginRight: 24,
    marginTop: 16,
    marginBottom: 56,
    x: {domain: [0, 100], label: "Uitstroom naar het NEC (%)", tickFormat: (d: number) => `${d}%`, grid: true},
    y: {domain: years, label: null, padding},
    ariaLabel: "Uitstroom uit collectief maatwerk naar het normaal economisch circuit",
    ariaDescription: describeDoorstroomNec(rows),
    marks: [
      Plot.barX(rows, {
        x: "value",
        y: (d: NecShare) => String(d.year),
        fill: palette.blue,
        tip: true,
        title: (d: NecShare) => `Uitstroom naar het NEC, ${d.year}: ${formatPercent(d.value)}`
      }),
      Plot.text(rows, {
        x: "value",
        y: (d: NecShare) => String(d.year),
        text: (d: NecShare) => formatPercent(d.value),
        textAnchor: "start",
        dx: 6,
        fill: ink.text,
        fontSize: 14,
        fontWeight: "bold"
      }),
      Plot.text([noOtherYears(rows)], {
        frameAnchor: "bottom-left",
        text: (d: string) => d,
        dy: 48,
        fill: ink.muted,
        fontSize: 11
      }),
      Plot.ruleX([0])
    ]
  });
}

function noOtherYears(rows: NecShare[]): string {
  const years = rows.map((r) => r.year).sort((a, b) => a - b);
  return years.length === 1
    ? `Alleen ${years[0]} is gepubliceerd; voor andere jaren is er geen cijfer.`
    : `Gepubliceerde jaren: ${years.join(", ")}; voor andere jaren is er geen cijfer.`;
}

export function describeDoorstroomNec(rows: NecShare[]): string {
  if (!rows.length) return "Uitstroom uit collectief maatwerk naar het normaal economisch circuit (NEC).";
  const latest = [...rows].sort((a, b) => a.year - b.year)[rows.length - 1];
  return (
    `Volgens de beleidsnota bedroeg de uitstroom uit collectief maatwerk naar het normaal economisch circuit (NEC) in ${latest.year} ${formatPercent(latest.value)}. ` +
    `De beleidsnota vermeldt de noemer niet: van welk totaal dit een aandeel is, staat er niet bij. ` +
    `${noOtherYears(rows)} Een evolutie is daarom niet te tonen.`
  );
}
