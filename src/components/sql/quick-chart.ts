// A quick look at a two-column result: the first column on x, the second (numeric) on y. Years give a line that
// breaks where a year has no row (lines never bridge a missing figure) with a dot for every value; anything
// else gives bars in the order of the query.
import * as Plot from "@observablehq/plot";
import {addGroupRoles} from "../../grammar/aria-groups.js";
import {mainColor} from "../../grammar/palette.js";
import {yearRange, yearTicks} from "../../grammar/periods.js";
import {formatNumber, formatYear} from "../format.js";
import {formatCell, isYearValue} from "./result-table.js";
import type {QueryResult} from "./run-query.js";

export type QuickChartKind = "line" | "bar";

export interface QuickChartChoice {
  kind: QuickChartKind;
  x: string;
  y: string;
}

/** More bars than this are unreadable at page width; such a result gets no quick chart. */
export const MAX_BARS = 60;
/** A line over more years than this (e.g. 1800-2200 by accident) is not a time series worth drawing. */
const MAX_YEARS = 300;

/**
 * The chart for a result, or a Dutch reason why there is none. Needs exactly two columns, at least one row,
 * numbers (or empty cells) in the second column, and each x value once (two rows for one year would stack or
 * zigzag and misstate the figures).
 */
export function chooseQuickChart(result: QueryResult): QuickChartChoice | {reason: string} {
  if (result.columns.length !== 2)
    return {reason: "Een snelle grafiek is er voor resultaten met twee kolommen: x en een getal."};
  const [x, y] = result.columns;
  const xs = result.rows.map((r) => r[0]);
  const ys = result.rows.map((r) => r[1]);
  if (!ys.some((v) => typeof v === "number") || !ys.every((v) => v === null || typeof v === "number"))
    return {reason: "Geen snelle grafiek: de tweede kolom bevat geen getallen."};
  if (xs.some((v) => v === null)) return {reason: "Geen snelle grafiek: de eerste kolom heeft lege cellen."};
  const keys = xs.map((v) => (typeof v === "number" ? `n${v}` : `s${formatCell(v)}`));
  if (new Set(keys).size !== keys.length)
    return {reason: "Geen snelle grafiek: een waarde in de eerste kolom komt meer dan eens voor."};
  const years = xs.filter(isYearValue);
  if (years.length === xs.length && Math.max(...years) - Math.min(...years) <= MAX_YEARS) return {kind: "line", x, y};
  if (xs.length > MAX_BARS) return {reason: `Geen snelle grafiek: meer dan ${MAX_BARS} staven zijn niet leesbaar.`};
  return {kind: "bar", x, y};
}

export interface QuickChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

export interface QuickChartPoint {
  x: number | string;
  y: number;
  label: string;
}

/**
 * Draws the chosen chart: one <svg>, with an ARIA label and a text description in nl-BE numbers. Plot labels its
 * groups without a role; addGroupRoles gives them one, as ARIA requires of an element with aria-label.
 */
export function quickChart(result: QueryResult, choice: QuickChartChoice, options: QuickChartOptions = {}): Element {
  return addGroupRoles(drawQuickChart(result, choice, options));
}

function drawQuickChart(result: QueryResult, choice: QuickChartChoice, options: QuickChartOptions): Element {
  const {width = 640, height = 320, document} = options;
  const marginLeft = 64;
  const points: QuickChartPoint[] = result.rows.map(([x, y]) => ({
    x: typeof x === "number" ? x : formatCell(x),
    y: typeof y === "number" ? y : NaN,
    label: typeof x === "number" && choice.kind === "line" ? formatYear(x) : formatCell(x)
  }));
  const title = (d: QuickChartPoint) =>
    `${choice.x} ${d.label}: ${Number.isNaN(d.y) ? "geen waarde" : formatNumber(d.y)}`;
  const common = {
    document,
    width,
    height,
    marginLeft,
    y: {label: choice.y, grid: true, tickFormat: (d: number) => formatNumber(d)},
    ariaLabel: `Snelle grafiek: ${choice.y} per ${choice.x}`,
    ariaDescription: describeQuickChart(points, choice)
  };
  if (choice.kind === "line") {
    // A line's x values are years (chooseQuickChart), all numbers.
    const years = points.flatMap((p) => (typeof p.x === "number" ? [p.x] : []));
    const [first, last] = [Math.min(...years), Math.max(...years)];
    return Plot.plot({
      ...common,
      x: {
        label: choice.x,
        tickFormat: formatYear,
        domain: [first - 0.5, last + 0.5],
        ticks: yearTicks(first, last, width - marginLeft - 20)
      },
      marks: [
        Plot.lineY(withGaps(points, first, last), {x: "x", y: "y", stroke: mainColor, strokeWidth: 2}),
        Plot.dot(
          points.filter((p) => !Number.isNaN(p.y)),
          {x: "x", y: "y", fill: mainColor, r: 3.5, tip: true, title}
        )
      ]
    });
  }
  const longLabels = points.length > 12 || points.some((p) => p.label.length > 10);
  return Plot.plot({
    ...common,
    marginBottom: longLabels ? 96 : 40,
    x: {
      label: choice.x,
      domain: points.map((p) => p.x),
      tickFormat: (d: number | string) => (typeof d === "number" ? formatNumber(d) : truncate(d)),
      tickRotate: longLabels ? -40 : 0
    },
    marks: [
      Plot.barY(
        points.filter((p) => !Number.isNaN(p.y)),
        {x: "x", y: "y", fill: mainColor, tip: true, title}
      ),
      Plot.ruleY([0])
    ]
  });
}

/** Every year from first to last, NaN where the result has no row, so Plot breaks the line there. */
function withGaps(points: QuickChartPoint[], first: number, last: number): QuickChartPoint[] {
  const byYear = new Map(points.map((p) => [p.x, p]));
  return yearRange(first, last).map((year) => byYear.get(year) ?? {x: year, y: NaN, label: formatYear(year)});
}

function truncate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** The text alternative: what is drawn, the first and last value. */
export function describeQuickChart(points: QuickChartPoint[], choice: QuickChartChoice): string {
  const drawn = points.filter((p) => !Number.isNaN(p.y));
  const kind = choice.kind === "line" ? "Lijngrafiek" : "Staafdiagram";
  if (!drawn.length) return `${kind} van ${choice.y} per ${choice.x}, zonder waarden.`;
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  const parts = [
    `${kind} van ${choice.y} per ${choice.x}, ${drawn.length === 1 ? "1 waarde" : `${drawn.length} waarden`}.`
  ];
  parts.push(`${first.label}: ${formatNumber(first.y)}.`);
  if (drawn.length > 1) parts.push(`${last.label}: ${formatNumber(last.y)}.`);
  return parts.join(" ");
}
