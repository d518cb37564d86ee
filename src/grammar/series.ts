import * as Plot from "@observablehq/plot";
import {formatNumber} from "../components/format.js";
import type {SeriesBreak} from "../charts/breaks.js";
import {breakApplies, breakCaption, breaksWithin, periodNumber, stretchOf} from "../charts/breaks.js";
import {declutter, LabelSpace, textWidth} from "./declutter.js";
import {periodDomain, periodLabel, thinPeriods} from "./periods.js";

export {periodDomain, periodLabel};
import {ink} from "./palette.js";
import type {ChartMetadata, DescribeContext, LegendEntry, RenderOptions, Row, SeriesChart} from "../charts/types.js";
import {noMetadata} from "../charts/types.js";
import {categoryLabel, valueUnit} from "./metadata.js";
import {unitFormat} from "./units.js";

/** One published (or derived) value of one series at one period ("2019", "2019K4", "2025M08"). */
export interface SeriesPoint {
  period: string;
  series: string;
  value: number;
}

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  /** Plot symbol of the dots ("circle", "square", "diamond", …); circles by default. */
  symbol?: string;
  /** Write the value labels under the dots instead of above them (for the lower of two close series). */
  labelBelow?: boolean;
}

/** A horizontal line at a value: a threshold, or a published figure over a span of periods (from, to). */
export interface ReferenceLine {
  value: number;
  /** Written in the right margin for full-width lines, under the middle of a span otherwise; "\n" breaks it. */
  label: string;
  color: string;
  dash?: string;
  from?: string;
  to?: string;
}

export interface PeriodSeriesOptions {
  width?: number;
  height?: number;
  document?: Document;
  series: SeriesSpec[];
  /** Periods not joined to the lines: another kind of period (2026 K1 among fourth quarters) or an incomplete year. */
  apart?: string[];
  yLabel: string;
  yDomain?: [number, number];
  /** How a value is written (labels, tooltips, y ticks unless yTickFormat is given). */
  format?: (value: number) => string;
  yTickFormat?: (value: number) => string;
  references?: ReferenceLine[];
  /** Series breaks (from the datasets' metadata): marked with a rule; after a change of definition or source no line joins across. */
  breaks?: SeriesBreak[];
  /** "all": every dot gets its value; "ends": the first and last of each series and the apart ones. */
  labels?: "all" | "ends";
  ariaLabel: string;
  ariaDescription: string;
}

interface LinePoint {
  period: string;
  label: string;
  value: number;
}

/**
 * Series over periods on a point axis: a line joins consecutive periods with a published value, NaN (no
 * figure) breaks it, and periods set apart are drawn as open dots without a line. Every value is a dot with a
 * tooltip; reference lines mark thresholds and published averages.
 */
