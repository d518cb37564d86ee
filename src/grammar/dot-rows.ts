// Rows of dots, like the rows of a published table: one row per category, one dot per period. With a few periods
// each gets its shade (light = oldest, dark = latest), the dots a few pixels apart so equal values stay visible; with
// many, the first period is an open circle, the last a filled dot, joined by a line coloured by the direction, and the
// periods between are small grey dots. The values stand in columns at the right (only the last on a narrow screen).
import * as Plot from "@observablehq/plot";
import type {DotRowsChart, ChartMetadata, DrawOptions, Row} from "../charts/types.js";
import {categoryLabel, valueUnit} from "./metadata.js";
import {unitFormat, valueAxis} from "./units.js";
import {breaksNamed, categoriesOf, lineCount, lowerFirst, sentences, wrapLabel} from "./categories.js";
import {labelText, widestOf} from "./declutter.js";
import {ink, palette, shade, yearRamp} from "./palette.js";
import {periodColumn, periodLabel} from "./periods.js";

/** Up to this many periods, each has its own shade; more are drawn as a first-to-last range. */
const maxShades = yearRamp.length;

/** A row's change from its first to its last period (an index into these): risen, fallen, else equal or unknown. */
const directions = [
  {label: "Gestegen", color: palette.blue},
  {label: "Gedaald", color: palette.orange},
  {label: "Gelijk", color: ink.muted}
];

function layoutOf(rows: Row[], spec: DotRowsChart, metadata: ChartMetadata) {
  const x = periodColumn(rows);
  const dots = rows.map((r) => ({row: String(r[spec.row]), period: String(r[x]), value: Number(r.value)}));
  const periods = [...new Set(dots.map((d) => d.period))].sort();
  const [first, last] = [periods[0], periods[periods.length - 1]];
  const at = (row: string, period: string) => dots.find((d) => d.row === row && d.period === period)?.value;
  const lines = categoriesOf(metadata, spec.row, rows).map(({key, label}) => {
    const [from, to] = [at(key, first), at(key, last)];
    const direction = from === undefined || to === undefined || from === to ? 2 : to > from ? 0 : 1;
    return {key, label, first: from, last: to, direction, color: directions[direction].color};
  });
  if (spec.sort === "last")
    lines.sort((a, b) => Number(a.key === "unknown") - Number(b.key === "unknown") || (b.last ?? -1) - (a.last ?? -1));
  const shaded = !spec.change && periods.length <= maxShades;
  return {dots, periods, first, last, lines, at, shaded, format: unitFormat(valueUnit(metadata), spec.digits).value};
}

type Dot = ReturnType<typeof layoutOf>["dots"][number];
type Line = ReturnType<typeof layoutOf>["lines"][number];

/** The shade of each period: the darkest for the latest, lighter going back. */
const shadeOf = (periods: string[], period: string) =>
  yearRamp[maxShades - periods.length + periods.indexOf(period)] ?? ink.muted;

