// The series chart type: lines and dots over periods (years, quarters, months). A line joins consecutive
// periods with a published value only (a period without one keeps its place on the axis and breaks the line),
// no line crosses a change of definition or source from the metadata, periods set apart are open dots, and
// reference lines mark thresholds. Labels claim their place (declutter.ts), so none overlap at any width.
import * as Plot from "@observablehq/plot";
import type {SeriesBreak} from "../charts/breaks.js";
import {breakApplies, breakCaption, breaksWithin, cutsSeries, periodNumber, stretchOf} from "../charts/breaks.js";
import type {
  ChartMetadata,
  DescribeContext,
  LegendEntry,
  RenderOptions,
  Row,
  SeriesChart,
  SeriesStyle
} from "../charts/types.js";
import {noMetadata} from "../charts/types.js";
import {declutter, LabelSpace, textWidth} from "./declutter.js";
import {categoryLabel, valueUnit, withLabels} from "./metadata.js";
import {ink} from "./palette.js";
import {periodDomain, periodLabel, thinPeriods} from "./periods.js";
import type {UnitFormat} from "./units.js";
import {unitFormat} from "./units.js";

/** One published (or derived) value of one series at one period ("2019", "2019K4", "2025M08"). */
interface SeriesPoint {
  period: string;
  series: string;
  value: number;
}

/** A series as drawn: its style, with its label from the metadata where the definition gives none. */
type SeriesSpec = SeriesStyle & {label: string};

interface Bracket {
  period: string;
  low: number;
  high: number;
  text: string;
}

interface LinePoint {
  period: string;
  label: string;
  value: number;
}

/**
 * Series over periods on a point axis: a line joins consecutive periods with a published value, NaN (no
 * figure) breaks it, and periods set apart are drawn as open dots without a line. Every value is a dot with a
 * tooltip; reference lines mark thresholds.
 */
