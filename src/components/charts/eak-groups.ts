import * as Plot from "@observablehq/plot";
import {breakApplies, breaksWithin} from "../../charts/breaks.js";
import type {LegacyDescribeContext} from "../../charts/types.js";
import {formatNumber, formatPercent, formatYear} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import type {FigureLine} from "../../grammar/figure-lines.js";
import {lineMarks, stackLines, wrapLine} from "../../grammar/figure-lines.js";
import {dotSpacing, offsetDotMarks} from "./offset-dots.js";
import {ink, palette, shade, yearRamp} from "../../grammar/palette.js";

/** One published employment rate of a group in Tabel 1 of the Beleidsbrief 2012-2013 (dataset eak-werkzaamheid). */
export interface GroupRate {
  year: number;
  group: string;
  value: number;
}

/** The rows of Tabel 1 in the order of the table, with its own names for the groups. */
export const employmentGroups = [
  {group: "totaal", label: "Vlaams Gewest (totaal)"},
  {group: "leeftijd-50-54", label: "50-54 jaar"},
  {group: "leeftijd-55-64", label: "55-64 jaar"},
  {group: "laaggeschoold", label: "Laaggeschoold"},
  {group: "hinder", label: "Arbeidsgehandicapt"},
  {group: "niet-eu-burger", label: "Niet-EU-burger"},
  {group: "geboren-buiten-eu27", label: "Geboren buiten EU-27"}
] as const;

// One shade per year of Tabel 1, light (oldest) to dark (latest), all at least 3:1 on white. Fixed per year, so
// the colours do not move when the reader picks a shorter period; the order of the dots in a row (top to bottom)
// is the order of the years too, so colour is never the only cue.
export const yearColors: {year: number; color: string}[] = [
  {year: 2002, color: yearRamp[0]},
  {year: 2007, color: yearRamp[1]},
  {year: 2010, color: yearRamp[2]},
  {year: 2011, color: yearRamp[3]}
];

function yearColor(year: number): string {
  return yearColors.find((c) => c.year === year)?.color ?? ink.muted;
}

export function groupLabel(group: string): string {
  return employmentGroups.find((g) => g.group === group)?.label ?? group;
}

/**
 * Employment rate per group, one row per group and one dot per published year, the years stacked a few pixels
 * apart inside the row so close values (72,1 and 71,8) stay visible. Years without a published figure simply
 * have no dot (2003-2006, 2008-2009; "Geboren buiten EU-27" has none for 2002). The latest year's value is
 * written at the right of each row. The row of "Arbeidsgehandicapt" is shaded: it is the group of the page.
 */
export function employmentGroupsChart(rows: GroupRate[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const groups = employmentGroups.filter((g) => rows.some((r) => r.group === g.group)).map((g) => g.label);
  const rowHeight = 12 + 7 * years.length;
  const marginTop = 30;
  const marginBottom = 34;
  const height = options.height ?? marginTop + marginBottom + rowHeight * groups.length;
  const narrow = width < 520;
  const marginLeft = narrow ? 126 : 150;
  const marginRight = 56;
  const last = years[years.length - 1];
  const spacing = dotSpacing(7, height - marginTop - marginBottom, groups.length, years.length);
  const latest = rows.filter((r) => r.year === last);
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {label: "Werkzaamheidsgraad (%)", domain: [0, 100], grid: true, tickFormat: (d: number) => `${d}%`},
    y: {label: null, domain: groups, padding: 0.1},
    color: {domain: years.map(formatYear), range: years.map(yearColor)},
    ariaLabel: "Werkzaamheidsgraad van kansengroepen",
    ariaDescription: describeEmploymentGroups(rows),
    marks: [
      Plot.barX(
        rows.filter((r) => r.group === "hinder" && r.year === last),
        {y: () => groupLabel("hinder"), x1: 0, x2: 100, fill: shade.highlight, ariaHidden: "true"}
      ),
      Plot.axisY({tickSize: 0, fontSize: narrow ? 10 : 11, lineWidth: narrow ? 12 : 14}),
      Plot.ruleX([0]),
      ...offsetDotMarks(
        years.map((year) => ({
          rows: rows.filter((r) => r.year === year),
          key: formatYear(year),
          r: year === last ? 4.5 : 3.5,
          title: (d: GroupRate) => `${groupLabel(d.group)}, ${d.year}: ${formatPercent(d.value)}`
        })),
        (d) => groupLabel(d.group),
        spacing
      ),
      Plot.text([formatYear(last)], {frameAnchor: "top-right", dx: 8, dy: -18, textAnchor: "start", fontWeight: 700}),
      Plot.text(latest, {
        y: (d: GroupRate) => groupLabel(d.group),
        frameAnchor: "right",
        dx: 8,
        textAnchor: "start",
        text: (d: GroupRate) => formatPercent(d.value),
        fill: ink.text,
        fontSize: 11
      })
    ]
  }) as SVGSVGElement;
}

