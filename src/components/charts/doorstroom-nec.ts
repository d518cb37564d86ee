import * as Plot from "@observablehq/plot";
import {formatPercent} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "./doorstroom-lde-shared.js";

/** The published share of the outflow from collectief maatwerk that goes to the NEC (dataset doorstroom-nec). */
export interface NecShare {
  year: number;
  value: number;
}

/**
 * A single published figure drawn as what it is: one bar on a 0-100% track per published year, labelled,
 * with no axis of years that would suggest a series. The chart says in words that no other year is
 * published, so the empty space is not read as zero.
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
    x: {domain: [0, 100], label: "Aandeel van de uitstroom (%)", tickFormat: (d: number) => `${d}%`, grid: true},
    y: {domain: years, label: null, padding},
    ariaLabel: "Uitstroom uit collectief maatwerk naar het normaal economisch circuit",
    ariaDescription: describeDoorstroomNec(rows),
    marks: [
      // The track shows the whole (100% of the outflow); what the rest is (SEC, werkloosheid) is not published.
      Plot.barX(rows, {x1: 0, x2: 100, y: (d: NecShare) => String(d.year), fill: "#eee"}),
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
        fill: "#222",
        fontSize: 14,
        fontWeight: "bold"
      }),
      Plot.text([noOtherYears(rows)], {
        frameAnchor: "bottom-left",
        text: (d: string) => d,
        dy: 48,
        fill: "#444",
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
    `In ${latest.year} ging ${formatPercent(latest.value)} van de uitstroom uit collectief maatwerk naar het normaal economisch circuit (NEC). ` +
    `${noOtherYears(rows)} Een evolutie is daarom niet te tonen.`
  );
}