export function periodSeriesChart(rows: SeriesPoint[], options: PeriodSeriesOptions): SVGSVGElement {
  const {width = 640, height = 360, document, series, apart = [], references = [], labels = "all"} = options;
  const format = options.format ?? ((v: number) => formatNumber(v));
  const domain = periodDomain(rows.map((r) => r.period));
  const known = rows.filter((r) => series.some((s) => s.key === r.series));
  const breaks = domain.length
    ? breaksWithin(options.breaks ?? [], periodNumber(domain[0]), periodNumber(domain[domain.length - 1]))
    : [];
  const lines: (LinePoint & {stretch: string})[] = series.flatMap(({key, label}) => {
    const own = known.filter((r) => r.series === key);
    const byPeriod = new Map(own.map((r) => [r.period, r.value]));
    const sample = own[0] ?? {series: key};
    return domain.map((period) => ({
      period,
      label,
      // A line joins the points of one stretch only: a change of definition or source starts a new one.
      stretch: `${label}#${stretchOf(period, sample, breaks)}`,
      value: apart.includes(period) ? NaN : (byPeriod.get(period) ?? NaN)
    }));
  });
  const narrow = width < 480;
  const marginRight = references.some((r) => r.from === undefined || r.to === undefined) ? (narrow ? 84 : 112) : 28;
  const marginLeft = 56;
  // On a point axis a break stands half a step before the first period it holds for.
  const step = (width - marginLeft - marginRight) / Math.max(1, domain.length - 1 + 0.8);
  const tickWidth = Math.max(...domain.map((p) => textWidth(periodLabel(p), 10))) + 8;
  const ticks = thinPeriods(domain, width - marginLeft - marginRight, tickWidth);
  const space = new LabelSpace();
  const placed = new Set<SeriesBreak>();
  const breakAt = (b: SeriesBreak) => domain.find((p) => periodNumber(p) >= periodNumber(b.period));
  const shownBreaks = breaks.filter((b) => breakAt(b) !== undefined && known.some((r) => breakApplies(b, r)));
  const labelOf = (key: string) => series.find((s) => s.key === key)?.label ?? key;
  const labelled = labels === "all" ? known : endPoints(known, series, apart);
  const ranked = byPriority(labelled, apart);
  const ends = new Set(endPoints(known, series, apart));
  const [key, rest] = [ranked.filter((r) => ends.has(r)), ranked.filter((r) => !ends.has(r))];
  // dy is a constant in Plot, not a channel: one text mark per side.
  const valueLabels = (points: SeriesPoint[]) =>
    [false, true].map((below) =>
      Plot.text(
        points.filter((r) => Boolean(series.find((s) => s.key === r.series)?.labelBelow) === below),
        {
          x: "period",
          y: "value",
          text: (d: SeriesPoint) => format(d.value),
          dy: below ? 14 : -10,
          fill: ink.text,
          render: declutter(space, {fontSize: 10, dy: below ? 14 : -10}),
          // A white halo keeps a label legible where it crosses a line or a reference.
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
          fontSize: 10
        }
      )
    );
  const spans = references.filter((r) => r.from !== undefined && r.to !== undefined);
  const full = references.filter((r) => r.from === undefined || r.to === undefined);
  return Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: shownBreaks.length ? 48 : 24,
    marginBottom: 36,
    x: {type: "point", domain, ticks, label: null, tickFormat: periodLabel, padding: 0.4},
    y: {
      label: options.yLabel,
      domain: options.yDomain,
      zero: options.yDomain === undefined,
      grid: true,
      nice: true,
      tickFormat: options.yTickFormat ?? format
    },
    // The legend is the frame's (HTML on the page, drawn in exports), so the chart stays a single SVG.
    color: {domain: series.map((s) => s.label), range: series.map((s) => s.color)},
    symbol: {domain: series.map((s) => s.label), range: series.map((s) => s.symbol ?? "circle")},
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    marks: [
      ...full.map((r) =>
        Plot.ruleY([r.value], {
          stroke: r.color,
          strokeDasharray: r.dash ?? "6,4",
          strokeWidth: 1.5,
          ariaLabel: () => r.label.replace(/\n/g, " ")
        })
      ),
      ...full.map((r) =>
        Plot.text([r], {
          y: "value",
          frameAnchor: "right",
          text: "label",
          textAnchor: "start",
          lineAnchor: "middle",
          dx: 6,
          fill: r.color,
          fontSize: 10
        })
      ),
      ...spans.map((r) =>
        Plot.ruleY([r], {
          y: "value",
          x1: () => r.from,
          x2: () => r.to,
          stroke: r.color,
          strokeDasharray: r.dash ?? "2,3",
          strokeWidth: 2.5,
          ariaLabel: () => r.label.replace(/\n/g, " ")
        })
      ),
      ...spans.map((r) =>
        Plot.text([r], {
          x: () => middle(domain, r.from!, r.to!),
          y: "value",
          text: "label",
          lineAnchor: "top",
          dy: 5,
          fill: r.color,
          fontSize: 10
        })
      ),
      // The labels that matter most (periods apart, the latest, the first) claim their place before the captions.
      ...valueLabels(key),
      ...shownBreaks.flatMap((b) => [
        Plot.ruleX([breakAt(b)], {
          dx: -step / 2,
          stroke: ink.rule,
          strokeDasharray: "4,3",
          ariaLabel: () => `Breuk in de reeks: ${breakCaption(b)}`
        }),
        // In the band above the plot, right of the rule or else left of it, shortened until it fits: the
        // frame's notes say it in full.
        ...(["start", "end"] as const).map((anchor) =>
          Plot.text([breakCaption(b)], {
            x: () => breakAt(b),
            frameAnchor: "top",
            text: (d: string) => d,
            textAnchor: anchor,
            dx: -step / 2 + (anchor === "start" ? 3 : -3),
            dy: -30,
            fill: ink.muted,
            fontSize: 10,
            render: declutter(
              space,
              {fontSize: 10, dx: -step / 2 + (anchor === "start" ? 3 : -3), dy: -30, textAnchor: anchor},
              (caption) => (placed.has(b) ? [] : shortCaptions(caption, anchor === "end")),
              () => placed.add(b)
            )
          })
        )
      ]),
      Plot.lineY(lines, {x: "period", y: "value", z: "stretch", stroke: "label", strokeWidth: 2}),
      // Joined dots are filled; dots set apart are open (white inside), so they read as another kind of period.
      ...[false, true].map((open) =>
        Plot.dot(
          known.filter((r) => apart.includes(r.period) === open),
          {
            x: "period",
            y: "value",
            stroke: (d: SeriesPoint) => labelOf(d.series),
            ...(open ? {fill: "white"} : {fill: (d: SeriesPoint) => labelOf(d.series)}),
            symbol: (d: SeriesPoint) => labelOf(d.series),
            strokeWidth: open ? 2 : 1.5,
            r: 4,
            tip: true,
            title: (d: SeriesPoint) => `${labelOf(d.series)}, ${periodLabel(d.period)}: ${format(d.value)}`
          }
        )
      ),
      ...valueLabels(rest)
    ]
  }) as SVGSVGElement;
}

