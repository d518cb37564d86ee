// A few published counts as horizontal bars, each with its count written beside it: for figures the source
// names side by side without a total, so nothing is stacked or summed.
import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {ink} from "../../grammar/palette.js";

export interface LabelledBars<T extends {value: number}> {
  /** The bars, top to bottom. */
  bars: T[];
  /** The bar's row label on the y axis. */
  label: (d: T) => string;
  /** The bar's colour key: a value of colors.domain. */
  fill: (d: T) => string;
  /** The bar's tooltip. */
  title: (d: T) => string;
  colors: {domain: string[]; range: string[]};
  xLabel: string;
  /** How many ticks the x axis aims for; Plot's choice when absent. */
  xTicks?: number;
  /** Pixels per bar when the caller gives no height. */
  rowHeight: number;
  marginLeft: number;
  /** Font size and wrapping width (in ems) of the row labels. */
  labelFontSize: number;
  labelLineWidth: number;
  ariaLabel: string;
  ariaDescription: string;
}

export function labelledBarsChart<T extends {value: number}>(
  spec: LabelledBars<T>,
  options: ChartOptions = {}
): SVGSVGElement {
  const {width = 640, document} = options;
  const {bars, label} = spec;
  const height = options.height ?? 60 + spec.rowHeight * bars.length;
  const max = Math.max(...bars.map((d) => d.value));
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: spec.marginLeft,
    marginRight: 56,
    marginTop: 16,
    marginBottom: 36,
    x: {
      label: spec.xLabel,
      domain: [0, max * 1.02],
      grid: true,
      ...(spec.xTicks === undefined ? {} : {ticks: spec.xTicks}),
      tickFormat: (d: number) => formatNumber(d)
    },
    y: {label: null, domain: bars.map(label), padding: 0.3},
    color: spec.colors,
    ariaLabel: spec.ariaLabel,
    ariaDescription: spec.ariaDescription,
    marks: [
      Plot.axisY({tickSize: 0, fontSize: spec.labelFontSize, lineWidth: spec.labelLineWidth}),
      Plot.barX(bars, {x: "value", y: label, fill: spec.fill, title: spec.title}),
      Plot.ruleX([0]),
      Plot.text(bars, {
        x: "value",
        y: label,
        text: (d: T) => formatNumber(d.value),
        textAnchor: "start",
        dx: 5,
        fill: ink.text,
        fontSize: 12,
        fontWeight: 700
      })
    ]
  }) as SVGSVGElement;
}
