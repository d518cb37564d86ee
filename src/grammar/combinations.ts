// How yes/no traits occur together (an UpSet plot): a bar per published combination, largest first, with a dot matrix
// at the left (filled where the combination has the trait, open where not). The trait names stand upright above their
// columns, never running into each other at any width. Only published counts are drawn, the published total above them.
import * as Plot from "@observablehq/plot";
import type {CombinationsChart, ChartMetadata, DrawOptions, Row} from "../charts/types.js";
import {columnLabel, withLabels} from "./metadata.js";
import {unitFormat, valueAxis} from "./units.js";
import {listText, lowerFirst, sentences} from "./categories.js";
import {labelText, widestOf} from "./declutter.js";
import {ink, palette} from "./palette.js";

/** A count as published: counts have no unit. */
const written = (row: Row) => unitFormat("").value(Number(row.value));

const isTotal = (row: Row, spec: CombinationsChart) => spec.traits.every((t) => row[t] === "totaal");

/** "vier": how many traits, in words. */
const traitCount = (spec: CombinationsChart) =>
  ["geen", "één", "twee", "drie", "vier", "vijf", "zes"][spec.traits.length] ?? String(spec.traits.length);

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
export function legend(spec: CombinationsChart, metadata: ChartMetadata) {
  const trait = lowerFirst(columnLabel(metadata, spec.highlight));
  return [
    {label: `Met ${trait} (en eventueel andere kenmerken)`, color: palette.orange},
    {label: `Andere kenmerken, zonder ${trait}`, color: palette.blue},
    {label: `Geen van de ${traitCount(spec)} kenmerken`, color: ink.muted}
  ];
}

export function draw(rows: Row[], spec: CombinationsChart, options: DrawOptions): Element {
  const {width, document, metadata} = options;
  const {total, data} = combinationsOf(rows, spec);
  const label = (r: Row) => combinationLabel(r, spec, metadata);
  const groups = legend(spec, metadata);
  const colorOf = (r: Row) =>
    groups[r[spec.highlight] === "ja" ? 0 : spec.traits.some((t) => r[t] === "ja") ? 1 : 2].color;
  const narrow = width < 520;
  const column = narrow ? 18 : 24;
  const marginLeft = column * spec.traits.length + 16;
  const names = spec.traits.map((t) => columnLabel(metadata, t));
  const fontSize = narrow ? 10 : 11;
  const marginTop = Math.ceil(widestOf(names, fontSize) + 30);
  const marginBottom = 44;
  const marginRight = Math.ceil(widestOf(data.map(written), 10) + 10);
  const height = options.height ?? marginTop + marginBottom + 19 * data.length;
  const max = Math.max(...data.map((d) => Number(d.value)));
  // Column i of the matrix sits this many pixels left of the frame's left edge.
  const offset = (i: number) => -marginLeft + 10 + column * i + column / 2;
  // dx is a constant in Plot: one mark per trait column and value, each with its column's offset.
  const dots = (i: number, value: string, options: Plot.DotOptions) => {
    const marked = data.filter((d) => d[spec.traits[i]] === value);
    return Plot.dot(marked, {y: label, frameAnchor: "left", dx: offset(i), ...options});
  };
  const totalText = total
    ? `Totaal: ${written(total)}${narrow ? "" : ` ${lowerFirst(columnLabel(metadata, "value")).replace(/^aantal /, "")}`}`
    : "";
  const frame = {document, width, height, marginLeft, marginRight, marginTop, marginBottom};
  return Plot.plot({
    ...frame,
    x: {...valueAxis(metadata, width - marginLeft - marginRight, 90), domain: [0, max * 1.02]},
    y: {domain: data.map(label), axis: null, padding: 0.18},
    marks: [
      ...names.flatMap((name, i) => [
        dots(i, "ja", {r: 4.5, fill: ink.text, title: (d: Row) => `${label(d)}: ${lowerFirst(name)}`}),
        dots(i, "neen", {r: 3.5, fill: "white", stroke: palette.neutral, ariaHidden: "true"}),
        labelText([name], {frameAnchor: "top-left", dx: offset(i), dy: -8, rotate: -90, textAnchor: "start", fontSize})
      ]),
      Plot.barX(data, {x: "value", y: label, fill: colorOf, title: (d: Row) => `${label(d)}: ${written(d)}`}),
      Plot.ruleX([0]),
      labelText(data, {x: "value", y: label, text: written, textAnchor: "start", dx: 4}),
      totalText
        ? labelText([totalText], {frameAnchor: "top-right", dy: -12, textAnchor: "end", fontSize: 11, fontWeight: 700})
        : null
    ]
  });
}

/** The total, the largest combinations and the largest with the highlighted trait. */
export function describe(rows: Row[], spec: CombinationsChart, metadata: ChartMetadata): string {
  const {total, data} = combinationsOf(rows, spec);
  if (!data.length) return sentences(spec, rows, []);
  const names = spec.traits.map((t) => lowerFirst(columnLabel(metadata, t)));
  const label = (r: Row) => combinationLabel(r, spec, metadata).toLowerCase();
  const parts = [`Per combinatie van ${traitCount(spec)} kenmerken: ${listText(names)}.`];
  if (total) parts.push(`Totaal: ${written(total)}.`);
  const largest = data.slice(0, 3).map((d) => `${label(d)} ${written(d)}`);
  parts.push(`Grootste combinaties: ${largest.join(", ")}.`);
  const highlighted = data.filter((d) => d[spec.highlight] === "ja");
  if (highlighted.length)
    parts.push(
      `Van de ${highlighted.length} combinaties met ${lowerFirst(columnLabel(metadata, spec.highlight))} is ${label(highlighted[0])} de grootste (${written(highlighted[0])}).`
    );
  return sentences(spec, rows, parts);
}

/** The rows with their labels and each combination in words, for the table. */
export function tableRows(rows: Row[], spec: CombinationsChart, metadata: ChartMetadata): Row[] {
  return withLabels(rows, metadata).map((r) => ({...r, combination_label: combinationLabel(r, spec, metadata)}));
}
