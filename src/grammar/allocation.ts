// Published amounts over the time they apply to: each as a horizontal segment from its start to its end, so an
// amount granted for an allocation period (16/7/2018 – 15/10/2019) is not forced onto calendar years. The series
// ends where the metadata's break says it does; the rest of that year stays empty.
import * as Plot from "@observablehq/plot";
import {breakCaption, periodNumber} from "../charts/breaks.js";
import type {AllocationChart, ChartMetadata, DrawOptions, Row} from "../charts/types.js";
import {categoryLabel, columnLabel, valueUnit, withLabels} from "./metadata.js";
import {unitFormat} from "./units.js";
import {categoriesOf, sentences, wrapLabel} from "./categories.js";
import {labelText, LabelSpace} from "./declutter.js";
import {ink, mainColor} from "./palette.js";
import {periodColumn, yearTicks} from "./periods.js";

/** The first day of a period ("2021K2" → 1 April 2021): quarters and months as periodNumber counts them. */
const dayOf = (at: number) => new Date(Date.UTC(Math.floor(at), Math.round((at - Math.floor(at)) * 12), 1));

/** The time a published amount applies to: a year, a quarter ("2021K1") or one of the spec's own spans. */
export function periodSpan(period: string, spans: AllocationChart["spans"]): {start: Date; end: Date; label: string} {
  const own = spans[period];
  if (own) return {start: new Date(own.start), end: new Date(own.end), label: own.label};
  const at = periodNumber(period);
  const quarter = /K([1-4])$/.exec(period)?.[1];
  const label = quarter ? `${period.slice(0, 4)}, ${quarter}e kwartaal` : period;
  return {start: dayOf(at), end: dayOf(at + (quarter ? 0.25 : 1)), label};
}

const format = unitFormat("").value;

function spansOf(rows: Row[], spec: AllocationChart) {
  const x = periodColumn(rows);
  return rows
    .map((r) => ({series: String(r[spec.series]), value: Number(r.value), ...periodSpan(String(r[x]), spec.spans)}))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

type Span = ReturnType<typeof spansOf>[number];

export function draw(rows: Row[], spec: AllocationChart, options: DrawOptions): Element {
  const {width, height = 320, document, metadata} = options;
  const unit = valueUnit(metadata);
  const spans = spansOf(rows, spec);
  const series = legend(spec, metadata, rows);
  // From the first year's start to the end of the year the last span ends in (an end is exclusive).
  const first = Math.min(...spans.map((s) => s.start.getUTCFullYear()));
  const end = Math.max(...spans.map((s) => new Date(s.end.getTime() - 1).getUTCFullYear())) + 1;
  const [start, domainEnd] = [dayOf(first), dayOf(end)];
  // The value is written once per run of equal values, at its start; lower series first claim room below.
  const labelled = spans.filter(
    (s) => !spans.some((o) => o.series === s.series && o.value === s.value && o.end.getTime() === s.start.getTime())
  );
  const ticks = yearTicks(first, end - 1, width - 68).map(dayOf);
  const space = new LabelSpace();
  // A label placed above its segment is not written again under it.
  const placed = new Set<number>();
  const breaks = metadata.breaks
    .map((b) => ({at: dayOf(periodNumber(b.period)), caption: breakCaption(b)}))
    .filter((b) => b.at > start && b.at < domainEnd);
  // "VTE" of "VTE (1 VTE = 30u/week)": the axis title says the rest.
  const text = (s: Span) => `${format(s.value)} ${unit.replace(/\s*\(.*$/, "")}`.trim();
  const frame = {document, width, height, marginLeft: 48, marginRight: 20, marginTop: 24};
  return Plot.plot({
    ...frame,
    x: {type: "utc", domain: [start, domainEnd], ticks, tickFormat: "%Y", label: null},
    // Headroom above the highest line for the label of the break.
    y: {
      domain: [0, Math.ceil((Math.max(...spans.map((s) => s.value)) * 1.4) / 50) * 50],
      grid: true,
      label: `${columnLabel(metadata, "value")} (${unit})`
    },
    marks: [
      // Where the series stops: a dashed rule, its caption left of it at the top.
      ...breaks.flatMap((b) => [
        Plot.ruleX([b.at], {
          stroke: ink.rule,
          strokeDasharray: "4,3",
          ariaLabel: () => `Breuk in de reeks: ${b.caption}`
        }),
        labelText([wrapLabel(b.caption, 110, 10)], {
          x: () => b.at,
          frameAnchor: "top",
          textAnchor: "end",
          dx: -4,
          dy: 6,
          fill: ink.muted
        })
      ]),
      Plot.ruleY(spans, {
        y: "value",
        x1: "start",
        x2: "end",
        stroke: (s: Span) => series.find((c) => c.key === s.series)?.color ?? mainColor,
        strokeWidth: 4,
        inset: 1,
        tip: true,
        title: (s: Span) =>
          `${categoryLabel(metadata, spec.series, s.series)}, ${s.label}: ${format(s.value)} (${unit})`
      }),
      // Labels above their segment where there is room, else under it.
      ...[-10, 12].map((dy) =>
        labelText(
          labelled,
          {x: "start", y: "value", text, textAnchor: "start", dy},
          space,
          (label, i) => (placed.has(i) ? [] : [label]),
          (kept) => kept.forEach((i) => placed.add(i))
        )
      ),
      Plot.ruleY([0])
    ]
  });
}

/** Each series: one value over all its periods, or each value with its period. */
export function describe(rows: Row[], spec: AllocationChart, metadata: ChartMetadata): string {
  const unit = valueUnit(metadata);
  const spans = spansOf(rows, spec);
  const parts = legend(spec, metadata, rows).flatMap(({key, label}) => {
    const own = spans.filter((s) => s.series === key);
    if (!own.length) return [];
    return new Set(own.map((s) => s.value)).size === 1
      ? `${label}: ${format(own[0].value)} ${unit} in elke gepubliceerde periode (${own[0].label} tot ${own[own.length - 1].label}).`
      : `${label}: ${own.map((s) => `${format(s.value)} ${unit} (${s.label})`).join(", ")}.`;
  });
  return sentences(spec, rows, parts);
}

export function legend(spec: AllocationChart, metadata: ChartMetadata, rows: Row[] = []) {
  return categoriesOf(metadata, spec.series, rows);
}

/** The rows with their labels and the span each period stands for ("16/7/2018 – 15/10/2019"), for the table. */
export function tableRows(rows: Row[], spec: AllocationChart, metadata: ChartMetadata): Row[] {
  const x = periodColumn(rows);
  return withLabels(rows, metadata).map((r) => ({...r, period_label: periodSpan(String(r[x]), spec.spans).label}));
}
