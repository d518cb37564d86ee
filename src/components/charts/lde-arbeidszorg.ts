import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import type {SeriesBreak} from "../../charts/breaks.js";
import {periodNumber} from "../../charts/breaks.js";
import {breakMarkers, breakMarks, palette} from "./doorstroom-lde-shared.js";
import type {SizeClass} from "./size-classes.js";
import {findSizeLabel} from "./size-classes.js";
import {ink} from "../../grammar/palette.js";
import {declutter, LabelSpace} from "../../grammar/declutter.js";

export const careTypes = [
  {code: "structureel", label: "Structurele arbeidszorg", color: palette.blue},
  {code: "experimenteel", label: "Experimentele arbeidszorg", color: palette.orange},
  {code: "activerend", label: "Activerende arbeidszorg", color: palette.purple}
] as const;

export const careLabel = (code: string) => careTypes.find((c) => c.code === code)?.label ?? code;
const careColors = {domain: careTypes.map((c) => c.label), range: careTypes.map((c) => c.color)};

/** One published contingent of a type of arbeidszorg for a period (dataset arbeidszorg-contingent). */
export interface CareContingent {
  period: string;
  care_type: string;
  value: number;
}

/**
 * Activerende arbeidszorg was granted per allocation period, not per calendar year. The table stores the
 * periods as "2018-2019" and "2019-2020"; the exact dates are those printed in the answer (row notes).
 */
const allocationPeriods: Record<string, {start: string; end: string; label: string}> = {
  "2018-2019": {start: "2018-07-16", end: "2019-10-16", label: "16/7/2018 – 15/10/2019"},
  "2019-2020": {start: "2019-10-16", end: "2021-01-01", label: "16/10/2019 – 31/12/2020"}
};

interface Span extends CareContingent {
  start: Date;
  end: Date;
  label: string;
}

/** The time a published contingent applies to: a year, a quarter ("2021K1") or an allocation period. */
export function periodSpan(period: string): {start: Date; end: Date; label: string} {
  const allocation = allocationPeriods[period];
  if (allocation) return {start: new Date(allocation.start), end: new Date(allocation.end), label: allocation.label};
  const quarter = /^(\d{4})K([1-4])$/.exec(period);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return {
      start: new Date(Date.UTC(year, (q - 1) * 3, 1)),
      end: new Date(Date.UTC(year, q * 3, 1)),
      label: `${year}, ${q}e kwartaal`
    };
  }
  const years = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!years) throw new Error(`unknown period ${period}`);
  const [from, to] = [Number(years[1]), Number(years[2] ?? years[1])];
  return {start: new Date(Date.UTC(from, 0, 1)), end: new Date(Date.UTC(to + 1, 0, 1)), label: period};
}

export interface CareContingentOptions extends ChartOptions {
  /** Series breaks from the metadata: the start of AMA WSE (2021K2), where the series stops. */
  breaks?: SeriesBreak[];
}

/** The first day of a period ("2021K2" → 1 April 2021), where a break's rule stands on a time axis. */
function periodStart(b: SeriesBreak): Date {
  const at = periodNumber(b.period);
  const year = Math.floor(at);
  return new Date(Date.UTC(year, Math.round((at - year) * 12), 1));
}

/**
 * Each published contingent as a horizontal segment over the time it applies to, so a contingent for an
 * allocation period (activerende arbeidszorg) is not forced onto calendar years. The series ends where
 * arbeidszorg became AMA WSE; the rest of that year stays empty.
 */
export function arbeidszorgContingentChart(
  rows: CareContingent[],
  options: CareContingentOptions = {}
): SVGSVGElement | HTMLElement {
  const {width = 640, height = 320, document, breaks = []} = options;
  const spans: Span[] = rows.map((r) => ({...r, ...periodSpan(r.period)}));
  const start = new Date(Date.UTC(Math.min(...spans.map((s) => s.start.getUTCFullYear())), 0, 1));
  const last = Math.max(...spans.map((s) => s.end.getTime()));
  const domainEnd = new Date(Date.UTC(new Date(last - 1).getUTCFullYear() + 1, 0, 1));
  const max = Math.max(...spans.map((s) => s.value));
  // The value is written once per run of equal values, at its start.
  const labelled = spans.filter(
    (s) =>
      !spans.some((o) => o.care_type === s.care_type && o.value === s.value && o.end.getTime() === s.start.getTime())
  );
  const ticks: Date[] = [];
  for (let year = start.getUTCFullYear(); year < domainEnd.getUTCFullYear(); ++year)
    ticks.push(new Date(Date.UTC(year, 0, 1)));
  const space = new LabelSpace();
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginRight: 20,
    marginTop: 24,
    x: {
      type: "utc",
      domain: [start, domainEnd],
      ticks,
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
      label: null
    },
    // Headroom above the highest line for the label of the break.
    y: {domain: [0, Math.ceil((max * 1.4) / 50) * 50], grid: true, label: "Contingent (VTE van 30 uur per week)"},
    color: careColors,
    ariaLabel: "Beschikbaar contingent arbeidszorg per type",
    ariaDescription: describeArbeidszorgContingent(rows),
    marks: [
      ...breakMarks(
        breakMarkers(
          breaks.filter((b) => periodStart(b) > start && periodStart(b) < domainEnd),
          periodStart
        ).map((m) => ({...m, anchor: "end" as const}))
      ),
      Plot.ruleY(spans, {
        y: "value",
        x1: "start",
        x2: "end",
        stroke: (d: Span) => careLabel(d.care_type),
        strokeWidth: 4,
        insetLeft: 1,
        insetRight: 1,
        tip: true,
        title: (d: Span) => `${careLabel(d.care_type)}, ${d.label}: ${formatNumber(d.value)} VTE`
      }),
      // Activerende arbeidszorg runs just under experimentele: its labels go under its segments.
      ...[false, true].map((below) =>
        Plot.text(
          labelled.filter((s) => (s.care_type === "activerend") === below),
          {
            x: "start",
            y: "value",
            text: (d: Span) => `${formatNumber(d.value)} VTE`,
            textAnchor: "start",
            dy: below ? 12 : -10,
            render: declutter(space, {fontSize: 10, textAnchor: "start", dy: below ? 12 : -10}),
            fill: ink.text,
            fontSize: 10
          }
        )
      ),
      Plot.ruleY([0])
    ]
  });
}

