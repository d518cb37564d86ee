// The series chart type: lines and dots over periods (years, quarters, months). A line joins consecutive
// periods with a published value only (a period without one keeps its place on the axis and breaks the line),
// no line crosses a change of definition or source from the metadata, periods set apart are open dots, and
// reference lines mark thresholds. Labels claim their place (declutter.ts), so none overlap at any width.
import * as Plot from "@observablehq/plot";
import type {SeriesBreak} from "../../loaders/lib/meta.js";
import {breakCaption, breaksWithin, cutsSeries, periodNumber, stretchOf} from "../charts/breaks.js";
import type {ChartMetadata, DrawOptions, Row, SeriesChart} from "../charts/types.js";
import {labelText, LabelSpace, textWidth, widestOf} from "./declutter.js";
import {categoryLabel, valueUnit, withLabels} from "./metadata.js";
import {ink} from "./palette.js";
import {colorAt, listText, sentences} from "./categories.js";
import {periodColumn, periodDomain, periodLabel, thinPeriods} from "./periods.js";
import {unitFormat, valueTitle} from "./units.js";

/** One published (or derived) value of one series at one period ("2019", "2019K4", "2025M08"). */
type SeriesPoint = ReturnType<typeof pointsOf>[number];

export function draw(rows: Row[], spec: SeriesChart, options: DrawOptions): Element {
  const {width, height = 360, document, metadata} = options;
  const {references = [], labels = "all"} = spec;
  const series = legend(spec, metadata);
  const brackets = bracketsOf(rows, spec);
  const {value: format, tick} = unitFormat(spec.unit ?? valueUnit(metadata), spec.digits);
  const known = seriesPoints(rows, spec);
  const domain = periodDomain(known.map((r) => r.period));
  const lines = series.flatMap(({key, label}) => {
    const byPeriod = new Map(known.filter((r) => r.series === key && !r.apart).map((r) => [r.period, r.value]));
    return domain.map((period) => ({
      period,
      label,
      // A line joins the points of one stretch only: a change of definition or source starts a new one.
      stretch: `${label}#${stretchOf(period, {series: key}, metadata.breaks)}`,
      value: byPeriod.get(period) ?? NaN
    }));
  });
  const bracketRoom = Math.max(28, ...brackets.map((b) => textWidth(b.text, 11) + 10));
  const marginRight = references.length ? (width < 480 ? 84 : 112) : bracketRoom;
  const marginLeft = 56;
  // On a point axis a break stands half a step before the first period it holds for.
  const step = (width - marginLeft - marginRight) / Math.max(1, domain.length - 1 + 0.8);
  const ticks = thinPeriods(domain, width - marginLeft - marginRight, widestOf(domain.map(periodLabel), 10) + 8);
  const space = new LabelSpace(known.map((p) => [p.period, p.value]));
  const placed = new Set<SeriesBreak>();
  const breakAt = (b: SeriesBreak) => domain.find((p) => periodNumber(p) >= periodNumber(b.period));
  // A change of definition or source matters most, then the latest: they claim a caption's place first.
  const shownBreaks = breaksWithin(metadata.breaks, domain, known).sort(
    (a, b) => Number(cutsSeries(b)) - Number(cutsSeries(a)) || b.period.localeCompare(a.period)
  );
  // One row of captions above the plot per break, at most three.
  const captionRows = Math.min(3, shownBreaks.length);
  const ends = endPoints(known, series);
  const bracketed = known.filter((r) => brackets.some((b) => b.period === r.period));
  const ranked = byPriority(labels === "all" ? known : [...new Set([...ends, ...bracketed])]);
  const [key, rest] = [ranked.filter((r) => ends.includes(r)), ranked.filter((r) => !ends.includes(r))];
  // A white halo keeps a label legible where it crosses a line or a reference.
  const halo = {stroke: "white", strokeWidth: 3, paintOrder: "stroke"};
  // dy is a constant in Plot, not a channel: one text mark per side.
  const valueLabels = (points: SeriesPoint[]) =>
    [false, true].map((below) =>
      labelText(
        points.filter((r) => Boolean(series.find((s) => s.key === r.series)?.labelBelow) === below),
        {x: "period", y: "value", text: (d: SeriesPoint) => format(d.value), dy: below ? 14 : -10, ...halo},
        space
      )
    );
  const nameOf = seriesNames(spec, metadata, series);
  const title = (d: SeriesPoint) => `${nameOf(d)}, ${periodLabel(d.period)}: ${format(d.value)}`;
  const frame = {document, width, height, marginLeft, marginRight, marginBottom: 36};
  return Plot.plot({
    ...frame,
    marginTop: captionRows ? 16 + 16 * captionRows : 24,
    x: {type: "point", domain, ticks, label: null, tickFormat: periodLabel, padding: 0.4},
    y: {
      label: axisTitle(spec, metadata),
      domain: spec.yDomain,
      zero: spec.yDomain === undefined,
      grid: true,
      nice: true,
      tickFormat: tick
    },
    // The legend is the frame's (HTML on the page, drawn in exports), so the chart stays a single SVG.
    color: {domain: series.map((s) => s.label), range: series.map((s) => s.color)},
    symbol: {domain: series.map((s) => s.label), range: series.map((s) => s.symbol ?? "circle")},
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
        labelText([r], {y: "value", frameAnchor: "right", text: "label", textAnchor: "start", dx: 6, fill: r.color})
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
        // In the band above the plot, on one of its rows, right of the rule or else left of it, shortened until
        // it fits, at last to its year alone: the frame's notes say it in full.
        ...captionSlots(captionRows, -step / 2).map(({layout, yearAlone}) =>
          labelText(
            [breakCaption(b)],
            {x: () => breakAt(b), frameAnchor: "top", ...layout, fill: ink.muted},
            space,
            (caption) => (placed.has(b) ? [] : yearAlone ? yearCaptions(b.period) : shortCaptions(caption)),
            () => placed.add(b)
          )
        )
      ]),
      ...(spec.mark === "columns"
        ? []
        : [Plot.lineY(lines, {x: "period", y: "value", z: "stretch", stroke: "label", strokeWidth: 2})]),
      // A column apart (a half year among years) is striped, so it does not read as one of the others. Joined dots
      // are filled; dots set apart are open (white inside), so they read as another kind of period.
      ...[false, true].map((open) => {
        const points = known.filter((d) => d.apart === open);
        const shared = {x: "period", stroke: nameOf, tip: true, title};
        return spec.mark === "columns"
          ? Plot.ruleX(points, {
              ...shared,
              y1: 0,
              y2: "value",
              strokeWidth: Math.max(4, Math.min(40, step * 0.6)),
              strokeDasharray: open ? "3,2" : undefined,
              ariaDescription: open ? "kolommen apart" : "kolommen"
            })
          : Plot.dot(points, {
              ...shared,
              y: "value",
              fill: open ? "white" : nameOf,
              symbol: nameOf,
              strokeWidth: open ? 2 : 1.5,
              r: 4
            });
      }),
      ...valueLabels(rest)
    ]
  });
}

