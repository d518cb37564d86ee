import * as Plot from "@observablehq/plot";
import {formatPercent} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {dotSpacing, offsetDotMarks} from "./offset-dots.js";
import {ink, palette, shade, yearRamp} from "../../grammar/palette.js";

/** One cell of Tabel 4 (dataset werkzoekenden-werkkans): a group's monthly chance of finding work in a period. */
export interface WorkChance {
  period: string;
  breakdown: string;
  group: string;
  value: number;
}

/** The rows of Tabel 4 in its order, with the dataset's labels. */
export const chanceGroups = [
  {group: "totaal", breakdown: "totaal", label: "Totaal"},
  {group: "mannen", breakdown: "geslacht", label: "Mannen"},
  {group: "vrouwen", breakdown: "geslacht", label: "Vrouwen"},
  {group: "laaggeschoold", breakdown: "onderwijsniveau", label: "Laaggeschoold"},
  {group: "middengeschoold", breakdown: "onderwijsniveau", label: "Middengeschoold"},
  {group: "hooggeschoold", breakdown: "onderwijsniveau", label: "Hooggeschoold"},
  {group: "jonger-dan-25", breakdown: "leeftijd", label: "Jonger dan 25 jaar"},
  {group: "25-49", breakdown: "leeftijd", label: "25-49 jaar"},
  {group: "ouder-dan-49", breakdown: "leeftijd", label: "Ouder dan 49 jaar"},
  {group: "met-arbeidshandicap", breakdown: "arbeidshandicap", label: "Met arbeidshandicap"},
  {group: "zonder-arbeidshandicap", breakdown: "arbeidshandicap", label: "Zonder arbeidshandicap"},
  {group: "europees", breakdown: "herkomst", label: "Europese herkomst (incl. Belgen)"},
  {group: "niet-europees", breakdown: "herkomst", label: "Niet-Europese herkomst"},
  {group: "duur-korter-1-jaar", breakdown: "werkloosheidsduur", label: "Werkzoekend korter dan 1 jaar"},
  {group: "duur-langer-1-jaar", breakdown: "werkloosheidsduur", label: "Werkzoekend langer dan 1 jaar"},
  {group: "duur-langer-2-jaar", breakdown: "werkloosheidsduur", label: "Werkzoekend langer dan 2 jaar"},
  {group: "duur-langer-5-jaar", breakdown: "werkloosheidsduur", label: "Werkzoekend langer dan 5 jaar"}
] as const;

/** The periods of Tabel 4: two yearly averages and the average of the first half of 2012. */
export const chancePeriods = [
  {period: "2010", label: "2010", color: yearRamp[0]},
  {period: "2011", label: "2011", color: palette.blue},
  {period: "2012H1", label: "1e semester 2012", color: palette.green}
] as const;

export function chanceGroupLabel(group: string): string {
  return chanceGroups.find((g) => g.group === group)?.label ?? group;
}

export function chancePeriodLabel(period: string): string {
  return chancePeriods.find((p) => p.period === period)?.label ?? period;
}

/**
 * The chance of finding work per group: one row per group in the order of Tabel 4, one dot per period (stacked a
 * few pixels apart so equal values stay visible), alternate breakdowns on a light band and the row "Met
 * arbeidshandicap" shaded. The published values are written in columns at the right, like the source table.
 */
export function workChancesChart(rows: WorkChance[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const periods = chancePeriods.filter((p) => rows.some((r) => r.period === p.period));
  const groups = chanceGroups.filter((g) => rows.some((r) => r.group === g.group));
  const labels = groups.map((g) => g.label);
  const narrow = width < 560;
  const columns = narrow ? periods.slice(-1) : periods;
  const columnWidth = 46;
  const marginLeft = narrow ? 140 : 190;
  const marginRight = columns.length * columnWidth + 6;
  const marginTop = 36;
  const marginBottom = 34;
  const height = options.height ?? marginTop + marginBottom + (narrow ? 26 : 21) * groups.length;
  const spacing = dotSpacing(5, height - marginTop - marginBottom, groups.length, periods.length);
  const max = Math.max(...rows.map((r) => r.value));
  const breakdowns = [...new Set(groups.map((g) => g.breakdown))];
  const banded = groups.filter((g) => breakdowns.indexOf(g.breakdown) % 2 === 1 && g.group !== "met-arbeidshandicap");
  const label = (d: WorkChance) => chanceGroupLabel(d.group);
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {
      label: "Kans op werk per maand (%)",
      domain: [0, Math.ceil(max / 5) * 5],
      grid: true,
      tickFormat: (d: number) => `${d}%`
    },
    y: {label: null, domain: labels, padding: 0},
    color: {domain: chancePeriods.map((p) => p.label), range: chancePeriods.map((p) => p.color)},
    ariaLabel: "Kans op werk van niet-werkende werkzoekenden per groep",
    ariaDescription: describeWorkChances(rows),
    marks: [
      Plot.barX(banded, {y: "label", x1: 0, x2: Math.ceil(max / 5) * 5, fill: shade.band, ariaHidden: "true"}),
      Plot.barX(
        groups.filter((g) => g.group === "met-arbeidshandicap"),
        {y: "label", x1: 0, x2: Math.ceil(max / 5) * 5, fill: shade.highlight, ariaHidden: "true"}
      ),
      Plot.axisY({tickSize: 0, fontSize: 10, lineWidth: narrow ? 11 : 30}),
      Plot.ruleX([0]),
      ...offsetDotMarks(
        periods.map((p) => ({
          rows: rows.filter((r) => r.period === p.period),
          key: p.label,
          r: 3.5,
          title: (d: WorkChance) => `${label(d)}, ${p.label}: ${formatPercent(d.value)}`
        })),
        label,
        spacing
      ),
      ...columns.flatMap((p, i) => [
        Plot.text([p.period === "2012H1" ? "1e sem.\n2012" : p.label], {
          frameAnchor: "top-right",
          dx: 6 + (i + 1) * columnWidth - 4,
          dy: -6,
          lineAnchor: "bottom",
          textAnchor: "end",
          fontWeight: 700,
          fontSize: 10,
          fill: p.color
        }),
        Plot.text(
          rows.filter((r) => r.period === p.period),
          {
            y: label,
            frameAnchor: "right",
            dx: 6 + (i + 1) * columnWidth - 4,
            textAnchor: "end",
            text: (d: WorkChance) => formatPercent(d.value),
            fontSize: 10,
            fill: ink.text
          }
        )
      ])
    ]
  }) as SVGSVGElement;
}

/** The text alternative: the total and the groups with a work disability, per period. */
export function describeWorkChances(rows: WorkChance[]): string {
  const periods = chancePeriods.filter((p) => rows.some((r) => r.period === p.period));
  if (!periods.length) return "Kans op werk van niet-werkende werkzoekenden: geen cijfers.";
  const series = (group: string) =>
    periods
      .map((p) => rows.find((r) => r.group === group && r.period === p.period))
      .filter((r) => r)
      .map((r) => `${formatPercent(r!.value)} (${chancePeriodLabel(r!.period)})`)
      .join(", ");
  return [
    "Kans om in de loop van een maand aan het werk te gaan, niet-werkende werkzoekenden in het Vlaams Gewest, per groep.",
    `Totaal: ${series("totaal")}.`,
    `Met arbeidshandicap: ${series("met-arbeidshandicap")}; zonder arbeidshandicap: ${series("zonder-arbeidshandicap")}.`,
    `Werkzoekend langer dan 5 jaar: ${series("duur-langer-5-jaar")}.`,
    "Het cijfer voor 2012 is een gemiddelde over het eerste semester."
  ].join(" ");
}
