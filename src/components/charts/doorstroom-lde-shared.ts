// Small pieces the doorstroom and LDE/AMA charts share: year ranges with gaps, and series-break markers.
import * as Plot from "@observablehq/plot";

/** Colours with at least 3:1 contrast on white. */
export const palette = {
  blue: "#1d4f91",
  orange: "#b34700",
  green: "#2e7d32",
  purple: "#6a3d9a",
  grey: "#555"
} as const;

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
      Plot.ruleX([m.x], {stroke: "#666", strokeDasharray: "4,3", ariaLabel: () => spoken(m)})
    ),
    ...markers.map((m) =>
      Plot.text([m.label], {
        x: () => m.x,
        frameAnchor: "top",
        text: (d: string) => d,
        textAnchor: m.anchor ?? "start",
        dx: (m.anchor ?? "start") === "start" ? 4 : -4,
        dy: m.dy ?? 6,
        fill: "#444",
        fontSize: 10
      })
    )
  ];
}
