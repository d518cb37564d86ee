import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import {periodLabel, shortPeriodLabel, thinPeriods} from "../../grammar/periods.js";
import {textWidth} from "../../grammar/declutter.js";
import {ink, palette} from "../../grammar/palette.js";

/** One published count: a part (a province) or the published total of a period. */
export interface StackRow {
  period: string;
  part: string;
  value: number;
}

export interface StackPart {
  key: string;
  label: string;
  color: string;
}

export interface StackedOptions {
  width?: number;
  height?: number;
  document?: Document;
  /** The parts, bottom to top; rows of any other part (the total) are not stacked. */
  parts: StackPart[];
  /** The code of the published total, written above each bar and drawn alone where no parts are published. */
  total: string;
  totalLabel: string;
  /** Fill of a bar with only a published total (no breakdown). */
  totalColor?: string;
  /** Written inside a bar with only a total, e.g. "alleen\ntotaal". */
  totalOnlyNote?: string;
  yLabel: string;
  ariaLabel: string;
  ariaDescription: string;
}

/** Segments shorter than this share of the tallest bar get no number inside (it would not fit). */
const minLabelShare = 0.045;

/**
 * Stacked bars per period from the published parts, with the published total above each bar (not a sum the
 * chart makes). A period with only a total (no breakdown published) is an open bar of the total alone.
 */
export function stackedBarsChart(rows: StackRow[], options: StackedOptions): SVGSVGElement {
  const {width = 640, height = 380, document, parts, total} = options;
  const domain = [...new Set(rows.map((r) => r.period))].sort();
  const partRows = rows.filter((r) => parts.some((p) => p.key === r.part));
  const totals = rows.filter((r) => r.part === total);
  const withParts = new Set(partRows.map((r) => r.period));
  const totalOnly = totals.filter((r) => !withParts.has(r.period));
  const labelOf = (key: string) =>
    key === total ? options.totalLabel : (parts.find((p) => p.key === key)?.label ?? key);
  const max = Math.max(0, ...rows.map((r) => r.value));
  // A narrow chart writes "aug. ’25" for "aug. 2025", and every other period where even that does not fit.
  const inner = width - 56 - 20;
  const fits = (label: (p: string) => string) =>
    Math.max(...domain.map((p) => textWidth(label(p), 10))) + 6 <= inner / Math.max(1, domain.length);
  const tickLabel = fits(periodLabel) ? periodLabel : shortPeriodLabel;
  const order = (d: StackRow) => parts.findIndex((p) => p.key === d.part);
  const stack = {x: "period", y: "value", z: "part", order: (a: StackRow, b: StackRow) => order(a) - order(b)};
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 56,
    marginTop: 24,
    marginBottom: 36,
    x: {domain, ticks: axisTicks(domain, inner), label: null, tickFormat: tickLabel, padding: 0.25},
    y: {label: options.yLabel, grid: true, domain: [0, max * 1.08], tickFormat: (v: number) => formatNumber(v)},
    // The legend is the frame's (HTML on the page, drawn in exports), so the chart stays a single SVG.
    color: {domain: parts.map((p) => p.label), range: parts.map((p) => p.color)},
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    marks: [
      Plot.barY(
        partRows,
        Plot.stackY({
          ...stack,
          fill: (d: StackRow) => labelOf(d.part),
          stroke: "white",
          strokeWidth: 0.75,
          tip: true,
          title: (d: StackRow) => `${labelOf(d.part)}, ${periodLabel(d.period)}: ${formatNumber(d.value)}`
        })
      ),
      Plot.text(
        partRows,
        Plot.stackY({
          ...stack,
          text: (d: StackRow) => (d.value >= max * minLabelShare ? formatNumber(d.value) : ""),
          fill: "white",
          fontSize: 10
        })
      ),
      Plot.barY(totalOnly, {
        x: "period",
        y: "value",
        fill: options.totalColor ?? palette.neutral,
        tip: true,
        title: (d: StackRow) => `${options.totalLabel}, ${periodLabel(d.period)}: ${formatNumber(d.value)}`
      }),
      Plot.text(totalOnly, {
        x: "period",
        y: "value",
        text: () => options.totalOnlyNote ?? "",
        lineAnchor: "top",
        dy: 8,
        fill: "white",
        fontSize: 10
      }),
      Plot.ruleY([0]),
      Plot.text(totals, {
        x: "period",
        y: "value",
        text: (d: StackRow) => formatNumber(d.value),
        lineAnchor: "bottom",
        dy: -4,
        fill: ink.text,
        fontSize: 11,
        fontWeight: "bold"
      })
    ]
  }) as SVGSVGElement;
}

/** Every period when their labels fit below the bars, else every other one (always the last). */
function axisTicks(domain: string[], inner: number): string[] {
  const widest = Math.max(...domain.map((p) => textWidth(shortPeriodLabel(p), 10))) + 6;
  return thinPeriods(domain, inner, widest);
}