/** A bracket per difference, its label right of it; the latest claims its place first. */
function bracketMarks(brackets: ReturnType<typeof bracketsOf>, space: LabelSpace): Plot.Markish[] {
  if (!brackets.length) return [];
  return [
    Plot.ruleX(brackets, {x: "period", y1: "low", y2: "high", stroke: ink.rule, strokeWidth: 2, ariaLabel: "kloof"}),
    labelText(
      [...brackets].sort((a, b) => b.period.localeCompare(a.period)),
      {x: "period", y: "middle", text: "text", textAnchor: "start", dx: 6, fill: ink.muted, fontSize: 11},
      space
    )
  ];
}

/** Where a break's caption may go, in order: the rows above the plot, right or left of the rule; the year last. */
function captionSlots(rows: number, dx: number) {
  const dys = Array.from({length: rows}, (_, i) => 2 - 16 * (rows - i));
  // 3 px off the rule, which stands dx (half a step) off its period.
  const sides = (["start", "end"] as const).map((side) => ({textAnchor: side, dx: side === "start" ? dx + 3 : dx - 3}));
  return [false, true].flatMap((yearAlone) =>
    dys.flatMap((dy) => sides.map((side) => ({yearAlone, layout: {dy, ...side}})))
  );
}

const yearCaptions = (period: string) => [`breuk ${period.slice(0, 4)}`, period.slice(0, 4)];

/**
 * A break's caption, then shorter ones for a narrow chart: without the words in brackets, then the first words
 * ("2017: nieuwe methodologie jaarrapport (DWSE)" → "2017: nieuwe methodologie jaarrapport" → "2017: nieuwe methodologie").
 */
function shortCaptions(caption: string): string[] {
  const plain = caption.replace(/\s*\([^)]*\)/g, "");
  return [...new Set([caption, plain, plain.split(" ").slice(0, 3).join(" ")])];
}

/** Per series its first and last joined point, and every point apart: the labels kept when not all are written. */
function endPoints(points: SeriesPoint[], series: {key: string}[]) {
  return series.flatMap(({key}) => {
    const own = points.filter((r) => r.series === key).sort((a, b) => a.period.localeCompare(b.period));
    const joined = own.filter((r) => !r.apart);
    return [...new Set([...joined.slice(0, 1), ...joined.slice(-1), ...own.filter((r) => r.apart)])];
  });
}

