import * as Plot from "@observablehq/plot";
import {formatNumber, formatYear} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import type {SeriesBreak} from "../../charts/breaks.js";
import {breaksWithin} from "../../charts/breaks.js";
import {breakMarkers, breakMarks, fillYears, yearTicks} from "./doorstroom-lde-shared.js";
import {ink, palette} from "../../grammar/palette.js";

/** One published count of dataset se-doelgroepwerknemers. */
export interface TargetGroupCount {
  year: number;
  measure: string;
  value: number;
}

export interface CountSeries {
  measure: string;
  label: string;
  color: string;
  /** Open dots: a figure measured differently (the old methodology). */
  open?: boolean;
}

/** The small werkvormen: LDE throughout, arbeidszorg until March 2021, AMA from April 2021. */
export const werkvormSeries: CountSeries[] = [
  {measure: "lde_doelgroepwerknemers", label: "Lokale diensteneconomie", color: palette.green},
  {measure: "arbeidszorg_doelgroepwerknemers", label: "Arbeidszorg (tot maart 2021)", color: palette.purple},
  {measure: "ama_doelgroepwerknemers", label: "Arbeidsmatige activiteiten (vanaf april 2021)", color: palette.orange}
];

/** The whole social economy and its largest part, collectief maatwerk. */
export const totalSeries: CountSeries[] = [
  {measure: "se_doelgroepwerknemers", label: "Sociale economie, totaal", color: palette.blue},
  {
    measure: "se_doelgroepwerknemers_oude_methode",
    label: "Sociale economie, totaal (oude methodologie)",
    color: palette.grey,
    open: true
  },
  // Not orange: on the same page orange is AMA in the chart of the small werkvormen.
  {measure: "cmw_doelgroepwerknemers", label: "Collectief maatwerk", color: palette.pine}
];

export interface TargetGroupOptions extends ChartOptions {
  series?: CountSeries[];
  breaks?: SeriesBreak[];
}

interface Point extends TargetGroupCount {
  label: string;
}

/**
 * Counts per werkvorm over the years. Each measure is its own line, broken where a year has no figure, so
 * arbeidszorg (until March 2021) and AMA (from April 2021) are never joined: they are different measures
 * with a different registration, and a dashed rule marks the switch.
 */
export function doelgroepwerknemersChart(
  rows: TargetGroupCount[],
  options: TargetGroupOptions = {}
): SVGSVGElement | HTMLElement {
  const {width = 640, height = 320, document, series = werkvormSeries, breaks = []} = options;
  const labelOf = (measure: string) => series.find((s) => s.measure === measure)?.label ?? measure;
  const points: Point[] = rows
    .filter((r) => series.some((s) => s.measure === r.measure))
    .map((r) => ({...r, label: labelOf(r.measure)}));
  const years = points.map((p) => p.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const lines = series.flatMap(({measure, label}) =>
    fillYears(
      points.filter((p) => p.measure === measure),
      first,
      last
    ).map((p) => ({...p, label}))
  );
  const shown = breakMarkers(breaksWithin(breaks, first, last));
  const max = Math.max(...points.map((p) => p.value));
  const step = max > 10000 ? 5000 : 500;
  const isOpen = (d: Point) => series.find((s) => s.measure === d.measure)?.open === true;
  const dot = {
    x: "year",
    y: "value",
    stroke: "label",
    strokeWidth: 2,
    r: 4,
    tip: true,
    title: (d: Point) => `${d.label}, ${d.year}: ${formatNumber(d.value)} doelgroepwerknemers`
  };
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 56,
    marginRight: 24,
    marginTop: 24,
    x: {domain: [first - 0.5, last + 0.5], ticks: yearTicks(first, last), tickFormat: formatYear, label: null},
    y: {
      // Headroom for the labels of the breaks at the top.
      domain: [0, Math.ceil((max * 1.3) / step) * step],
      grid: true,
      label: "Doelgroepwerknemers (personen)",
      tickFormat: (d: number) => formatNumber(d)
    },
    color: {domain: series.map((s) => s.label), range: series.map((s) => s.color)},
    ariaLabel: "Doelgroepwerknemers per werkvorm",
    ariaDescription: describeDoelgroepwerknemers(rows, series),
    marks: [
      ...breakMarks(shown),
      Plot.lineY(lines, {x: "year", y: "value", z: "label", stroke: "label", strokeWidth: 2}),
      Plot.dot(
        points.filter((p) => !isOpen(p)),
        {...dot, fill: "label"}
      ),
      Plot.dot(points.filter(isOpen), {...dot, fill: "white"}),
      Plot.text(points, {
        x: "year",
        y: "value",
        text: (d: Point) => formatNumber(d.value),
        dy: -11,
        fill: ink.text,
        fontSize: width < 480 ? 9 : 10
      }),
      Plot.ruleY([0])
    ]
  });
}

export function describeDoelgroepwerknemers(rows: TargetGroupCount[], series: CountSeries[] = werkvormSeries): string {
  const parts = series.flatMap(({measure, label}) => {
    const values = rows.filter((r) => r.measure === measure).sort((a, b) => a.year - b.year);
    if (!values.length) return [];
    return [`${label}: ${values.map((v) => `${formatNumber(v.value)} in ${v.year}`).join(", ")}.`];
  });
  return `Doelgroepwerknemers per werkvorm, Vlaams Gewest. ${parts.join(" ")} Jaren zonder gepubliceerd cijfer blijven leeg.`;
}
