// Stacked bars per period from the published parts, with the published total written above each bar (not a sum
// the chart makes). A period with only a published total (no breakdown) is one grey bar of the total alone.
import * as Plot from "@observablehq/plot";
import type {StackedBarsChart, ChartMetadata, DrawOptions, Row} from "../charts/types.js";
import {categoryLabel, columnLabel, valueUnit} from "./metadata.js";
import {unitFormat, valueAxis} from "./units.js";
import {categoriesOf, lowerFirst, sentences} from "./categories.js";
import {labelText, textWidth, widestOf} from "./declutter.js";
import {periodColumn, periodLabel, shortPeriodLabel, thinPeriods} from "./periods.js";
import {palette} from "./palette.js";

/** Each published value with its period and part; the parts apart from the published totals; the values' format. */
function piecesOf(rows: Row[], spec: StackedBarsChart, metadata: ChartMetadata) {
  const x = periodColumn(rows);
  const pieces = rows.map((r) => ({period: String(r[x]), part: String(r[spec.part]), value: Number(r.value)}));
  const partPieces = pieces.filter((p) => p.part !== spec.total);
  const totals = pieces.filter((p) => p.part === spec.total);
  const format = unitFormat(valueUnit(metadata)).value;
  return {pieces, partPieces, totals, withParts: new Set(partPieces.map((p) => p.period)), format};
}

type Piece = ReturnType<typeof piecesOf>["pieces"][number];

export function draw(rows: Row[], spec: StackedBarsChart, options: DrawOptions): Element {
  const {width, height = 380, document, metadata} = options;
  const {pieces, partPieces, totals, withParts, format} = piecesOf(rows, spec, metadata);
  const parts = legend(spec, metadata, rows);
  const totalOnly = totals.filter((t) => !withParts.has(t.period));
  const domain = [...new Set(pieces.map((p) => p.period))].sort();
  const max = Math.max(0, ...pieces.map((p) => p.value));
  const marginLeft = Math.ceil(textWidth(format(max), 10) + 20);
  const inner = width - marginLeft - 20;
  const step = inner / Math.max(1, domain.length);
  // A narrow chart writes "aug. ’25" for "aug. 2025", and every other period where even that does not fit.
  const tickLabel = widestOf(domain.map(periodLabel), 10) + 6 <= step ? periodLabel : shortPeriodLabel;
  const widest = widestOf(domain.map(tickLabel), 10) + 6;
  const written = (p: Piece) => format(p.value);
  const totalTexts = totals.map(written);
  // The published totals above the bars: a smaller type, then every other one, where they would touch.
  const totalSize = widestOf(totalTexts, 11) + 4 <= step ? 11 : 9;
  const totalPeriods = thinPeriods(domain, inner, widestOf(totalTexts, totalSize) + 4);
  const shown = totals.filter((t) => totalPeriods.includes(t.period));
  const onlyTotal = step >= 44 ? "alleen\ntotaal" : "";
  const at = {x: "period", y: "value"} as const;
  const stack = {...at, z: "part", order: parts.map((p) => p.key)};
  const color = (p: Piece) => parts.find((x) => x.key === p.part)?.color ?? palette.neutral;
  const title = (p: Piece) => `${categoryLabel(metadata, spec.part, p.part)}, ${periodLabel(p.period)}: ${written(p)}`;
  // A segment's value inside it, unless it is shorter than 4,5% of the tallest bar or too narrow: it would not fit.
  const inside = (p: Piece) =>
    p.value >= max * 0.045 && textWidth(written(p), 10) + 2 <= step * 0.75 ? written(p) : "";
  const frame = {document, width, height, marginLeft, marginTop: 24, marginBottom: 36};
  return Plot.plot({
    ...frame,
    x: {domain, ticks: thinPeriods(domain, inner, widest), label: null, tickFormat: tickLabel, padding: 0.25},
    y: {...valueAxis(metadata, height - 60, 35), domain: [0, max * 1.08]},
    marks: [
      Plot.barY(partPieces, Plot.stackY({...stack, fill: color, stroke: "white", strokeWidth: 0.75, tip: true, title})),
      labelText(partPieces, Plot.stackY({...stack, text: inside, fill: "white"})),
      Plot.barY(totalOnly, {...at, fill: palette.neutral, tip: true, title}),
      labelText(totalOnly, {...at, text: () => onlyTotal, lineAnchor: "top", dy: 8, fill: "white"}),
      Plot.ruleY([0]),
      labelText(shown, {...at, text: written, lineAnchor: "bottom", dy: -4, fontSize: totalSize, fontWeight: "bold"})
    ]
  });
}

/** The totals (first, highest, latest), a period with only a total, and the largest part of the latest period. */
export function describe(rows: Row[], spec: StackedBarsChart, metadata: ChartMetadata): string {
  const {partPieces, totals, withParts, format} = piecesOf(rows, spec, metadata);
  totals.sort((a, b) => a.period.localeCompare(b.period));
  const full = totals.filter((t) => withParts.has(t.period));
  const parts: string[] = [];
  if (full.length) {
    const peak = full.reduce((a, b) => (b.value > a.value ? b : a));
    const [first, last] = [full[0], full[full.length - 1]];
    const largest = partPieces.filter((p) => p.period === last.period).sort((a, b) => b.value - a.value)[0];
    parts.push(
      `Totaal ${format(first.value)} in ${periodLabel(first.period)}, hoogste ${format(peak.value)} in ${periodLabel(peak.period)}, ${format(last.value)} in ${periodLabel(last.period)}.`,
      `Grootste ${lowerFirst(columnLabel(metadata, spec.part).replace(/\s*\(.*\)$/, ""))} in ${periodLabel(last.period)}: ${categoryLabel(metadata, spec.part, largest.part)} (${format(largest.value)}).`
    );
  }
  for (const t of totals.filter((t) => !withParts.has(t.period)))
    parts.push(`In ${periodLabel(t.period)}: ${format(t.value)} (alleen het totaal).`);
  return sentences(spec, rows, parts);
}

export function legend(spec: StackedBarsChart, metadata: ChartMetadata, rows: Row[] = []) {
  return categoriesOf(metadata, spec.part, rows).filter((p) => p.key !== spec.total);
}