/** Which value labels are written first where not all fit: the periods apart, then the latest, the first, the rest. */
function byPriority(points: SeriesPoint[]): SeriesPoint[] {
  const periods = points.map((r) => r.period).sort();
  const rank = (r: SeriesPoint) =>
    r.apart ? -2 : r.period === periods[periods.length - 1] ? -1 : r.period === periods[0] ? 0 : 1;
  return [...points].sort((a, b) => rank(a) - rank(b) || b.period.localeCompare(a.period));
}

/** Every row as a point of the series its code names (the only line when the chart has no series column). */
function pointsOf(rows: Row[], spec: SeriesChart) {
  const x = periodColumn(rows);
  return rows.map((r) => {
    const [period, series] = [String(r[x]), spec.series ? String(r[spec.series]) : spec.lines[0].key];
    // Drawn open, not joined: a period the definition sets apart, or a series measured differently.
    const apart = (spec.apart?.(period) ?? false) || spec.lines.some((l) => l.key === series && l.open);
    return {period, series, value: Number(r.value), apart};
  });
}

/** The points of the series a definition draws; rows of other series are left out. */
function seriesPoints(rows: Row[], spec: SeriesChart): SeriesPoint[] {
  return pointsOf(rows, spec).filter((p) => spec.lines.some((l) => l.key === p.series) && Number.isFinite(p.value));
}

/** The differences a definition draws as brackets (the gap), each between the two series of its period. */
function bracketsOf(rows: Row[], spec: SeriesChart) {
  if (!spec.bracket) return [];
  const {key, between, unit} = spec.bracket;
  const points = pointsOf(rows, spec);
  return points.flatMap((p) => {
    const [a, b] = between.map((s) => points.find((o) => o.period === p.period && o.series === s)?.value);
    if (p.series !== key || a === undefined || b === undefined) return [];
    const text = unitFormat(unit).value(p.value);
    return [{period: p.period, low: Math.min(a, b), high: Math.max(a, b), middle: (a + b) / 2, text}];
  });
}

/** The rows the table and CSV show: with the Dutch label of each series and period beside the codes. */
export function tableRows(rows: Row[], spec: SeriesChart, metadata: ChartMetadata): Row[] {
  const names = pointsOf(rows, spec).map(seriesNames(spec, metadata));
  return withLabels(rows, metadata).map((r, i) => ({...r, series_label: names[i]}));
}

/** The points of the stretch the last belongs to, then those before it (another definition or source). */
function byStretch(points: SeriesPoint[], breaks: SeriesBreak[]): [SeriesPoint[], SeriesPoint[]] {
  const stretch = (p: SeriesPoint) => stretchOf(p.period, p, breaks);
  const last = stretch(points[points.length - 1]);
  return [points.filter((p) => stretch(p) === last), points.filter((p) => stretch(p) !== last)];
}

/** "2002 tot 2011": the first and last period of some points in order. */
const span = (points: SeriesPoint[]) =>
  `${periodLabel(points[0].period)} tot ${periodLabel(points[points.length - 1].period)}`;

/**
 * What a series chart shows: per series the first and latest value of the stretch the latest belongs to, with
 * the lowest and highest between them; no change is stated across a change of definition or source (the
 * metadata's breaks), and periods drawn apart are named on their own, not compared.
 */