/** The period halfway along a span, where its label goes. */
function middle(domain: string[], from: string, to: string): string {
  const [a, b] = [domain.indexOf(from), domain.indexOf(to)];
  return a < 0 || b < 0 ? from : domain[Math.round((a + b) / 2)];
}

function endPoints(rows: SeriesPoint[], series: SeriesSpec[], apart: string[]): SeriesPoint[] {
  return series.flatMap(({key}) => {
    const own = rows.filter((r) => r.series === key).sort((a, b) => a.period.localeCompare(b.period));
    const joined = own.filter((r) => !apart.includes(r.period));
    const ends = joined.length ? [joined[0], joined[joined.length - 1]] : [];
    return [...new Set([...ends, ...own.filter((r) => apart.includes(r.period))])];
  });
}

/**
 * A break's caption, then shorter ones for a narrow chart: without the words in brackets, the first words,
 * the year alone ("2017: nieuwe methodologie jaarrapport" → "2017: nieuwe methodologie" → "2017").
 */
export function shortCaptions(caption: string, yearAlone = true): string[] {
  const plain = caption.replace(/\s*\([^)]*\)/g, "");
  const words = plain.split(" ");
  const shorter = words.length > 3 ? words.slice(0, 3).join(" ") : plain;
  const year = caption.slice(0, 4);
  return [...new Set([caption, plain, shorter, ...(yearAlone ? [`breuk ${year}`, year] : [])])];
}

/** Which value labels are written first where not all fit: the periods apart, then the latest, the first, the rest. */
function byPriority(rows: SeriesPoint[], apart: string[]): SeriesPoint[] {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const rank = (r: SeriesPoint) =>
    apart.includes(r.period) ? -2 : r.period === periods[periods.length - 1] ? -1 : r.period === periods[0] ? 0 : 1;
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.period.localeCompare(a.period));
}

// ---- The series chart type: a definition (SeriesChart) and the rows of its query -----------------------------

