import * as Plot from "@observablehq/plot";
import {formatNumber, formatYear} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "./doorstroom-lde-shared.js";
import type {SizeClass} from "./size-classes.js";
import {findSizeLabel} from "./size-classes.js";
import {ink} from "../../grammar/palette.js";

/** LDE companies in one size class in one year (dataset lde-bedrijven-grootte). */
export interface LdeCompanies {
  year: number;
  size_class: string;
  value: number;
}

/** The classes as the answer prints them, and in words for sentences. */
export const ldeSizeClasses: readonly SizeClass[] = [
  {code: "lt5", label: "<5 VTE", spoken: "minder dan 5 VTE"},
  {code: "5_10", label: "5 tot 10 VTE", spoken: "5 tot 10 VTE"},
  {code: "11_20", label: "11 tot 20 VTE", spoken: "11 tot 20 VTE"},
  {code: "21_50", label: "21 tot 50 VTE", spoken: "21 tot 50 VTE"},
  {code: "51_100", label: "51 tot 100 VTE", spoken: "51 tot 100 VTE"},
  {code: "gt100", label: ">100 VTE", spoken: "meer dan 100 VTE"}
];

export const sizeLabel = (code: string) => findSizeLabel(ldeSizeClasses, code);

/**
 * One small panel per size class, a bar per year. The classes are never stacked: the source gives no total
 * per year, so the chart does not suggest one. The first and last year of each panel carry their value.
 */
export function ldeBedrijvenChart(rows: LdeCompanies[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const {width = 640, height = 300, document} = options;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const [first, last] = [years[0], years[years.length - 1]];
  const classes = ldeSizeClasses.filter((c) => rows.some((r) => r.size_class === c.code)).map((c) => c.code);
  // Narrow panels: the classes without "VTE" (the subtitle gives the unit).
  const classLabel = (code: string) =>
    width < 560 ? sizeLabel(code).replace(" VTE", "").replace(" tot ", "-") : sizeLabel(code);
  const max = Math.max(...rows.map((r) => r.value));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 40,
    marginTop: 40,
    marginBottom: 28,
    fx: {domain: classes, tickFormat: classLabel, label: null, axis: "top", padding: 0.12},
    x: {domain: years, label: null, padding: 0.15},
    y: {domain: [0, Math.ceil((max * 1.15) / 20) * 20], grid: true, label: "Ondernemingen"},
    ariaLabel: "LDE-ondernemingen naar aantal actieve doelgroepwerknemers",
    ariaDescription: describeLdeBedrijven(rows),
    marks: [
      Plot.barY(rows, {
        fx: "size_class",
        x: "year",
        y: "value",
        fill: palette.green,
        tip: true,
        title: (d: LdeCompanies) => `${sizeLabel(d.size_class)}, ${d.year}: ${formatNumber(d.value)} ondernemingen`
      }),
      // The values of the first and last year, leaning inwards like the year labels under them.
      ...[first, last]
        .filter((year, i) => i === 0 || year !== first)
        .map((year) =>
          Plot.text(
            rows.filter((r) => r.year === year),
            {
              fx: "size_class",
              x: "year",
              y: "value",
              text: (d: LdeCompanies) => formatNumber(d.value),
              textAnchor: year === first ? "start" : "end",
              dx: year === first ? -4 : 4,
              dy: -7,
              fill: ink.text,
              fontSize: 10
            }
          )
        ),
      // Only the first and last year under each panel, leaning inwards so neighbouring panels do not collide.
      Plot.axisX({ticks: [first], tickFormat: formatYear, textAnchor: "start", dx: -6, tickSize: 0, label: null}),
      ...(last !== first
        ? [Plot.axisX({ticks: [last], tickFormat: formatYear, textAnchor: "end", dx: 6, tickSize: 0, label: null})]
        : []),
      Plot.ruleY([0])
    ]
  });
}

export function describeLdeBedrijven(rows: LdeCompanies[]): string {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  if (!years.length) return "LDE-ondernemingen naar aantal actieve doelgroepwerknemers.";
  const [first, last] = [years[0], years[years.length - 1]];
  const value = (year: number, code: string) => rows.find((r) => r.year === year && r.size_class === code)?.value;
  const parts = ldeSizeClasses.flatMap(({code, spoken: label}) => {
    const [a, b] = [value(first, code), value(last, code)];
    if (a === undefined || b === undefined) return [];
    const name = `${label[0].toUpperCase()}${label.slice(1)}`;
    return first === last
      ? [`${name}: ${formatNumber(a)}`]
      : [`${name}: van ${formatNumber(a)} naar ${formatNumber(b)}`];
  });
  return `LDE-ondernemingen naar aantal actieve doelgroepwerknemers (VTE), ${first === last ? first : `${first}-${last}`}. ${parts.join("; ")}.`;
}
