// How yes/no traits occur together (an UpSet plot): a bar per published combination, largest first, with a dot
// matrix at the left (filled where the combination has the trait, open where not). The trait names stand upright
// above their columns, so they never run into each other at any width. Only published counts are drawn; the
// published total is written above them.
import * as Plot from "@observablehq/plot";
import type {CombinationsChart, ChartMetadata, DescribeContext, DrawOptions, Row} from "../charts/types.js";
import {columnLabel} from "./metadata.js";
import {unitFormat, valueAxis} from "./units.js";
import {listText, lowerFirst, sentences, labelledRows} from "./categories.js";
import {labelText, textWidth} from "./declutter.js";
import {ink, palette} from "./palette.js";

const numbers = ["geen", "één", "twee", "drie", "vier", "vijf", "zes"];

const isTotal = (row: Row, spec: CombinationsChart) => spec.traits.every((t) => row[t] === "totaal");

/** "vier": how many traits, in words. */
const traitCount = (spec: CombinationsChart) => numbers[spec.traits.length] ?? String(spec.traits.length);

/** The published total, and the combinations largest first. */
function combinationsOf(rows: Row[], spec: CombinationsChart) {
  const data = rows.filter((r) => !isTotal(r, spec)).sort((a, b) => Number(b.value) - Number(a.value));
  return {total: rows.find((r) => isTotal(r, spec)), data};
}

/** "Allochtoon + Kortgeschoold", "Enkel kortgeschoold" or "Geen van de vier kenmerken". */
export function combinationLabel(row: Row, spec: CombinationsChart, metadata: ChartMetadata): string {
  if (isTotal(row, spec)) return "Totaal";
  const present = spec.traits.filter((t) => row[t] === "ja").map((t) => columnLabel(metadata, t));
  if (!present.length) return `Geen van de ${traitCount(spec)} kenmerken`;
  return present.length === 1 ? `Enkel ${lowerFirst(present[0])}` : present.join(" + ");
}

/** The three colours: with the highlighted trait, with other traits only, with none. */
function groupsOf(spec: CombinationsChart, metadata: ChartMetadata) {
  const trait = lowerFirst(columnLabel(metadata, spec.highlight));
  return [
    {label: `Met ${trait} (en eventueel andere kenmerken)`, color: palette.orange},
    {label: `Andere kenmerken, zonder ${trait}`, color: palette.blue},
    {label: `Geen van de ${traitCount(spec)} kenmerken`, color: ink.muted}
  ];
}

export function draw(rows: Row[], spec: CombinationsChart, options: DrawOptions): Element {
  const {width, document, metadata} = options;
  const format = unitFormat("").value;
  const {total, data} = combinationsOf(rows, spec);
  const label = (r: Row) => combinationLabel(r, spec, metadata);
  const groups = groupsOf(spec, metadata);
  const colorOf = (r: Row) =>
    groups[r[spec.highlight] === "ja" ? 0 : spec.traits.some((t) => r[t] === "ja") ? 1 : 2].color;
  const narrow = width < 520;
  const column = narrow ? 18 : 24;
  const marginLeft = column * spec.traits.length + 16;
  const names = spec.traits.map((t) => columnLabel(metadata, t));
  const fontSize = narrow ? 10 : 11;
  const marginTop = Math.ceil(Math.max(...names.map((n) => textWidth(n, fontSize))) + 30);
  const marginBottom = 44;
  const marginRight = Math.ceil(Math.max(...data.map((d) => textWidth(format(Number(d.value)), 10))) + 10);
  const height = options.height ?? marginTop + marginBottom + 19 * data.length;
  const max = Math.max(...data.map((d) => Number(d.value)));
  // Column i of the matrix sits this many pixels left of the frame's left edge.
  const offset = (i: number) => -marginLeft + 10 + column * i + column / 2;
  const atColumn = (i: number) => ({y: label, frameAnchor: "left", dx: offset(i)}) as const;
  const totalText = total
    ? `Totaal: ${format(Number(total.value))}${narrow ? "" : ` ${lowerFirst(columnLabel(metadata, "value")).replace(/^aantal /, "")}`}`
    : "";
  const frame = {document, width, height, marginLeft, marginRight, marginTop, marginBottom};
  return Plot.plot({
    ...frame,
    x: {...valueAxis(metadata, width - marginLeft - marginRight, 90), domain: [0, max * 1.02]},
    y: {domain: data.map(label), axis: null, padding: 0.18},
    marks: [
      // dx is a constant in Plot: one mark per trait column, each with its own offset, filled or open.
      ...spec.traits.flatMap((trait, i) => [
        Plot.dot(
          data.filter((d) => d[trait] === "ja"),
          {...atColumn(i), r: 4.5, fill: ink.text, title: (d: Row) => `${label(d)}: ${lowerFirst(names[i])}`}
        ),
        Plot.dot(
          data.filter((d) => d[trait] === "neen"),
          {...atColumn(i), r: 3.5, fill: "white", stroke: palette.neutral, ariaHidden: "true"}
        ),
        labelText([names[i]], {
          frameAnchor: "top-left",
          dx: offset(i),
          dy: -8,
          rotate: -90,
          textAnchor: "start",
          fontSize
        })
      ]),
      Plot.barX(data, {
        x: "value",
        y: label,
        fill: colorOf,
        title: (d: Row) => `${label(d)}: ${format(Number(d.value))}`
      }),
      Plot.ruleX([0]),
      labelText(data, {x: "value", y: label, text: (d: Row) => format(Number(d.value)), textAnchor: "start", dx: 4}),
      totalText
        ? labelText([totalText], {frameAnchor: "top-right", dy: -12, textAnchor: "end", fontSize: 11, fontWeight: 700})
        : null
    ]
  });
}

/** The total, the largest combinations and the largest with the highlighted trait. */
export function describe(rows: Row[], spec: CombinationsChart, {metadata}: DescribeContext): string {
  const format = unitFormat("").value;
  const {total, data} = combinationsOf(rows, spec);
  if (!data.length) return sentences(spec, rows, []);
  const names = spec.traits.map((t) => lowerFirst(columnLabel(metadata, t)));
  const label = (r: Row) => combinationLabel(r, spec, metadata).toLowerCase();
  const parts = [`Per combinatie van ${traitCount(spec)} kenmerken: ${listText(names)}.`];
  if (total) parts.push(`Totaal: ${format(Number(total.value))}.`);
  parts.push(
    `Grootste combinaties: ${data
      .slice(0, 3)
      .map((d) => `${label(d)} ${format(Number(d.value))}`)
      .join(", ")}.`
  );
  const highlighted = data.filter((d) => d[spec.highlight] === "ja");
  if (highlighted.length)
    parts.push(
      `Van de ${highlighted.length} combinaties met ${lowerFirst(columnLabel(metadata, spec.highlight))} is ${label(highlighted[0])} de grootste (${format(Number(highlighted[0].value))}).`
    );
  return sentences(spec, rows, parts);
}

export const legend = (spec: CombinationsChart, metadata: ChartMetadata) => groupsOf(spec, metadata);

/** The rows with their labels and each combination in words, for the table. */
export function tableRows(rows: Row[], spec: CombinationsChart, metadata: ChartMetadata): Row[] {
  return labelledRows(rows, metadata).map((r) => ({...r, combination_label: combinationLabel(r, spec, metadata)}));
}