/** The text alternative: the latest year's rates, the gap with the total and the change since the first year. */
export function describeEmploymentGroups(rows: GroupRate[], context?: LegacyDescribeContext): string {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  if (!years.length) return "Werkzaamheidsgraad van kansengroepen: geen cijfers.";
  const [first, last] = [years[0], years[years.length - 1]];
  const at = (group: string, year: number) => rows.find((r) => r.group === group && r.year === year);
  const latest = employmentGroups
    .map((g) => ({label: g.label, row: at(g.group, last)}))
    .filter((g) => g.row)
    .map((g) => `${g.label} ${formatPercent(g.row!.value)}`);
  const parts = [
    `Werkzaamheidsgraad van 20- tot 64-jarigen in het Vlaams Gewest per groep, gepubliceerde jaren ${years.join(", ")}.`,
    `In ${last}: ${latest.join("; ")}.`
  ];
  const hinderFirst = at("hinder", first);
  const hinderLast = at("hinder", last);
  if (hinderFirst && hinderLast && first !== last) {
    const steps = years
      .map((y) => at("hinder", y))
      .filter((r) => r)
      .map((r) => `${formatPercent(r!.value)} (${r!.year})`);
    parts.push(`Arbeidsgehandicapten: ${steps.join(", ")}.`);
  }
  parts.push("Andere jaren zijn in deze tabel niet gepubliceerd.");
  // The chart has no time axis to draw a break on, so the text names the breaks between the years it shows.
  const breaks = breaksWithin(context?.breaks ?? [], first, last).filter((b) => rows.some((r) => breakApplies(b, r)));
  if (breaks.length)
    parts.push(
      `De EAK-reeks heeft breuken in ${breaks.map((b) => b.period).join(" en ")}: verschillen tussen de jaren zijn daardoor niet volledig vergelijkbaar.`
    );
  return parts.join(" ");
}

/** The two published figures of dataset eak-hinder-aandeel for one year: the share (%) and the persons. */
export interface HinderMeasure {
  year: number;
  measure: string;
  value: number;
}

// Aandeel personen met hinder (dataset eak-hinder-aandeel): the second EAK chart in this file.

export const hinderColor = palette.orange;

/**
 * A figure, not a series: the share of 15- to 64-year-olds with long-term hinder written large, the number of
 * persons beside it, and a bar from 0 to 100% with the share filled, so the size reads at a glance. Only the
 * latest published year is drawn (2023 is the only one).
 */
export function hinderShareChart(rows: HinderMeasure[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const year = Math.max(...rows.map((r) => r.year));
  const share = rows.find((r) => r.year === year && r.measure === "aandeel");
  const persons = rows.find((r) => r.year === year && r.measure === "personen");
  const lines: FigureLine[] = [
    ...(share ? [{text: formatPercent(share.value), size: 40, weight: 700, fill: hinderColor}] : []),
    ...wrapLine(`van de bevolking van 15 tot 64 jaar in het Vlaams Gewest (${year})`, 14, 400, width),
    ...(persons
      ? wrapLine(`ongeveer ${formatNumber(persons.value)} personen met langdurige hinder`, 14, 700, width)
      : [])
  ];
  const {placed, height: textHeight} = stackLines(lines, 1.4);
  const height = options.height ?? textHeight + 90;
  // The y scale counts pixels down from the top of the frame, so the bar sits right under the text at any height.
  const frame = height - 16 - 28;
  const [barTop, barBottom] = [textHeight + 14, textHeight + 42];
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 16,
    marginRight: 16,
    marginTop: 16,
    marginBottom: 28,
    x: {domain: [0, 100], axis: null},
    y: {domain: [frame, 0], axis: null},
    ariaLabel: "Aandeel personen met hinder",
    ariaDescription: describeHinderShare(rows),
    marks: [
      ...lineMarks(placed),
      // The bar: grey track 0-100%, the published share filled.
      Plot.rect([0], {x1: 0, x2: 100, y1: barTop, y2: barBottom, fill: shade.track, ariaHidden: "true"}),
      ...(share
        ? [
            Plot.rect([share], {
              x1: 0,
              x2: "value",
              y1: barTop,
              y2: barBottom,
              fill: hinderColor,
              title: (d: HinderMeasure) =>
                `Personen met hinder, ${d.year}: ${formatPercent(d.value)} van de 15-64-jarigen`
            })
          ]
        : []),
      ...[0, 100].map((x) =>
        Plot.text([`${x}%`], {
          x,
          y: barBottom,
          text: (d: string) => d,
          dy: 10,
          textAnchor: x ? "end" : "start",
          fill: ink.muted,
          fontSize: 10
        })
      )
    ]
  }) as SVGSVGElement;
}

export function describeHinderShare(rows: HinderMeasure[]): string {
  if (!rows.length) return "Aandeel personen met hinder: geen cijfer.";
  const year = Math.max(...rows.map((r) => r.year));
  const share = rows.find((r) => r.year === year && r.measure === "aandeel");
  const persons = rows.find((r) => r.year === year && r.measure === "personen");
  const parts = [
    `In ${year} gaf ${share ? formatPercent(share.value) : "een onbekend aandeel"} van de bevolking van 15 tot 64 jaar in het Vlaams Gewest aan langdurige hinder te ervaren door een handicap, aandoening of ziekte`
  ];
  if (persons) parts.push(`, ongeveer ${formatNumber(persons.value)} personen`);
  return `${parts.join("")}. Alleen dit jaar is gepubliceerd in de gebruikte bronnen.`;
}
