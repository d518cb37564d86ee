import * as Plot from "@observablehq/plot";
import {formatPercent, formatPoints, formatYear} from "../format.js";
import type {SeriesBreak} from "../../charts/breaks.js";
import {declutter, LabelSpace} from "../../grammar/declutter.js";
import {yearTicks} from "../../grammar/periods.js";
import {breakApplies, breakCaption, breakPosition, breaksWithin, cutsSeries, stretchOf} from "../../charts/breaks.js";
import {ink, palette} from "../../grammar/palette.js";

/** One published or derived observation of the EAK employment rates (dataset eak-werkzaamheid). */
export interface EmploymentRate {
  year: number;
  group: string;
  value: number;
}

export interface EmploymentGapOptions {
  width?: number;
  height?: number;
  /** Series breaks from the dataset's metadata; those outside the years shown are left out. */
  breaks?: SeriesBreak[];
  /** The document to draw into: the page's, or jsdom's when rendering at build time. */
  document?: Document;
}

export const employmentSeries = [
  {group: "totaal", label: "Totale bevolking 20-64 jaar", color: palette.blue},
  {group: "hinder", label: "Personen met hinder", color: palette.orange}
] as const;

interface LinePoint {
  year: number;
  value: number;
  label: string;
  stretch: string;
}

/**
 * Both employment rates over time and the gap between them. Lines connect consecutive published years only:
 * a year without a published figure breaks the line (2003-2006 stay visibly empty), and every published
 * value is a dot. The gap is drawn as a bracket between the two dots of a year, labelled in ppt.
 */
export function employmentGapChart(
  rows: EmploymentRate[],
  options: EmploymentGapOptions = {}
): SVGSVGElement | HTMLElement {
  const {width = 640, height = 360, breaks = [], document} = options;
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const marks = breaksWithin(breaks, first, last);
  const lines = employmentSeries.flatMap(({group, label}) => withGaps(rows, group, label, first, last, marks));
  const observed = rows.filter((r) => r.group !== "kloof");
  const gaps = gapBrackets(rows);
  // Values are written beside the dots of the years with a gap and the latest year; the rest have tooltips.
  const labelled = observed.filter((r) => gaps.some((g) => g.year === r.year) || r.year === last);
  // Captions stand at the top, one line down per break that would touch the one before (a phone is narrow).
  const perYear = (width - 72) / Math.max(1, last - first + 1);
  const captions = stagger(marks, perYear, first - 0.5, last + 0.5);
  const space = new LabelSpace();
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginRight: 60, // room for the latest gap label ("29,5 ppt") right of its bracket
    marginTop: 28,
    x: {
      label: null,
      tickFormat: formatYear,
      domain: [first - 0.5, last + 0.5],
      ticks: yearTicks(first, last, width - 72)
    },
    y: {label: "Werkzaamheidsgraad (%)", domain: [0, 100], grid: true, tickFormat: (d: number) => `${d}%`},
    // The legend is the frame's (HTML on the page, drawn in exports), so the chart stays a single SVG.
    color: {
      domain: employmentSeries.map((s) => s.label),
      range: employmentSeries.map((s) => s.color)
    },
    ariaLabel: "Werkzaamheidsgraad en kloof",
    ariaDescription: describeEmploymentGap(rows),
    marks: [
      Plot.ruleY([0]),
      ...marks.map((b) =>
        Plot.ruleX([breakPosition(b)], {
          stroke: ink.rule,
          strokeDasharray: cutsSeries(b) ? "1,2" : "4,3",
          ariaLabel: () => `Breuk in de reeks: ${breakCaption(b)}`
        })
      ),
      ...captions.map(({b, line, leftward}) =>
        Plot.text([b], {
          x: breakPosition(b),
          y: 100,
          text: (d: SeriesBreak) => (perYear < 24 ? d.period : breakCaption(d)),
          textAnchor: leftward ? "end" : "start",
          dx: leftward ? -3 : 3,
          dy: 6 + line * 12,
          fill: ink.muted,
          fontSize: 10
        })
      ),
      Plot.ruleX(gaps, {x: "year", y1: "low", y2: "high", stroke: ink.rule, strokeWidth: 2, ariaLabel: "kloof"}),
      Plot.text(
        [...gaps].sort((a, b) => b.year - a.year),
        {
          x: "year",
          y: (d: GapBracket) => (d.low + d.high) / 2,
          text: (d: GapBracket) => formatPoints(d.gap),
          textAnchor: "start",
          dx: 6,
          render: declutter(space, {fontSize: 11, dx: 6, textAnchor: "start"}),
          fill: ink.muted,
          fontSize: 11
        }
      ),
      Plot.lineY(lines, {x: "year", y: "value", z: "stretch", stroke: "label", strokeWidth: 2}),
      Plot.dot(observed, {
        x: "year",
        y: "value",
        fill: (d: EmploymentRate) => labelOf(d.group),
        r: 4,
        tip: true,
        title: (d: EmploymentRate) => `${labelOf(d.group)}, ${d.year}: ${formatPercent(d.value)}`
      }),
      // dy is a constant in Plot, not a channel: one text mark above the upper series, one below the lower.
      ...["totaal", "hinder"].map((group) =>
        Plot.text(
          labelled.filter((r) => r.group === group).sort((a, b) => b.year - a.year),
          {
            x: "year",
            y: "value",
            text: (d: EmploymentRate) => formatPercent(d.value),
            dy: group === "hinder" ? 14 : -10,
            render: declutter(space, {fontSize: 10, dy: group === "hinder" ? 14 : -10}),
            fill: ink.text,
            fontSize: 10
          }
        )
      )
    ]
  });
}

