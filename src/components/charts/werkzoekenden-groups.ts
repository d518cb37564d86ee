import * as Plot from "@observablehq/plot";
import {formatNumber, formatYear} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "../../grammar/palette.js";

/** Jobseekers (NWWZ) of one risk group in June of a year (dataset werkzoekenden-risicogroepen, Tabel 2). */
export interface RiskGroupCount {
  period: string;
  year: number;
  group: string;
  value: number;
}

export const riskGroups = [
  {group: "kortgeschoolden", label: "Kortgeschoolden", color: palette.blue},
  {group: "allochtonen", label: "Allochtonen", color: palette.purple},
  {group: "50-plussers", label: "50-plussers", color: palette.green},
  {group: "pmah", label: "Personen met een arbeidshandicap", color: palette.orange}
] as const;

export function riskGroupLabel(group: string): string {
  return riskGroups.find((g) => g.group === group)?.label ?? group;
}

interface LinePoint {
  year: number;
  value: number;
  label: string;
}

/** Every year from first to last, NaN where nothing is published (June 2009), so Plot breaks the line there. */
function withGaps(rows: RiskGroupCount[], group: string, first: number, last: number): LinePoint[] {
  const byYear = new Map(rows.filter((r) => r.group === group).map((r) => [r.year, r.value]));
  const points: LinePoint[] = [];
  for (let year = first; year <= last; ++year)
    points.push({year, value: byYear.get(year) ?? NaN, label: riskGroupLabel(group)});
  return points;
}

/**
 * The number of jobseekers in each risk group in June, one line per group. June 2009 is not in the table: the
 * lines break there. The groups overlap (one person can be in several), so they are drawn side by side, never
 * stacked. The first and the latest count are written beside the dots, nudged apart where two are close.
 */
export function riskGroupsChart(rows: RiskGroupCount[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, height = 340, document} = options;
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const lines = riskGroups.flatMap(({group}) => withGaps(rows, group, first, last));
  const max = Math.max(...rows.map((r) => r.value));
  const top = Math.ceil((max * 1.05) / 20000) * 20000;
  const narrow = width < 480;
  const marginTop = 20;
  const marginBottom = 30;
  const unitsPerPixel = top / (height - marginTop - marginBottom);
  const latest = labelPositions(
    rows.filter((r) => r.year === last),
    unitsPerPixel
  );
  const earliest =
    first === last
      ? []
      : labelPositions(
          rows.filter((r) => r.year === first),
          unitsPerPixel
        );
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 56,
    marginRight: 62,
    marginTop,
    marginBottom,
    // On a narrow screen the ticks say only the year; the axis label says it is June.
    x: {
      label: narrow ? "telkens in juni" : null,
      // Room at the left of the first June for its labels.
      domain: [first - 0.9, last + 0.3],
      ticks: [...new Set(years)].sort(),
      tickFormat: (d: number) => (narrow ? formatYear(d) : `juni ${formatYear(d)}`)
    },
    y: {label: "Niet-werkende werkzoekenden", domain: [0, top], grid: true, tickFormat: (d: number) => formatNumber(d)},
    color: {domain: riskGroups.map((g) => g.label), range: riskGroups.map((g) => g.color)},
    ariaLabel: "Niet-werkende werkzoekenden uit kansengroepen",
    ariaDescription: describeRiskGroups(rows),
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(lines, {x: "year", y: "value", z: "label", stroke: "label", strokeWidth: 2}),
      Plot.dot(rows, {
        x: "year",
        y: "value",
        fill: (d: RiskGroupCount) => riskGroupLabel(d.group),
        r: 3.5,
        tip: true,
        title: (d: RiskGroupCount) => `${riskGroupLabel(d.group)}, juni ${d.year}: ${formatNumber(d.value)}`
      }),
      ...[
        {labels: latest, anchor: "start" as const, dx: 7},
        {labels: earliest, anchor: "end" as const, dx: -7}
      ].map(({labels, anchor, dx}) =>
        Plot.text(labels, {
          x: "year",
          y: "labelY",
          text: (d: LabelledCount) => formatNumber(d.value),
          textAnchor: anchor,
          dx,
          fill: (d: LabelledCount) => riskGroupLabel(d.group),
          fontSize: 11,
          fontWeight: 700
        })
      )
    ]
  }) as SVGSVGElement;
}

interface LabelledCount extends RiskGroupCount {
  labelY: number;
}

/** Spreads the end labels at least 13 px apart (in data units: 13 × units per pixel); a layout step only. */
function labelPositions(rows: RiskGroupCount[], unitsPerPixel: number): LabelledCount[] {
  const gap = 13 * unitsPerPixel;
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const placed: LabelledCount[] = [];
  for (const row of sorted) {
    const above = placed[placed.length - 1];
    placed.push({...row, labelY: above ? Math.min(row.value, above.labelY - gap) : row.value});
  }
  return placed;
}

/** The text alternative: the latest counts per group and the count of the first June shown. */
export function describeRiskGroups(rows: RiskGroupCount[]): string {
  if (!rows.length) return "Niet-werkende werkzoekenden uit kansengroepen: geen cijfers.";
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const [first, last] = [years[0], years[years.length - 1]];
  const counts = (year: number) =>
    riskGroups
      .map((g) => rows.find((r) => r.group === g.group && r.year === year))
      .filter((r) => r)
      .map((r) => `${riskGroupLabel(r!.group).toLowerCase()} ${formatNumber(r!.value)}`)
      .join(", ");
  const parts = [
    `Niet-werkende werkzoekenden uit vier kansengroepen in het Vlaams Gewest, telkens in juni: ${years.join(", ")}.`,
    `Juni ${last}: ${counts(last)}.`
  ];
  if (first !== last) parts.push(`Juni ${first}: ${counts(first)}.`);
  const missing: number[] = [];
  for (let year = first; year <= last; ++year) if (!years.includes(year)) missing.push(year);
  parts.push("De groepen overlappen en worden niet opgeteld.");
  if (missing.length) parts.push(`Niet gepubliceerd: ${missing.map((y) => `juni ${y}`).join(", ")}.`);
  return parts.join(" ");
}