export function describeArbeidszorgContingent(rows: CareContingent[]): string {
  const parts = ["Beschikbaar contingent arbeidszorg in VTE (1 VTE = 30 uur per week)."];
  for (const {code, label} of careTypes) {
    const series = rows
      .filter((r) => r.care_type === code)
      .map((r) => ({...r, ...periodSpan(r.period)}))
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    if (!series.length) continue;
    const values = [...new Set(series.map((s) => s.value))];
    parts.push(
      values.length === 1
        ? `${label}: ${formatNumber(values[0])} VTE in elke gepubliceerde periode (${series[0].label} tot ${series[series.length - 1].label}).`
        : `${label}: ${series.map((s) => `${formatNumber(s.value)} VTE (${s.label})`).join(", ")}.`
    );
  }
  parts.push(
    "Vanaf het tweede kwartaal van 2021 zijn de drie vormen geïntegreerd in AMA WSE; de reeks loopt niet verder."
  );
  return parts.join(" ");
}

/** Arbeidszorg companies of one type in one size class (dataset arbeidszorg-bedrijven). */
export interface CareCompanies {
  year: number;
  care_type: string;
  size_class: string;
  value: number;
}

/** As printed in the answer, and in words for the text alternative. */
export const careSizeClasses: readonly SizeClass[] = [
  {code: "lt2", label: "<2 VTE", spoken: "minder dan 2 VTE"},
  {code: "2_5", label: "2-5 VTE", spoken: "2 tot 5 VTE"},
  {code: "5_10", label: "5-10 VTE", spoken: "5 tot 10 VTE"},
  {code: "gt10", label: "> 10 VTE", spoken: "meer dan 10 VTE"}
];

export const careSizeLabel = (code: string) => findSizeLabel(careSizeClasses, code);

/** One panel per type of arbeidszorg, a bar per size class; types are not summed (a company may offer several). */
export function arbeidszorgBedrijvenChart(
  rows: CareCompanies[],
  options: ChartOptions = {}
): SVGSVGElement | HTMLElement {
  const {width = 640, height = 300, document} = options;
  const types = careTypes.filter((t) => rows.some((r) => r.care_type === t.code)).map((t) => t.code);
  const max = Math.max(...rows.map((r) => r.value));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 40,
    marginTop: 40,
    fx: {domain: types, tickFormat: careLabel, label: null, axis: "top", padding: 0.1},
    // The unit (VTE) is in the subtitle; the ticks keep only the classes so they fit.
    x: {
      domain: careSizeClasses.map((c) => c.code),
      tickFormat: (code: string) => careSizeLabel(code).replace(/\s*VTE$/, ""),
      label: null,
      padding: 0.15
    },
    y: {domain: [0, Math.ceil((max * 1.15) / 5) * 5], grid: true, label: "Ondernemingen"},
    color: careColors,
    ariaLabel: "Arbeidszorgondernemingen per type en naar aantal actieve arbeidszorgmedewerkers, 2020",
    ariaDescription: describeArbeidszorgBedrijven(rows),
    marks: [
      Plot.barY(rows, {
        fx: "care_type",
        x: "size_class",
        y: "value",
        fill: (d: CareCompanies) => careLabel(d.care_type),
        tip: true,
        title: (d: CareCompanies) =>
          `${careLabel(d.care_type)}, ${careSizeLabel(d.size_class)}, ${d.year}: ${formatNumber(d.value)} ondernemingen`
      }),
      Plot.text(rows, {
        fx: "care_type",
        x: "size_class",
        y: "value",
        text: (d: CareCompanies) => formatNumber(d.value),
        dy: -7,
        fill: ink.text,
        fontSize: 10
      }),
      Plot.ruleY([0])
    ]
  });
}

export function describeArbeidszorgBedrijven(rows: CareCompanies[]): string {
  const year = rows[0]?.year;
  const parts = careTypes.flatMap(({code, label}) => {
    const series = rows.filter((r) => r.care_type === code);
    if (!series.length) return [];
    return [
      `${label}: ${careSizeClasses
        .flatMap((c) => {
          const row = series.find((r) => r.size_class === c.code);
          return row ? [`${formatNumber(row.value)} met ${c.spoken}`] : [];
        })
        .join(", ")}.`
    ];
  });
  return `Arbeidszorgondernemingen${year ? ` in ${year}` : ""} per type, naar aantal actieve arbeidszorgmedewerkers (VTE). ${parts.join(" ")}`;
}