export function draw(rows: Row[], spec: DotRowsChart, options: DrawOptions): Element {
  const {width, document, metadata} = options;
  const {dots, periods, first, last, lines, at, shaded, format} = layoutOf(rows, spec, metadata);
  const narrow = width < 560;
  const columns = narrow ? "last" : (spec.columns ?? "last");
  const shown = {all: periods, ends: [first, last], last: periods.slice(-1)}[columns];
  // The heads are bold, with a symbol in change mode: measured a size up.
  const heads = shown.map((p) => `○ ${periodLabel(p)}`);
  const values = dots.map((d) => format(d.value));
  const columnWidth = Math.ceil(Math.max(widestOf(values, 10), widestOf(heads, 11.5)) + 10);
  const marginRight = shown.length * columnWidth + 6;
  const labelRoom = narrow ? 120 : Math.min(260, width * 0.36);
  const labels = new Map(lines.map((l) => [l.key, wrapLabel(l.label, labelRoom, 10.5, 3)]));
  const marginLeft = Math.ceil(widestOf([...labels.values()], 10.5) + 10);
  const labelLines = Math.max(...[...labels.values()].map(lineCount));
  const rowHeight = Math.max(shaded ? 10 + 6 * periods.length : 20, labelLines * 12 + 6);
  const [marginTop, marginBottom] = [30, 36];
  const height = options.height ?? marginTop + marginBottom + rowHeight * lines.length;
  const top = spec.domain?.[1] ?? Math.ceil(Math.max(...dots.map((d) => d.value)) / 5) * 5;
  const breakdown = (key: string) => String(rows.find((r) => String(r[spec.row]) === key)?.[spec.band ?? ""] ?? "");
  const breakdowns = [...new Set(lines.map((l) => breakdown(l.key)))];
  const banded = lines.filter((l) => breakdowns.indexOf(breakdown(l.key)) % 2 === 1 && l.key !== spec.highlight);
  const highlighted = lines.filter((l) => l.key === spec.highlight);
  const rowColor = (d: Dot) => lines.find((l) => l.key === d.row)?.color;
  const title = (d: Dot) => `${categoryLabel(metadata, spec.row, d.row)}, ${periodLabel(d.period)}: ${format(d.value)}`;
  const dot = (keep: (d: Dot) => boolean, options: Plot.DotOptions) =>
    Plot.dot(dots.filter(keep), {x: "value", y: "row", title, ...options});
  const frame = {document, width, height, marginLeft, marginRight, marginTop, marginBottom};
  return Plot.plot({
    ...frame,
    x: {...valueAxis(metadata, width - marginLeft - marginRight, 60), domain: [0, top]},
    y: {label: null, domain: lines.map((l) => l.key), padding: 0},
    marks: [
      Plot.barX(banded, {y: "key", x1: 0, x2: top, fill: shade.band, ariaHidden: "true"}),
      Plot.barX(highlighted, {y: "key", x1: 0, x2: top, fill: shade.highlight, ariaHidden: "true"}),
      Plot.axisY({tickSize: 0, fontSize: 10.5, tickFormat: (key: string) => labels.get(key) ?? key}),
      Plot.ruleX([0]),
      ...(shaded
        ? // dy is a constant in Plot: one mark per period, 6 px apart around the middle of the row, in order.
          periods.map((period, i) =>
            dot((d) => d.period === period, {
              dy: (i - (periods.length - 1) / 2) * 6,
              r: i === periods.length - 1 ? 4.5 : 3.5,
              fill: shadeOf(periods, period),
              stroke: "white",
              strokeWidth: 0.75,
              tip: true
            })
          )
        : [
            Plot.link(lines, {x1: "first", x2: "last", y1: "key", y2: "key", stroke: "color", strokeWidth: 2}),
            dot((d) => d.period !== first && d.period !== last, {r: 2, fill: palette.neutral}),
            dot((d) => d.period === first, {r: 4, fill: "white", stroke: rowColor, strokeWidth: 1.5}),
            dot((d) => d.period === last, {r: 4, fill: rowColor, tip: true})
          ]),
      ...shown.flatMap((period, i) => {
        const dx = 6 + (i + 1) * columnWidth - 4;
        const head = shaded ? periodLabel(period) : `${period === first ? "○" : "●"} ${periodLabel(period)}`;
        return [
          labelText([head], {
            frameAnchor: "top-right",
            dx,
            dy: -8,
            lineAnchor: "bottom",
            textAnchor: "end",
            fontWeight: 700,
            fill: shaded ? shadeOf(periods, period) : ink.text
          }),
          labelText(
            lines.filter((l) => at(l.key, period) !== undefined),
            {y: "key", frameAnchor: "right", dx, textAnchor: "end", text: (l: Line) => format(at(l.key, period)!)}
          )
        ];
      })
    ]
  });
}

/** The periods, the values of the first rows in the latest period, and for the highlighted row every period. */
export function describe(rows: Row[], spec: DotRowsChart, metadata: ChartMetadata): string {
  const {periods, first, last, lines, at, shaded, format} = layoutOf(rows, spec, metadata);
  if (!periods.length) return sentences(spec, rows, []);
  const latest = lines.flatMap((l) => (l.last === undefined ? [] : [`${l.label} ${format(l.last)}`]));
  const parts = [
    `Gepubliceerde perioden: ${periods.map(periodLabel).join(", ")}.`,
    `In ${periodLabel(last)}: ${latest.join("; ")}.`
  ];
  const own = lines.find((l) => l.key === spec.highlight);
  if (own && periods.length > 1) {
    const known = periods.filter((p) => at(own.key, p) !== undefined);
    parts.push(`${own.label}: ${known.map((p) => `${format(at(own.key, p)!)} (${periodLabel(p)})`).join(", ")}.`);
  }
  parts.push(breaksNamed(metadata, rows, periods));
  if (!shaded) {
    const named = lines.filter((l) => l.key !== "unknown" && l.first !== undefined && l.last !== undefined);
    const change = (l: Line) => `${lowerFirst(l.label)} (${format(l.first!)} naar ${format(l.last!)})`;
    const [risers, fallers] = [0, 1].map((d) => named.filter((l) => l.direction === d));
    const span = `van ${periodLabel(first)} tot ${periodLabel(last)}`;
    if (fallers.length) parts.push(`Gedaald ${span}: ${fallers.map(change).join(", ")}.`);
    if (risers.length)
      parts.push(
        `Gestegen ${span}: ${risers.length} van de ${named.length}, onder meer ${risers.slice(0, 3).map(change).join(", ")}.`
      );
  }
  return sentences(spec, rows, parts);
}

export function legend(spec: DotRowsChart, metadata: ChartMetadata, rows: Row[] = []) {
  const {periods, shaded} = layoutOf(rows, spec, metadata);
  if (shaded) return periods.map((p) => ({label: periodLabel(p), color: shadeOf(periods, p)}));
  return [...directions, {label: "Tussenliggende perioden", color: palette.neutral}];
}
