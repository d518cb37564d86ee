import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {ink, palette} from "../../grammar/palette.js";

/** One row of Tabel 3 (dataset werkzoekenden-combinaties): a combination of four traits, or the total. */
export interface TraitCombination {
  period: string;
  foreign_origin: string;
  disability: string;
  age_50_plus: string;
  low_educated: string;
  value: number;
}

/** The four traits in the column order of Tabel 3, with a short header for the dot matrix. */
export const traits = [
  {key: "foreign_origin", label: "Allochtoon", short: "Allochtoon"},
  {key: "disability", label: "Arbeidshandicap", short: "Arbeidshandicap"},
  {key: "age_50_plus", label: "Vijftigplus", short: "50-plus"},
  {key: "low_educated", label: "Kortgeschoold", short: "Kortgeschoold"}
] as const;

type TraitKey = (typeof traits)[number]["key"];

export const combinationColors = [
  {key: "disability", label: "Met arbeidshandicap (en eventueel andere kenmerken)", color: palette.orange},
  {key: "other", label: "Andere kansengroepkenmerken, zonder arbeidshandicap", color: palette.blue},
  {key: "none", label: "Geen van de vier kenmerken", color: ink.muted}
] as const;

export function isTotal(row: TraitCombination): boolean {
  return traits.every((t) => row[t.key] === "totaal");
}

/** "Allochtoon + Kortgeschoold", "Enkel kortgeschoold" or "Geen van de vier kenmerken": the combination in words, for tooltips and the table. */
export function combinationLabel(row: TraitCombination): string {
  if (isTotal(row)) return "Totaal niet-werkende werkzoekenden";
  const present = traits.filter((t) => row[t.key] === "ja").map((t) => t.label);
  if (!present.length) return "Geen van de vier kenmerken";
  return present.length === 1 ? `Enkel ${present[0].toLowerCase()}` : present.join(" + ");
}

function colorKey(row: TraitCombination): string {
  if (row.disability === "ja") return combinationColors[0].label;
  return traits.some((t) => row[t.key] === "ja") ? combinationColors[1].label : combinationColors[2].label;
}

/**
 * The sixteen combinations of the four traits as bars, largest first, with a dot matrix at the left (after
 * UpSet plots): a filled dot where the combination has the trait, an open one where it has not. Bars with a
 * work disability are orange. Only the published counts are drawn; the published total is written above them.
 */
export function traitCombinationsChart(rows: TraitCombination[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const total = rows.find(isTotal);
  const data = rows.filter((r) => !isTotal(r)).sort((a, b) => b.value - a.value);
  const keys = data.map(combinationLabel);
  const narrow = width < 520;
  const column = narrow ? 17 : 24;
  const matrixWidth = column * traits.length;
  const marginLeft = matrixWidth + 16;
  const marginTop = narrow ? 100 : 92;
  const marginBottom = 44;
  const height = options.height ?? marginTop + marginBottom + 19 * data.length;
  const max = Math.max(...data.map((d) => d.value));
  // Column i of the matrix sits this many pixels left of the frame's left edge.
  const offset = (i: number) => -marginLeft + 10 + column * i + column / 2;
  const y = (d: TraitCombination) => combinationLabel(d);
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight: 52,
    marginTop,
    marginBottom,
    x: {
      label: "Niet-werkende werkzoekenden",
      domain: [0, max * 1.02],
      grid: true,
      ticks: narrow ? 3 : 6,
      tickFormat: (d: number) => formatNumber(d)
    },
    y: {domain: keys, axis: null, padding: 0.18},
    color: {domain: combinationColors.map((c) => c.label), range: combinationColors.map((c) => c.color)},
    ariaLabel: "Niet-werkende werkzoekenden per combinatie van kansengroepkenmerken",
    ariaDescription: describeTraitCombinations(rows),
    marks: [
      // dx is a constant in Plot: one mark per trait column, each with its own offset, filled or open.
      ...traits.flatMap((trait, i) => [
        Plot.dot(
          data.filter((d) => d[trait.key as TraitKey] === "ja"),
          {
            y,
            frameAnchor: "left",
            dx: offset(i),
            r: 4.5,
            fill: ink.text,
            title: (d: TraitCombination) => `${combinationLabel(d)}: ${trait.label.toLowerCase()}`
          }
        ),
        Plot.dot(
          data.filter((d) => d[trait.key as TraitKey] === "neen"),
          {y, frameAnchor: "left", dx: offset(i), r: 3.5, fill: "white", stroke: palette.neutral, ariaHidden: "true"}
        ),
        Plot.text([trait.short], {
          frameAnchor: "top-left",
          dx: offset(i),
          dy: -8,
          rotate: narrow ? -90 : -55,
          textAnchor: "start",
          fontSize: narrow ? 10 : 11,
          fill: ink.text
        })
      ]),
      Plot.barX(data, {
        x: "value",
        y,
        fill: colorKey,
        title: (d: TraitCombination) => `${combinationLabel(d)}: ${formatNumber(d.value)}`
      }),
      Plot.ruleX([0]),
      Plot.text(data, {
        x: "value",
        y,
        text: (d: TraitCombination) => formatNumber(d.value),
        textAnchor: "start",
        dx: 4,
        fontSize: 10,
        fill: ink.text
      }),
      ...(total
        ? [
            Plot.text([`Totaal: ${formatNumber(total.value)}${narrow ? "" : " niet-werkende werkzoekenden"}`], {
              frameAnchor: "top-right",
              dy: -12,
              textAnchor: "end",
              fontSize: 11,
              fontWeight: 700,
              fill: ink.text
            })
          ]
        : [])
    ]
  }) as SVGSVGElement;
}

/** The text alternative: the total, the largest combinations and how many have a work disability. */
export function describeTraitCombinations(rows: TraitCombination[]): string {
  const total = rows.find(isTotal);
  const data = rows.filter((r) => !isTotal(r)).sort((a, b) => b.value - a.value);
  if (!data.length) return "Niet-werkende werkzoekenden per combinatie van kansengroepkenmerken: geen cijfers.";
  const period = formatMonth(data[0].period);
  const parts = [
    `Niet-werkende werkzoekenden in het Vlaams Gewest (${period}) per combinatie van vier kenmerken: allochtoon, arbeidshandicap, vijftigplus en kortgeschoold.`
  ];
  if (total) parts.push(`Totaal: ${formatNumber(total.value)}.`);
  parts.push(
    `Grootste combinaties: ${data
      .slice(0, 3)
      .map((d) => `${combinationLabel(d).toLowerCase()} ${formatNumber(d.value)}`)
      .join(", ")}.`
  );
  const withDisability = data.filter((d) => d.disability === "ja");
  const largest = withDisability[0];
  if (largest)
    parts.push(
      `Van de ${withDisability.length} combinaties met een arbeidshandicap is ${combinationLabel(largest).toLowerCase()} de grootste (${formatNumber(largest.value)}).`
    );
  return parts.join(" ");
}

const months = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december"
];

/** "2012M06" → "juni 2012"; anything else is returned as it is. */
export function formatMonth(period: string): string {
  const match = /^(\d{4})M(\d{2})$/.exec(period);
  return match ? `${months[Number(match[2]) - 1]} ${match[1]}` : period;
}
