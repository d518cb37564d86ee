import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import {ink, palette} from "../../grammar/palette.js";

/** One published count of one category, optionally in one panel (a year). */
export interface BarRow {
  category: string;
  value: number;
  panel?: string;
}

export interface BarCategory {
  key: string;
  label: string;
  /** The bar's colour; the chart's colour otherwise. */
  color?: string;
}

export interface BarsOptions {
  width?: number;
  height?: number;
  document?: Document;
  /** The categories in the order drawn (top to bottom), with their Dutch labels. */
  categories: BarCategory[];
  /** Panels side by side (e.g. years), each with the same categories; one panel when absent. */
  panels?: string[];
  color?: string;
  xLabel: string;
  format?: (value: number) => string;
  /** A line of text under a category's bar (e.g. what was granted of the places opened). */
  captions?: Record<string, string>;
  marginLeft?: number;
  ariaLabel: string;
  ariaDescription: string;
}

const captionKey = (key: string) => `${key}::bijschrift`;
const isCaption = (key: string) => key.endsWith("::bijschrift");

interface Caption {
  category: string;
  text: string;
}

/**
 * Horizontal bars from zero, one per category, with the value written at the end of each bar. With panels
 * (years), the categories repeat in small multiples side by side, so each class can be compared over time.
 */
export function barsChart(rows: BarRow[], options: BarsOptions): SVGSVGElement {
  const {width = 640, document, categories, panels, color = palette.blue, captions = {}} = options;
  const format = options.format ?? ((v: number) => formatNumber(v));
  // A caption gets a row of its own under its bar (no tick label), so it never overlaps the bar at any height.
  const captionRows: Caption[] = Object.entries(captions).map(([category, text]) => ({
    category: captionKey(category),
    text
  }));
  const domain = categories.flatMap((c) => (captions[c.key] ? [c.key, captionKey(c.key)] : [c.key]));
  const height = options.height ?? Math.max(120, domain.length * 32 + (panels ? 70 : 50));
  const labelOf = (key: string) => (isCaption(key) ? "" : (categories.find((c) => c.key === key)?.label ?? key));
  const fill = (d: BarRow) => categories.find((c) => c.key === d.category)?.color ?? color;
  const drawn = rows.filter((r) => categories.some((c) => c.key === r.category));
  const max = Math.max(0, ...drawn.map((r) => r.value));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: options.marginLeft ?? 140,
    marginRight: 48,
    marginTop: panels ? 28 : 12,
    marginBottom: 36,
    x: {label: options.xLabel, domain: [0, max * 1.12], grid: true, tickFormat: format, ticks: panels ? 3 : 5},
    y: {domain, label: null, tickFormat: labelOf, tickSize: 0, padding: 0.2},
    ...(panels ? {fx: {domain: panels, label: null, axis: "top" as const}} : {}),
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    marks: [
      Plot.barX(drawn, {
        x: "value",
        y: "category",
        ...(panels ? {fx: "panel"} : {}),
        fill,
        tip: true,
        title: (d: BarRow) => `${labelOf(d.category)}${d.panel ? `, ${d.panel}` : ""}: ${format(d.value)}`
      }),
      Plot.ruleX([0]),
      Plot.text(drawn, {
        x: "value",
        y: "category",
        ...(panels ? {fx: "panel"} : {}),
        text: (d: BarRow) => format(d.value),
        textAnchor: "start",
        dx: 4,
        fill: ink.text,
        fontSize: 11
      }),
      Plot.text(captionRows, {x: 0, y: "category", text: "text", textAnchor: "start", fill: ink.muted, fontSize: 10})
    ]
  }) as SVGSVGElement;
}