function labelOf(group: string): string {
  return employmentSeries.find((s) => s.group === group)?.label ?? group;
}

/**
 * Every year from first to last, NaN where nothing is published, so Plot breaks the line there; a change of
 * definition or source starts a new stretch, so no line joins across it either.
 */
function withGaps(
  rows: EmploymentRate[],
  group: string,
  label: string,
  first: number,
  last: number,
  breaks: SeriesBreak[]
): LinePoint[] {
  const byYear = new Map(rows.filter((r) => r.group === group).map((r) => [r.year, r.value]));
  const points: LinePoint[] = [];
  for (let year = first; year <= last; ++year)
    points.push({
      year,
      value: byYear.get(year) ?? NaN,
      label,
      stretch: `${group}#${stretchOf(String(year), {group}, breaks)}`
    });
  return points;
}

/**
 * Places each caption: to the right of its rule, or to the left where it would run out of the chart, and one
 * line lower when it would run into a caption already on the line.
 */
function stagger(
  breaks: SeriesBreak[],
  perYear: number,
  from: number,
  to: number
): {b: SeriesBreak; line: number; leftward: boolean}[] {
  const taken: [number, number][][] = [];
  return breaks.map((b) => {
    const at = (breakPosition(b) - from) * perYear;
    const length = (perYear < 24 ? b.period.length : breakCaption(b).length) * 5.6 + 6;
    const leftward = at + length > (to - from) * perYear;
    const [start, end] = leftward ? [at - length, at] : [at, at + length];
    let line = taken.findIndex((spans) => spans.every(([a, z]) => end <= a || start >= z));
    if (line < 0) line = taken.push([]) - 1;
    taken[line].push([start, end]);
    return {b, line, leftward};
  });
}

interface GapBracket {
  year: number;
  low: number;
  high: number;
  gap: number;
}

function gapBrackets(rows: EmploymentRate[]): GapBracket[] {
  return rows
    .filter((r) => r.group === "kloof")
    .flatMap(({year, value}) => {
      const total = rows.find((r) => r.year === year && r.group === "totaal");
      const hinder = rows.find((r) => r.year === year && r.group === "hinder");
      return total && hinder ? [{year, low: hinder.value, high: total.value, gap: value}] : [];
    });
}

/**
 * The text alternative: what the chart shows, with the latest values and the change of the gap. The gap is
 * compared only with years of the same definition; across a change of definition the text says so instead.
 */
export function describeEmploymentGap(rows: EmploymentRate[], breaks: SeriesBreak[] = []): string {
  const gaps = rows.filter((r) => r.group === "kloof").sort((a, b) => a.year - b.year);
  if (!gaps.length) return "Werkzaamheidsgraad van de totale bevolking en van personen met hinder.";
  const latest = gaps[gaps.length - 1];
  const value = (group: string) => rows.find((r) => r.year === latest.year && r.group === group)?.value;
  const parts = [
    `Werkzaamheidsgraad van 20- tot 64-jarigen in het Vlaams Gewest, ${gaps[0].year}-${latest.year}.`,
    `In ${latest.year}: totale bevolking ${formatPercent(value("totaal") ?? NaN)}, personen met hinder ${formatPercent(value("hinder") ?? NaN)}, kloof ${formatPoints(latest.value)}.`
  ];
  const stretch = (g: EmploymentRate) => stretchOf(String(g.year), g, breaks);
  const comparable = gaps.filter((g) => stretch(g) === stretch(latest));
  if (comparable.length > 1) parts.push(`In ${comparable[0].year} was de kloof ${formatPoints(comparable[0].value)}.`);
  const earlier = gaps.filter((g) => stretch(g) !== stretch(latest));
  const change = breaks.find((b) => cutsSeries(b) && breakApplies(b, latest) && earlier.length > 0);
  if (change)
    parts.push(
      `De cijfers voor personen met hinder van ${earlier[0].year} tot ${earlier[earlier.length - 1].year} volgen een andere definitie en bron dan ${latest.year}; de kloof van ${latest.year} is niet te vergelijken met die jaren.`
    );
  parts.push(`Gepubliceerde jaren: ${[...new Set(gaps.map((g) => g.year))].join(", ")}; andere jaren ontbreken.`);
  return parts.join(" ");
}