export function renderSeries(rows: Row[], spec: SeriesChart, options: RenderOptions): SVGSVGElement {
  const {width = 640, height = 360, document, metadata = noMetadata} = options;
  const {references = [], labels = "all"} = spec;
  const series = seriesSpecs(spec, metadata);
  const apart = (period: string, key: string) => isApart(spec, period, key);
  const brackets = bracketsOf(rows, spec);
  const {value: format, tick} = formatOf(spec, metadata);
  const known = seriesPoints(rows, spec);
  const domain = periodDomain(known.map((r) => r.period));
  const breaks = domain.length
    ? breaksWithin(metadata.breaks, periodNumber(domain[0]), periodNumber(domain[domain.length - 1]))
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
      value: apart(period, key) ? NaN : (byPeriod.get(period) ?? NaN)
    }));
  });
  const narrow = width < 480;
  const bracketRoom = brackets.length ? Math.max(...brackets.map((b) => textWidth(b.text, 11))) + 10 : 0;
  const marginRight = references.length ? (narrow ? 84 : 112) : Math.max(28, bracketRoom);
  const marginLeft = 56;
  // On a point axis a break stands half a step before the first period it holds for.
  const step = (width - marginLeft - marginRight) / Math.max(1, domain.length - 1 + 0.8);
  const tickWidth = Math.max(...domain.map((p) => textWidth(periodLabel(p), 10))) + 8;
  const ticks = thinPeriods(domain, width - marginLeft - marginRight, tickWidth);
  const space = new LabelSpace();
  const placed = new Set<SeriesBreak>();
  const breakAt = (b: SeriesBreak) => domain.find((p) => periodNumber(p) >= periodNumber(b.period));
  // A change of definition or source matters most, then the latest: they claim a caption's place first.
  const shownBreaks = breaks
    .filter((b) => breakAt(b) !== undefined && known.some((r) => breakApplies(b, r)))
    .sort((a, b) => Number(cutsSeries(b)) - Number(cutsSeries(a)) || b.period.localeCompare(a.period));
  const labelOf = (key: string) => series.find((s) => s.key === key)?.label ?? key;
  // One row of captions above the plot per break, at most three.
  const captionRows = Math.min(3, shownBreaks.length);
  const bracketed = known.filter((r) => brackets.some((b) => b.period === r.period));
  const labelled = labels === "all" ? known : [...new Set([...endPoints(known, series, apart), ...bracketed])];
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
  return Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: captionRows ? 16 + 16 * captionRows : 24,
    marginBottom: 36,
    x: {type: "point", domain, ticks, label: null, tickFormat: periodLabel, padding: 0.4},
    y: {
      label: spec.yLabel,
      domain: spec.yDomain,
      zero: spec.yDomain === undefined,
      grid: true,
      nice: true,
      tickFormat: tick
    },
    // The legend is the frame's (HTML on the page, drawn in exports), so the chart stays a single SVG.
    color: {domain: series.map((s) => s.label), range: series.map((s) => s.color)},
    symbol: {domain: series.map((s) => s.label), range: series.map((s) => s.symbol ?? "circle")},
    ariaLabel: spec.title,
    ariaDescription: describeSeries(rows, spec, {metadata}),
    marks: [
      ...references.map((r) =>
        Plot.ruleY([r.value], {
          stroke: r.color,
          strokeDasharray: "6,4",
          strokeWidth: 1.5,
          ariaLabel: () => r.label.replace(/\n/g, " ")
        })
      ),
      ...references.map((r) =>
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
      // The labels that matter most (periods apart, the latest, the first) claim their place before the captions.
      ...valueLabels(key),
      ...bracketMarks(brackets, space),
      ...shownBreaks.flatMap((b) => [
        Plot.ruleX([breakAt(b)], {
          dx: -step / 2,
          stroke: ink.rule,
          // Dotted where no line crosses (another definition or source), dashed where the series goes on.
          strokeDasharray: cutsSeries(b) ? "1,2" : "4,3",
          ariaLabel: () => `Breuk in de reeks: ${breakCaption(b)}`
        }),
        // In the band above the plot, on one of two rows, right of the rule or else left of it, shortened until
        // it fits, at last to its year alone: the frame's notes say it in full.
        ...captionSlots(captionRows).map(({dy, anchor, yearAlone}) => {
          const dx = -step / 2 + (anchor === "start" ? 3 : -3);
          return Plot.text([breakCaption(b)], {
            x: () => breakAt(b),
            frameAnchor: "top",
            text: (d: string) => d,
            textAnchor: anchor,
            dx,
            dy,
            fill: ink.muted,
            fontSize: 10,
            render: declutter(
              space,
              {fontSize: 10, dx, dy, textAnchor: anchor},
              (caption) => (placed.has(b) ? [] : yearAlone ? yearCaptions(b) : shortCaptions(caption)),
              () => placed.add(b)
            )
          });
        })
      ]),
      ...(spec.mark === "columns"
        ? // A column apart (a half year among years) is striped, so it does not read as one of the others.
          [false, true].map((striped) =>
            Plot.ruleX(
              known.filter((d) => apart(d.period, d.series) === striped),
              {
                x: "period",
                y1: 0,
                y2: "value",
                stroke: (d: SeriesPoint) => labelOf(d.series),
                strokeWidth: Math.max(4, Math.min(40, step * 0.6)),
                ...(striped ? {strokeDasharray: "3,2"} : {}),
                ariaDescription: striped ? "kolommen apart" : "kolommen",
                tip: true,
                title: (d: SeriesPoint) => `${labelOf(d.series)}, ${periodLabel(d.period)}: ${format(d.value)}`
              }
            )
          )
        : [Plot.lineY(lines, {x: "period", y: "value", z: "stretch", stroke: "label", strokeWidth: 2})]),
      // Joined dots are filled; dots set apart are open (white inside), so they read as another kind of period.
      ...[false, true].flatMap((open) =>
        spec.mark === "columns"
          ? []
          : Plot.dot(
              known.filter((r) => apart(r.period, r.series) === open),
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

/** A bracket per difference, its label right of it; the latest claims its place first. */
function bracketMarks(brackets: Bracket[], space: LabelSpace): Plot.Markish[] {
  if (!brackets.length) return [];
  const latestFirst = [...brackets].sort((a, b) => b.period.localeCompare(a.period));
  return [
    Plot.ruleX(brackets, {x: "period", y1: "low", y2: "high", stroke: ink.rule, strokeWidth: 2, ariaLabel: "kloof"}),
    Plot.text(latestFirst, {
      x: "period",
      y: (d: Bracket) => (d.low + d.high) / 2,
      text: "text",
      textAnchor: "start",
      dx: 6,
      fill: ink.muted,
      fontSize: 11,
      render: declutter(space, {fontSize: 11, dx: 6, textAnchor: "start"})
    })
  ];
}

/** Where a break's caption may go, in order: the rows above the plot, right or left of the rule; the year last. */
function captionSlots(rows: number) {
  const dys = Array.from({length: rows}, (_, i) => 2 - 16 * (rows - i));
  return [false, true].flatMap((yearAlone) =>
    dys.flatMap((dy) => (["start", "end"] as const).map((anchor) => ({dy, anchor, yearAlone})))
  );
}

function yearCaptions(b: SeriesBreak): string[] {
  const year = b.period.slice(0, 4);
  return [`breuk ${year}`, year];
}

function endPoints(
  rows: SeriesPoint[],
  series: SeriesSpec[],
  apart: (period: string, series: string) => boolean
): SeriesPoint[] {
  return series.flatMap(({key}) => {
    const own = rows.filter((r) => r.series === key).sort((a, b) => a.period.localeCompare(b.period));
    const joined = own.filter((r) => !apart(r.period, r.series));
    const ends = joined.length ? [joined[0], joined[joined.length - 1]] : [];
    return [...new Set([...ends, ...own.filter((r) => apart(r.period, r.series))])];
  });
}

/**
 * A break's caption, then shorter ones for a narrow chart: without the words in brackets, then the first words
 * ("2017: nieuwe methodologie jaarrapport (DWSE)" → "2017: nieuwe methodologie jaarrapport" → "2017: nieuwe methodologie").
 */
export function shortCaptions(caption: string): string[] {
  const plain = caption.replace(/\s*\([^)]*\)/g, "");
  const words = plain.split(" ");
  const shorter = words.length > 3 ? words.slice(0, 3).join(" ") : plain;
  return [...new Set([caption, plain, shorter])];
}

/** Which value labels are written first where not all fit: the periods apart, then the latest, the first, the rest. */
function byPriority(rows: SeriesPoint[], apart: (period: string, series: string) => boolean): SeriesPoint[] {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const rank = (r: SeriesPoint) =>
    apart(r.period, r.series) ? -2 : r.period === periods[periods.length - 1] ? -1 : r.period === periods[0] ? 0 : 1;
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.period.localeCompare(a.period));
}

// ---- The series chart type: a definition (SeriesChart) and the rows of its query -----------------------------

/** The points of the series a definition draws, read from its columns; rows of other series are left out. */
function seriesPoints(rows: Row[], spec: SeriesChart): SeriesPoint[] {
  const keys = new Set(spec.lines.map((l) => l.key));
  return rows
    .map((r) => ({period: String(r[spec.x]), series: seriesKey(r, spec), value: Number(r.value)}))
    .filter((p) => keys.has(p.series) && Number.isFinite(p.value));
}

/** The series a row belongs to: its code in the series column, or the only line when the chart has no such column. */
function seriesKey(row: Row, spec: SeriesChart): string {
  return spec.series ? String(row[spec.series]) : spec.lines[0].key;
}

function seriesSpecs(spec: SeriesChart, metadata: ChartMetadata): SeriesSpec[] {
  return spec.lines.map((l) => ({
    ...l,
    label: l.label ?? (spec.series ? categoryLabel(metadata, spec.series, l.key) : spec.yLabel)
  }));
}

function formatOf(spec: SeriesChart, metadata: ChartMetadata): UnitFormat {
  return unitFormat(spec.unit ?? valueUnit(metadata), spec.digits);
}

/** The differences a definition draws as brackets (the gap), each between the two series of its period. */
function bracketsOf(rows: Row[], spec: SeriesChart): Bracket[] {
  if (!spec.bracket) return [];
  const {key, between, unit} = spec.bracket;
  const points = rows.map((r) => ({period: String(r[spec.x]), series: seriesKey(r, spec), value: Number(r.value)}));
  const at = (period: string, series: string) => points.find((p) => p.period === period && p.series === series)?.value;
  return points
    .filter((p) => p.series === key)
    .flatMap((p) => {
      const [a, b] = [at(p.period, between[0]), at(p.period, between[1])];
      if (a === undefined || b === undefined) return [];
      return [{period: p.period, low: Math.min(a, b), high: Math.max(a, b), text: unitFormat(unit).value(p.value)}];
    });
}

/** The rows the table and CSV show: with the Dutch label of each series and period beside the codes. */
export function seriesRows(rows: Row[], spec: SeriesChart, metadata: ChartMetadata): Row[] {
  const specs = seriesSpecs(spec, metadata);
  return withLabels(rows, metadata).map((r) => ({
    ...r,
    series_label: specs.find((s) => s.key === seriesKey(r, spec))?.label ?? seriesKey(r, spec)
  }));
}

/** A point drawn apart (open, not joined): a period the definition sets apart, or a series measured differently. */
function isApart(spec: SeriesChart, period: string, series: string): boolean {
  return (spec.apart?.(period) ?? false) || spec.lines.some((l) => l.key === series && l.open);
}

/**
 * What a series chart shows: per series the first and latest value of the stretch the latest belongs to, with
 * the lowest and highest between them; no change is stated across a change of definition or source (the
 * metadata's breaks), and periods drawn apart are named on their own, not compared.
 */
export function describeSeries(rows: Row[], spec: SeriesChart, {metadata}: DescribeContext): string {
  const points = seriesPoints(rows, spec);
  const format = formatOf(spec, metadata);
  const periods = [...new Set(points.map((p) => p.period))].sort();
  if (!periods.length) return `${spec.title}: geen cijfers.`;
  const at = (p: SeriesPoint) => `${format.value(p.value)} (${periodLabel(p.period)})`;
  const span = [periods[0], periods[periods.length - 1]].map(periodLabel);
  const parts = [`${spec.title}, ${span[0] === span[1] ? span[0] : `${span[0]} tot ${span[1]}`}.`];
  const stretch = (p: SeriesPoint) => stretchOf(p.period, {[spec.series ?? ""]: p.series}, metadata.breaks);
  for (const line of seriesSpecs(spec, metadata)) {
    const own = points.filter((p) => p.series === line.key).sort((a, b) => a.period.localeCompare(b.period));
    const apart = own.filter((p) => isApart(spec, p.period, p.series));
    const joined = own.filter((p) => !isApart(spec, p.period, p.series));
    if (joined.length) {
      const last = joined[joined.length - 1];
      const comparable = joined.filter((p) => stretch(p) === stretch(last));
      const earlier = joined.filter((p) => stretch(p) !== stretch(last));
      parts.push(`${line.label}: ${trend(comparable, at)}.`);
      if (earlier.length)
        parts.push(
          `De cijfers van ${periodLabel(earlier[0].period)} tot ${periodLabel(earlier[earlier.length - 1].period)} volgen een andere definitie of bron (breuk in de reeks) en zijn niet te vergelijken met ${periodLabel(comparable[0].period)} en later.`
        );
    }
    if (apart.length) parts.push(`Apart getekend, niet te vergelijken met de andere: ${apart.map(at).join(", ")}.`);
  }
  // A period without a figure here keeps its place on the axis (a gap); the text names it too, unless
  // the brackets' sentence lists the published years.
  const missing = periodDomain(periods).filter((p) => !periods.includes(p));
  if (spec.bracket) parts.push(describeBrackets(rows, spec, metadata));
  else if (missing.length) parts.push(`Geen cijfer in deze grafiek voor ${missing.map(periodLabel).join(", ")}.`);
  const more = spec.describeMore?.(rows);
  if (more) parts.push(more);
  return parts.join(" ");
}

/** "stijgt van 68,6% (2002) tot 76,8% (2023); laagste: …", or the single value. */
function trend(points: SeriesPoint[], at: (p: SeriesPoint) => string): string {
  const [first, last] = [points[0], points[points.length - 1]];
  if (points.length === 1) return at(first);
  const verb = last.value > first.value ? "stijgt" : last.value < first.value ? "daalt" : "blijft gelijk";
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  const extremes = [
    low === first || low === last ? "" : `laagste: ${at(low)}`,
    high === first || high === last ? "" : `hoogste: ${at(high)}`
  ];
  return [`${verb} van ${at(first)} tot ${at(last)}`, ...extremes].filter(Boolean).join("; ");
}

/** The latest difference, and an earlier one only where no change of definition or source lies between. */
function describeBrackets(rows: Row[], spec: SeriesChart, metadata: ChartMetadata): string {
  const {key, unit, label} = spec.bracket!;
  const format = unitFormat(unit);
  const gaps = rows
    .filter((r) => seriesKey(r, spec) === key)
    .map((r) => ({period: String(r[spec.x]), series: key, value: Number(r.value)}))
    .sort((a, b) => a.period.localeCompare(b.period));
  if (!gaps.length) return "";
  const last = gaps[gaps.length - 1];
  const stretch = (p: SeriesPoint) => stretchOf(p.period, {[spec.series ?? ""]: key}, metadata.breaks);
  const comparable = gaps.filter((g) => stretch(g) === stretch(last));
  const earlier = gaps.filter((g) => stretch(g) !== stretch(last));
  const rates = spec.bracket!.between.map((series) => {
    const row = rows.find((r) => String(r[spec.x]) === last.period && seriesKey(r, spec) === series);
    const name = seriesSpecs(spec, metadata).find((l) => l.key === series)?.label ?? series;
    return row ? `${name} ${formatOf(spec, metadata).value(Number(row.value))}` : "";
  });
  const parts = [
    `${label} in ${periodLabel(last.period)}: ${format.value(last.value)}, tussen ${rates.filter(Boolean).join(" en ")}.`
  ];
  if (comparable.length > 1)
    parts.push(`In ${periodLabel(comparable[0].period)} was die ${format.value(comparable[0].value)}.`);
  if (earlier.length)
    parts.push(
      `${label} van ${periodLabel(last.period)} is niet te vergelijken met die van ${periodLabel(earlier[0].period)} tot ${periodLabel(earlier[earlier.length - 1].period)} (andere definitie of bron).`
    );
  parts.push(`Gepubliceerde jaren: ${gaps.map((g) => periodLabel(g.period)).join(", ")}; andere jaren ontbreken.`);
  return parts.join(" ");
}

export function seriesLegend(spec: SeriesChart, metadata: ChartMetadata): LegendEntry[] {
  return seriesSpecs(spec, metadata);
}