/** The points of the series a definition draws, read from its columns. */
function seriesPoints(rows: Row[], spec: SeriesChart): SeriesPoint[] {
  const column = spec.series ?? "measure";
  const keys = new Set(spec.lines.map((l) => l.key));
  return rows
    .map((r) => ({period: String(r[spec.x]), series: String(r[column]), value: Number(r.value)}))
    .filter((p) => keys.has(p.series) && Number.isFinite(p.value));
}

function seriesSpecs(spec: SeriesChart, metadata: ChartMetadata): SeriesSpec[] {
  const column = spec.series ?? "measure";
  return spec.lines.map((l) => ({...l, label: categoryLabel(metadata, column, l.key)}));
}

function formatOf(spec: SeriesChart, metadata: ChartMetadata) {
  return unitFormat(spec.unit ?? valueUnit(metadata));
}

export function renderSeries(rows: Row[], spec: SeriesChart, options: RenderOptions): SVGSVGElement {
  const metadata = options.metadata ?? noMetadata;
  const points = seriesPoints(rows, spec);
  const format = formatOf(spec, metadata);
  return periodSeriesChart(points, {
    width: options.width,
    height: options.height,
    document: options.document,
    series: seriesSpecs(spec, metadata),
    apart: [...new Set(points.map((p) => p.period))].filter((p) => spec.apart?.(p) ?? false),
    yLabel: spec.yLabel,
    yDomain: spec.yDomain,
    format: format.value,
    yTickFormat: format.tick,
    references: spec.references,
    breaks: metadata.breaks,
    labels: spec.labels,
    ariaLabel: spec.title,
    ariaDescription: describeSeries(rows, spec, {metadata})
  });
}

/**
 * What a series chart shows: its span, and per series the first and the latest value of the stretch the latest
 * belongs to (no change is stated across a change of definition or source), the periods drawn apart on their own.
 */
export function describeSeries(rows: Row[], spec: SeriesChart, {metadata}: DescribeContext): string {
  const points = seriesPoints(rows, spec);
  const format = formatOf(spec, metadata);
  const periods = [...new Set(points.map((p) => p.period))].sort();
  if (!periods.length) return `${spec.title}: geen cijfers.`;
  const span =
    periods.length > 1
      ? `${periodLabel(periods[0])} tot ${periodLabel(periods[periods.length - 1])}`
      : periodLabel(periods[0]);
  const column = spec.series ?? "measure";
  const parts = [`${spec.title}, ${span}.`];
  for (const line of seriesSpecs(spec, metadata)) {
    const own = points.filter((p) => p.series === line.key).sort((a, b) => a.period.localeCompare(b.period));
    const apart = own.filter((p) => spec.apart?.(p.period));
    const joined = own.filter((p) => !spec.apart?.(p.period));
    const at = (p: SeriesPoint) => `${format.value(p.value)} (${periodLabel(p.period)})`;
    if (joined.length) {
      const last = joined[joined.length - 1];
      const stretch = (p: SeriesPoint) => stretchOf(p.period, {[column]: p.series}, metadata.breaks);
      const comparable = joined.filter((p) => stretch(p) === stretch(last));
      const first = comparable[0];
      const verb = last.value > first.value ? "stijgt" : last.value < first.value ? "daalt" : "blijft gelijk";
      parts.push(
        comparable.length > 1
          ? `${line.label}: ${verb} van ${at(first)} tot ${at(last)}.`
          : `${line.label}: ${joined.map(at).join(", ")}.`
      );
      if (comparable.length < joined.length)
        parts.push(`Vóór ${periodLabel(comparable[0].period)} is de reeks niet vergelijkbaar (breuk in de reeks).`);
    }
    if (apart.length) parts.push(`Apart getekend, niet vergelijkbaar: ${apart.map(at).join(", ")}.`);
  }
  const more = spec.describeMore?.(rows);
  if (more) parts.push(more);
  return parts.join(" ");
}

export function seriesLegend(spec: SeriesChart, metadata: ChartMetadata): LegendEntry[] {
  return seriesSpecs(spec, metadata).map((s, i) => ({label: spec.lines[i].legend ?? s.label, color: s.color}));
}
