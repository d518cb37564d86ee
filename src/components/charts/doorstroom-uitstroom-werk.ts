import * as Plot from "@observablehq/plot";
import type {SeriesBreak} from "../../charts/breaks.js";
import type {LegacyDescribeContext} from "../../charts/types.js";
import {formatPercent, formatYear} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {breakMarks, fillYears, palette, yearTicks} from "./doorstroom-lde-shared.js";
import {ink} from "../../grammar/palette.js";

/** One published percentage of Tabel 7 (dataset doorstroom-uitstroom-werk), under the old or the new measurement. */
export interface OutflowToWork {
  year: number;
  measurement: string;
  programme: string;
  value: number;
}

/** The programmes drawn; the invoeg sub-rows (dienstencheque, niet-dienstencheque, collectief) are in the table. */
export const outflowProgrammes = [
  {programme: "sw", label: "Sociale werkplaatsen", color: palette.blue},
  {programme: "invoeg_totaal", label: "Invoeg (totaal)", color: palette.orange},
  {programme: "lde", label: "Lokale diensteneconomie", color: palette.green},
  {programme: "arbeidszorg", label: "Arbeidszorg", color: palette.purple}
] as const;

const measurementLabel: Record<string, string> = {oud: "oude meting", nieuw: "nieuwe meting"};
const labelOf = (code: string) => outflowProgrammes.find((p) => p.programme === code)?.label ?? code;

export interface OutflowToWorkOptions extends ChartOptions {
  /** Series breaks from the metadata: the change of measurement (2010) is the year measured both ways. */
  breaks?: SeriesBreak[];
}

/** The year measured both ways: the first change of definition in the metadata (2010); none → NaN. */
function changeYearOf(breaks: SeriesBreak[] = []): number {
  const change = breaks.find((b) => b.kind === "definition");
  return change ? Number(change.period) : NaN;
}

interface Point extends OutflowToWork {
  x: number;
  label: string;
}

/**
 * Outflow to work as a share of those who left, per programme, 2006-2011. The measurement changed in 2010
 * (an IBO counts as work from then on) and the source gives 2010 both ways. Each measurement is its own line
 * (old: solid, filled dots; new: dashed, open dots), so no line joins an old to a new figure, and both 2010
 * figures are drawn, either side of a dashed rule.
 */
export function uitstroomWerkChart(
  rows: OutflowToWork[],
  options: OutflowToWorkOptions = {}
): SVGSVGElement | HTMLElement {
  const {width = 640, height = 360, document, breaks} = options;
  const changeYear = changeYearOf(breaks);
  const drawn = rows.filter((r) => outflowProgrammes.some((p) => p.programme === r.programme));
  const years = drawn.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const both = (r: OutflowToWork) =>
    r.year === changeYear &&
    drawn.some((o) => o.programme === r.programme && o.year === r.year && o.measurement !== r.measurement);
  const points: Point[] = drawn.map((r) => ({
    ...r,
    x: both(r) ? r.year + (r.measurement === "oud" ? -0.12 : 0.12) : r.year,
    label: labelOf(r.programme)
  }));
  const lines = outflowProgrammes.flatMap(({programme, label}) =>
    ["oud", "nieuw"].flatMap((measurement) => {
      const series = points.filter((p) => p.programme === programme && p.measurement === measurement);
      if (!series.length) return [];
      const ys = series.map((p) => p.year);
      // Gaps stay gaps; the x of the change year follows its offset dot.
      return fillYears(series, Math.min(...ys), Math.max(...ys)).map((p) => ({
        x: series.find((s) => s.year === p.year)?.x ?? p.year,
        value: p.value,
        label,
        measurement,
        key: `${programme}-${measurement}`
      }));
    })
  );
  const latest = outflowProgrammes.flatMap(({programme}) => {
    const series = points.filter((p) => p.programme === programme).sort((a, b) => a.x - b.x);
    return series.length ? [series[series.length - 1]] : [];
  });
  const showChange = points.some(both);
  const line = {x: "x", y: "value", z: "key", stroke: "label", strokeWidth: 2};
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginRight: 52,
    marginTop: 30,
    x: {domain: [first - 0.4, last + 0.4], ticks: yearTicks(first, last), tickFormat: formatYear, label: null},
    y: {
      domain: [0, 100],
      grid: true,
      label: "Uitstroom naar werk (% van de uitgestroomden)",
      tickFormat: (d: number) => `${d}%`
    },
    color: {domain: outflowProgrammes.map((p) => p.label), range: outflowProgrammes.map((p) => p.color)},
    ariaLabel: "Uitstroom naar werk per programma, oude en nieuwe meting",
    ariaDescription: describeUitstroomWerk(rows, {breaks: breaks ?? []}),
    marks: [
      ...(showChange
        ? breakMarks([
            {x: changeYear, label: "oude meting", anchor: "end"},
            {x: changeYear, label: "nieuwe meting", anchor: "start"}
          ])
        : []),
      Plot.lineY(
        lines.filter((l) => l.measurement === "oud"),
        line
      ),
      Plot.lineY(
        lines.filter((l) => l.measurement === "nieuw"),
        {...line, strokeDasharray: "6,3"}
      ),
      // Old measurement: filled dots; new measurement: open dots (white fill is a constant, not a colour scale).
      ...["oud", "nieuw"].map((measurement) =>
        Plot.dot(
          points.filter((p) => p.measurement === measurement),
          {
            x: "x",
            y: "value",
            stroke: "label",
            ...(measurement === "oud" ? {fill: "label"} : {fill: "white"}),
            strokeWidth: 2,
            r: 4,
            tip: true,
            title: (d: Point) =>
              `${d.label}, ${d.year} (${measurementLabel[d.measurement] ?? d.measurement}): ${formatPercent(d.value)}`
          }
        )
      ),
      Plot.text(latest, {
        x: "x",
        y: "value",
        text: (d: Point) => formatPercent(d.value),
        textAnchor: "start",
        dx: 8,
        fill: ink.text,
        fontSize: 10
      })
    ]
  });
}

export function describeUitstroomWerk(rows: OutflowToWork[], context?: LegacyDescribeContext): string {
  const changeYear = changeYearOf(context?.breaks);
  const parts = ["Uitstroom naar werk als percentage van de uitgestroomden, per programma."];
  for (const {programme, label} of outflowProgrammes) {
    const series = rows.filter((r) => r.programme === programme).sort((a, b) => a.year - b.year);
    if (!series.length) continue;
    const [start, end] = [series[0], series[series.length - 1]];
    const at = (measurement: string) => series.find((r) => r.year === changeYear && r.measurement === measurement);
    const [old, fresh] = [at("oud"), at("nieuw")];
    const text: string[] = [];
    if (start.year < changeYear) text.push(`${formatPercent(start.value)} in ${start.year}`);
    if (old && fresh)
      text.push(
        `${formatPercent(old.value)} (oude meting) en ${formatPercent(fresh.value)} (nieuwe meting) in ${changeYear}`
      );
    if (end.year !== changeYear && end !== start) text.push(`${formatPercent(end.value)} in ${end.year}`);
    if (text.length) parts.push(`${label}: ${text.join(", ")}.`);
  }
  parts.push(
    `In ${changeYear} veranderde de meting (een IBO telt vanaf dan als uitstroom naar werk); beide metingen van ${changeYear} staan in de grafiek.`
  );
  return parts.join(" ");
}
