// Small pieces the doorstroom and LDE/AMA charts share: year ranges with gaps, and series-break markers.
import * as Plot from "@observablehq/plot";
import type {SeriesBreak} from "../../charts/breaks.js";
import {breakCaption, breakPosition} from "../../charts/breaks.js";
import {ink} from "../../grammar/palette.js";

export {palette} from "../../grammar/palette.js";

export interface YearPoint {
  year: number;
  value: number;
}

/**
 * Every year from first to last, NaN where nothing is published, so Plot breaks a line there instead of
 * drawing a straight line across a year without a figure.
 */
export function fillYears(points: YearPoint[], first: number, last: number): YearPoint[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const filled: YearPoint[] = [];
  for (let year = first; year <= last; ++year) filled.push({year, value: byYear.get(year) ?? NaN});
  return filled;
}

/** One tick per year on short axes, every other year on longer ones. */
export function yearTicks(first: number, last: number): number[] {
  const step = last - first > 8 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  return ticks;
}

export interface BreakMarker {
  /** Where the dashed rule stands, on the x scale (a year, or between two years: 2020.5). */
  x: number | Date;
  label: string;
  /** Which way the label runs from the rule. */
  anchor?: "start" | "end";
  /** Label offset from the top of the frame, in pixels, to keep several labels apart. */
  dy?: number;
}

/** Words wrapped into lines of at most `width` characters ("\n" between them), for captions at a rule. */
export function wrapCaption(text: string, width = 18): string {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length + 1 <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

/**
 * The metadata's breaks as rules on a year axis (or a time axis, `at` giving the date). Captions alternate
 * sides of their rule when two stand close, so they do not run into each other.
 */
export function breakMarkers(
  breaks: SeriesBreak[],
  at: (b: SeriesBreak) => number | Date = breakPosition
): BreakMarker[] {
  return breaks.map((b, i) => ({
    x: at(b),
    label: wrapCaption(breakCaption(b)),
    anchor: i % 2 === 1 && Number(at(b)) - Number(at(breaks[i - 1])) < 3 ? "end" : "start"
  }));
}

/**
 * A dashed vertical rule with a short label at the top of the frame: a break in the series. Markers at the same
 * place share one rule (a label either side of it).
 */
export function breakMarks(markers: BreakMarker[]): Plot.Markish[] {
  const rules = markers.filter((m, i) => markers.findIndex((o) => Number(o.x) === Number(m.x)) === i);
  const spoken = (m: BreakMarker) =>
    `Breuk in de reeks: ${markers
      .filter((o) => Number(o.x) === Number(m.x))
      .map((o) => o.label.replace(/\n/g, " "))
      .join(" | ")}`;
  return [
    ...rules.map((m) =>
      // ariaLabel is a channel: a function gives the rule's <line> its label (a string would name a field).
      Plot.ruleX([m.x], {stroke: ink.rule, strokeDasharray: "4,3", ariaLabel: () => spoken(m)})
    ),
    ...markers.map((m) =>
      Plot.text([m.label], {
        x: () => m.x,
        frameAnchor: "top",
        text: (d: string) => d,
        textAnchor: m.anchor ?? "start",
        dx: (m.anchor ?? "start") === "start" ? 4 : -4,
        dy: m.dy ?? 6,
        fill: ink.muted,
        fontSize: 10
      })
    )
  ];
}