export function describe(rows: Row[], spec: SeriesChart, metadata: ChartMetadata): string {
  const points = seriesPoints(rows, spec);
  const format = unitFormat(spec.unit ?? valueUnit(metadata), spec.digits);
  const periods = [...new Set(points.map((p) => p.period))].sort();
  if (!periods.length) return `${spec.title}: geen cijfers.`;
  const at = (p: SeriesPoint) => `${format.value(p.value)} (${periodLabel(p.period)})`;
  const ends = [periods[0], periods[periods.length - 1]];
  // The span drawn, unless the title already names its first and last year ("…, juni 2008-2012").
  const named = ends.every((p) => spec.title.includes(p.slice(0, 4)));
  const heading = named ? `${spec.title}.` : `${spec.title}, ${[...new Set(ends.map(periodLabel))].join(" tot ")}.`;
  const parts: string[] = [];
  for (const line of legend(spec, metadata)) {
    const own = points.filter((p) => p.series === line.key).sort((a, b) => a.period.localeCompare(b.period));
    const apart = own.filter((p) => p.apart);
    const joined = own.filter((p) => !p.apart);
    if (joined.length) {
      const [comparable, earlier] = byStretch(joined, metadata.breaks);
      parts.push(`${line.label}: ${trend(comparable, at)}.`);
      if (earlier.length)
        parts.push(
          `De cijfers van ${span(earlier)} volgen een andere definitie of bron (breuk in de reeks) en zijn niet te vergelijken met ${periodLabel(comparable[0].period)} en later.`
        );
    }
    if (apart.length) parts.push(`Apart getekend, niet te vergelijken met de andere: ${apart.map(at).join(", ")}.`);
  }
  // A reformed survey or measure is marked on the chart, not cut (breaks.ts): the text names it as the chart does.
  const marked = breaksWithin(metadata.breaks, periods, points).filter((b) => !cutsSeries(b));
  if (marked.length)
    parts.push(
      `In de grafiek gemarkeerd als ${marked.length === 1 ? "breuk" : "breuken"} in de reeks: ${listText(marked.map(breakCaption))}. Een evolutie over ${marked.length === 1 ? "die breuk" : "die breuken"} heen is met voorzichtigheid te lezen.`
    );
  // A period without a figure here keeps its place on the axis (a gap); the text names it too, unless
  // the brackets' sentence lists the published years.
  const missing = periodDomain(periods).filter((p) => !periods.includes(p));
  if (spec.bracket) parts.push(describeBrackets(rows, spec, metadata, format.value));
  else if (missing.length) parts.push(`Geen cijfer in deze grafiek voor ${listText(missing.map(periodLabel))}.`);
  return sentences(spec, rows, parts, heading);
}

/** "stijgt van 68,6% (2002) tot 76,8% (2023); laagste: …", or the single value. */
function trend(points: SeriesPoint[], at: (p: SeriesPoint) => string): string {
  const [first, last] = [points[0], points[points.length - 1]];
  if (points.length === 1) return at(first);
  const verb = last.value > first.value ? "stijgt" : last.value < first.value ? "daalt" : "blijft gelijk";
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  const extreme = (name: string, p: SeriesPoint) => (p === first || p === last ? [] : [`${name}: ${at(p)}`]);
  const extremes = [...extreme("laagste", low), ...extreme("hoogste", high)];
  return [`${verb} van ${at(first)} tot ${at(last)}`, ...extremes].join("; ");
}

/** The latest difference, and an earlier one only where no change of definition or source lies between. */
function describeBrackets(rows: Row[], spec: SeriesChart, metadata: ChartMetadata, rate: (value: number) => string) {
  const {key, unit, label, between} = spec.bracket!;
  const points = pointsOf(rows, spec);
  const gaps = points.filter((p) => p.series === key).sort((a, b) => a.period.localeCompare(b.period));
  if (!gaps.length) return "";
  const last = gaps[gaps.length - 1];
  const [comparable, earlier] = byStretch(gaps, metadata.breaks);
  const [gap, nameOf] = [unitFormat(unit).value, seriesNames(spec, metadata)];
  const rates = between
    .map((series) => points.find((p) => p.period === last.period && p.series === series))
    .flatMap((p) => (p ? [`${nameOf(p)} ${rate(p.value)}`] : []));
  const parts = [`${label} in ${periodLabel(last.period)}: ${gap(last.value)}, tussen ${rates.join(" en ")}.`];
  if (comparable.length > 1) parts.push(`In ${periodLabel(comparable[0].period)} was die ${gap(comparable[0].value)}.`);
  if (earlier.length)
    parts.push(
      `${label} van ${periodLabel(last.period)} is niet te vergelijken met die van ${span(earlier)} (andere definitie of bron).`
    );
  parts.push(`Gepubliceerde jaren: ${gaps.map((g) => periodLabel(g.period)).join(", ")}; andere jaren ontbreken.`);
  return parts.join(" ");
}

/** The series as drawn and named in the legend: the metadata's label, the palette's colour where none is given. */
export function legend(spec: SeriesChart, metadata: ChartMetadata) {
  return spec.lines.map((l, i) => ({
    ...l,
    color: l.color ?? colorAt(i),
    label: l.label ?? (spec.series ? categoryLabel(metadata, spec.series, l.key) : axisTitle(spec, metadata))
  }));
}

/** A point's series name: the legend's (built once, not per point), else the metadata's for one not drawn. */
function seriesNames(spec: SeriesChart, metadata: ChartMetadata, lines = legend(spec, metadata)) {
  const names = new Map(lines.map((l) => [l.key, l.label]));
  return ({series}: {series: string}) => names.get(series) ?? categoryLabel(metadata, spec.series ?? "", series);
}

/** The value axis's title, which also names a chart's only series: the definition's, else the metadata's. */
const axisTitle = (spec: SeriesChart, metadata: ChartMetadata) => spec.yLabel ?? valueTitle(metadata);
