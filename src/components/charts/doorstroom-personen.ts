import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import type {SeriesBreak} from "../../charts/breaks.js";
import {breaksWithin} from "../../charts/breaks.js";
import {breakMarkers, breakMarks, palette} from "./doorstroom-lde-shared.js";
import {ink} from "../../grammar/palette.js";

/** Persons moving on from collectief maatwerk to the regular circuit (dataset doorstroom-personen). */
export interface DoorstroomPersons {
  /** "2023" for a full year, "2025H1" for a half year. */
  period: string;
  value: number;
}

interface Bar extends DoorstroomPersons {
  year: number;
  half: boolean;
  /** The axis label ("2025" over "(1e helft)") and the same in a sentence ("het eerste halfjaar van 2025"). */
  label: string;
  spoken: string;
}

function toBar(row: DoorstroomPersons): Bar {
  const half = /^(\d{4})H([12])$/.exec(row.period);
  const year = Number(half ? half[1] : row.period);
  const label = half ? `${year}\n(${half[2] === "1" ? "1e" : "2e"} helft)` : String(year);
  const spoken = half ? `het ${half[2] === "1" ? "eerste" : "tweede"} halfjaar van ${year}` : String(year);
  return {...row, year, half: !!half, label, spoken};
}

export interface DoorstroomPersonsOptions extends ChartOptions {
  breaks?: SeriesBreak[];
}

/**
 * One bar per published period. A half year is not comparable with a full year, so it is drawn as an open,
 * dashed bar with "helft" in its axis label and a note above it, never in the same solid style.
 */
export function doorstroomPersonenChart(
  rows: DoorstroomPersons[],
  options: DoorstroomPersonsOptions = {}
): SVGSVGElement | HTMLElement {
  const {width = 640, height = 320, document, breaks = []} = options;
  const bars = rows.map(toBar).sort((a, b) => a.year - b.year);
  const years = bars.map((b) => b.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const full = bars.filter((b) => !b.half);
  const halves = bars.filter((b) => b.half);
  const max = Math.max(...bars.map((b) => b.value));
  const shownBreaks = breakMarkers(breaksWithin(breaks, first, last));
  const bar = {
    x1: (d: Bar) => d.year - 0.35,
    x2: (d: Bar) => d.year + 0.35,
    y: "value",
    tip: true,
    title: (d: Bar) =>
      `${d.label.replace("\n", " ")}: ${formatNumber(d.value)} personen${d.half ? " (half jaar, niet vergelijkbaar met een vol jaar)" : ""}`
  };
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 52,
    marginRight: 16,
    marginTop: 36,
    marginBottom: 40,
    x: {
      domain: [first - 0.5, last + 0.5],
      ticks: bars.map((b) => b.year),
      tickFormat: (year: number) => bars.find((b) => b.year === year)?.label ?? String(year),
      label: null
    },
    y: {
      domain: [0, Math.ceil((max * 1.25) / 100) * 100],
      grid: true,
      label: "Personen",
      tickFormat: (d: number) => formatNumber(d)
    },
    ariaLabel: "Personen die vanuit collectief maatwerk doorstromen naar het reguliere circuit",
    ariaDescription: describeDoorstroomPersonen(rows),
    marks: [
      ...breakMarks(shownBreaks),
      Plot.rectY(full, {...bar, fill: palette.blue}),
      Plot.rectY(halves, {...bar, fill: "white", stroke: palette.blue, strokeWidth: 2, strokeDasharray: "5,3"}),
      Plot.text(bars, {
        x: "year",
        y: "value",
        text: (d: Bar) => formatNumber(d.value),
        dy: -8,
        fill: ink.text,
        fontSize: 11
      }),
      Plot.text(halves, {
        x: "year",
        y: "value",
        text: () => "half jaar",
        dy: -22,
        fill: ink.muted,
        fontSize: 10,
        fontStyle: "italic"
      }),
      Plot.ruleY([0])
    ]
  });
}

export function describeDoorstroomPersonen(rows: DoorstroomPersons[]): string {
  const bars = rows.map(toBar).sort((a, b) => a.year - b.year);
  const full = bars.filter((b) => !b.half);
  if (!full.length) return "Personen die vanuit collectief maatwerk doorstromen naar het reguliere circuit.";
  const peak = full.reduce((a, b) => (b.value > a.value ? b : a));
  const latest = full[full.length - 1];
  const parts = [
    `Aantal personen dat vanuit collectief maatwerk doorstroomt naar het reguliere circuit, ${full[0].year}-${latest.year}.`,
    `Van ${formatNumber(full[0].value)} in ${full[0].year} naar ${formatNumber(latest.value)} in ${latest.year}; het hoogste aantal was ${formatNumber(peak.value)} in ${peak.year}.`
  ];
  for (const half of bars.filter((b) => b.half))
    parts.push(
      `In ${half.spoken}: ${formatNumber(half.value)} personen (een half jaar, niet vergelijkbaar met een vol jaar).`
    );
  return parts.join(" ");
}
