// Labelled horizontal bars from zero: a few published figures side by side, each with its value written beside
// its bar, nothing stacked or summed. Row labels come from the metadata, wrapped to the room the width leaves.
import * as Plot from "@observablehq/plot";
import type {BarsChart, ChartMetadata, DrawOptions, Row} from "../charts/types.js";
import {categoryLabel, columnLabel, valueUnit} from "./metadata.js";
import {unitFormat, valueAxis} from "./units.js";
import {categoriesOf, columnsOf, fitLabel, keyOf, keysOf, lineCount, wrapLabel, sentences} from "./categories.js";
import {labelText, textWidth} from "./declutter.js";
import {ink, mainColor} from "./palette.js";

const fontSize = 11;

/** The bars in order, each with its label (led by its colour group's short label), colour and value written out. */
function barsOf(rows: Row[], spec: BarsChart, metadata: ChartMetadata, room: number) {
  const format = unitFormat(valueUnit(metadata)).value;
  const columns = columnsOf(spec.category);
  const groups = spec.color ? categoriesOf(metadata, spec.color, rows) : [];
  const named = columns.filter((c) => c !== spec.color);
  const bars = keysOf(metadata, columns, rows).flatMap(({key}) => {
    const row = rows.find((r) => keyOf(r, columns) === key);
    if (!row || (spec.bars && !spec.bars.includes(key))) return [];
    const group = groups.find((g) => g.key === String(row[spec.color ?? ""]));
    const lead = group ? `${fitLabel(group.label, 48, fontSize)}: ` : "";
    const label = lead + named.map((c) => categoryLabel(metadata, c, String(row[c]))).join(", ");
    const value = Number(row.value);
    return [{key, label, value, text: format(value), color: group?.color ?? mainColor}];
  });
  if (spec.sort === "value") bars.sort((a, b) => b.value - a.value);
  return bars.map((b) => {
    const label = wrapLabel(b.label, room, fontSize, 6);
    return {...b, label, title: `${label.replace(/\n/g, " ")}: ${b.text}`};
  });
}

export function draw(rows: Row[], spec: BarsChart, options: DrawOptions): Element {
  const {width, document, metadata} = options;
  const bars = barsOf(rows, spec, metadata, Math.min(260, Math.max(96, width * 0.36)));
  const marginLeft = Math.ceil(Math.max(40, ...bars.map((b) => textWidth(b.label, fontSize))) + 12);
  const marginRight = Math.ceil(Math.max(...bars.map((b) => textWidth(b.text, fontSize + 1))) + 16);
  const inner = width - marginLeft - marginRight;
  const captionKey = `${spec.caption?.under}::bijschrift`;
  const caption = wrapLabel(spec.caption?.text(rows) ?? "", inner, 10);
  const rowHeight = Math.max(30, Math.max(...[caption, ...bars.map((b) => b.label)].map(lineCount)) * 14 + 12);
  const domain = bars.flatMap((b) => (caption && b.key === spec.caption?.under ? [b.key, captionKey] : [b.key]));
  const note = spec.category === "year" ? wrapLabel(publishedNote(bars), width - 16, fontSize) : "";
  const marginBottom = 40 + (note ? lineCount(note) * 14 + 6 : 0);
  const height = options.height ?? 12 + domain.length * rowHeight + marginBottom;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const at = {x: "value", y: "key"} as const;
  const frame = {document, width, height, marginLeft, marginRight, marginTop: 12, marginBottom};
  return Plot.plot({
    ...frame,
    x: {...valueAxis(metadata, inner, 90), labelOffset: 34, domain: spec.domain ?? [0, max], nice: !spec.domain},
    y: {domain, label: null, padding: 0.22},
    marks: [
      Plot.axisY({tickSize: 0, fontSize, tickFormat: (key: string) => bars.find((b) => b.key === key)?.label ?? ""}),
      Plot.barX(bars, {...at, fill: "color", tip: true, title: "title"}),
      Plot.ruleX([0]),
      labelText(bars, {...at, text: "text", textAnchor: "start", dx: 5, fontSize: fontSize + 1, fontWeight: 700}),
      caption ? labelText([caption], {x: 0, y: () => captionKey, textAnchor: "start", fill: ink.muted}) : null,
      note
        ? labelText([note], {
            frameAnchor: "bottom-left",
            dx: -marginLeft + 8,
            dy: 44,
            lineAnchor: "top",
            textAnchor: "start",
            fill: ink.muted,
            fontSize
          })
        : null
    ]
  });
}

/** "Alleen 2023 is gepubliceerd; …": bars that are years say which are published, for one figure is no series. */
function publishedNote(bars: {key: string}[]): string {
  const periods = bars.map((b) => b.key).sort();
  return periods.length === 1
    ? `Alleen ${periods[0]} is gepubliceerd; voor andere jaren is er geen cijfer.`
    : `Gepubliceerde jaren: ${periods.join(", ")}; voor andere jaren is er geen cijfer.`;
}

/** Each bar's label and value, in the order drawn; the caption and which periods are published. */
export function describe(rows: Row[], spec: BarsChart, metadata: ChartMetadata): string {
  const bars = barsOf(rows, spec, metadata, Infinity);
  const parts = [`${bars.map((b) => `${b.label}: ${b.text}`).join("; ")}.`];
  const caption = spec.caption?.text(rows);
  if (caption) parts.push(`${caption[0].toUpperCase()}${caption.slice(1)}.`);
  if (spec.category === "year") parts.push(publishedNote(bars));
  return sentences(spec, rows, parts);
}

/** The legend: the colour groups, or the one colour of the value. */
export function legend(spec: BarsChart, metadata: ChartMetadata, rows: Row[] = []) {
  if (!spec.color) return [{label: columnLabel(metadata, "value"), color: mainColor}];
  return categoriesOf(metadata, spec.color, rows);
}
