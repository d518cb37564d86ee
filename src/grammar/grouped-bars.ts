// Small multiples of vertical bars: one panel per category (a size class, a programme), a bar per code of another
// (a year, a step) in each, never stacked or summed. Panels wrap into rows when the width leaves too little room; value
// and bar labels that would touch a neighbour are left out (the tooltip, table and text alternative keep every value).
import * as Plot from "@observablehq/plot";
import type {GroupedBarsChart, ChartMetadata, DrawOptions, Row} from "../charts/types.js";
import {categoryLabel, valueUnit} from "./metadata.js";
import {unitFormat, valueAxis} from "./units.js";
import type {Category} from "./categories.js";
import {breaksNamed, columnsOf, fitLabel, keyOf, keysOf, lineCount, sentences, wrapLabel} from "./categories.js";
import {labelBox, labelText, LabelSpace, textWidth} from "./declutter.js";
import {mainColor} from "./palette.js";
import {periodDomain} from "./periods.js";

/** A bar's code in each panel, with the label written under it (without the colouring column's part). */
type Bar = Category & {tick: string};

function layoutOf(rows: Row[], spec: GroupedBarsChart, metadata: ChartMetadata) {
  const columns = columnsOf(spec.bar);
  // A bar column that colours the bars is named by the legend, not under each bar.
  const tones = spec.color && columns.includes(spec.color) ? keysOf(metadata, [spec.color], rows) : [];
  const named = columns.filter((c) => !tones.length || c !== spec.color);
  const bars = keysOf(metadata, columns, rows).map((b) => {
    const row = rows.find((r) => keyOf(r, columns) === b.key);
    return {...b, tick: row ? named.map((c) => categoryLabel(metadata, c, String(row[c]))).join(", ") : b.key};
  });
  const format = unitFormat(spec.unit ?? valueUnit(metadata)).value;
  return {panels: keysOf(metadata, [spec.panel], rows), bars: withYearGaps(bars, rows, columns[0]), tones, format};
}

/** Bars by year keep an empty place for a year without a published figure: the gap stays visible. */
function withYearGaps(bars: Bar[], rows: Row[], column: string): Bar[] {
  const years = rows.map((r) => String(r[column]));
  if (!years.length || !years.every((y) => /^\d{4}$/.test(y))) return bars;
  const gaps = periodDomain(years)
    .filter((y) => !years.includes(y))
    .map((y) => ({key: y, label: y, tick: y, color: mainColor}));
  return [...bars, ...gaps].sort((a, b) => parseInt(a.key) - parseInt(b.key));
}

export function draw(rows: Row[], spec: GroupedBarsChart, options: DrawOptions): Element {
  const {width, document, metadata} = options;
  const {panels, bars, tones, format} = layoutOf(rows, spec, metadata);
  const top = niceTop(Math.max(0, ...rows.map((r) => Number(r.value))) * 1.12);
  const marginLeft = Math.ceil(textWidth(format(top), 10) + 16);
  const inner = width - marginLeft - 8;
  // As many panels side by side as leave each bar some 13 px and each panel title's longest word its room (titles
  // are bold: measured a size up), then balanced over the rows.
  const longestWord = Math.max(...panels.flatMap((p) => p.label.split(/[\s-]/).map((w) => textWidth(w, 12.5))));
  const minPanel = Math.max(84, bars.length * 13 + 14, (longestWord + 8) / 0.88);
  const fitting = Math.max(1, Math.min(panels.length, Math.floor(inner / minPanel)));
  const rowCount = Math.ceil(panels.length / fitting);
  const cols = Math.ceil(panels.length / rowCount);
  const padding = 0.12;
  const panelWidth = (inner / cols) * (1 - padding);
  const barStep = panelWidth / Math.max(1, bars.length);
  const titles = panels.map((p) => wrapLabel(p.label, panelWidth - 4, 12.5, 3));
  const titleHeight = Math.max(...titles.map(lineCount)) * 13 + 6;
  const ticks = barTicks(bars, barStep, spec.color === "bar");
  const marginBottom = ticks.length ? 24 : 10;
  const panelHeight = rowCount === 1 ? 190 : 130;
  const gap = marginBottom + titleHeight + 4;
  const height = options.height ?? titleHeight + rowCount * panelHeight + (rowCount - 1) * gap + marginBottom;
  const frameHeight = rowCount === 1 ? height - titleHeight - marginBottom : panelHeight;
  // The facet cell of each panel: panels fill the rows left to right.
  const places = panels.map((_, i) => ({col: i % cols, row: Math.floor(i / cols)}));
  const cells = rows.flatMap((r) => {
    const p = panels.findIndex((x) => x.key === String(r[spec.panel]));
    const b = bars.findIndex((x) => x.key === keyOf(r, columnsOf(spec.bar)));
    if (p < 0 || b < 0) return [];
    const value = Number(r.value);
    const title = `${panels[p].label}, ${bars[b].label}: ${format(value)}`;
    const own = spec.color === "bar" ? bars[b] : spec.color === "panel" ? panels[p] : undefined;
    // Its code's colour in the colouring column, else its own code's or its panel's, else the main colour.
    const color = tones.find((t) => t.key === String(r[spec.color ?? ""]))?.color ?? own?.color ?? mainColor;
    return [{panel: p, bar: bars[b].key, index: b, value, text: format(value), ...places[p], color, title}];
  });
  // Each value label above its bar, kept unless it would touch one already kept in its panel (tallest bars first).
  const spaces = panels.map(() => new LabelSpace());
  const labelled = [...cells]
    .sort((a, b) => b.value - a.value)
    .filter((c) => {
      const y = frameHeight * (1 - c.value / top);
      return spaces[c.panel].claim(labelBox(c.text, (c.index + 0.5) * barStep, y, {fontSize: 10, dy: -7}));
    });
  const facets = {fx: "col", fy: "row"} as const;
  const frame = {document, width, height, marginLeft, marginRight: 8, marginTop: titleHeight, marginBottom};
  return Plot.plot({
    ...frame,
    fx: {domain: [...Array(cols).keys()], axis: null, paddingInner: padding, paddingOuter: 0},
    fy: {domain: [...Array(rowCount).keys()], axis: null, paddingInner: rowCount > 1 ? gap / (panelHeight + gap) : 0},
    x: {domain: bars.map((b) => b.key), axis: null, padding: 0.15},
    y: {...valueAxis(metadata, frameHeight, 45, spec.unit), domain: [0, top], label: null, tickSize: 0},
    marks: [
      Plot.barY(cells, {...facets, x: "bar", y: "value", fill: "color", tip: true, title: "title"}),
      Plot.ruleY(places, {...facets, y: 0}),
      labelText(labelled, {...facets, x: "bar", y: "value", text: "text", dy: -7}),
      Plot.text(
        places.map((place, i) => ({...place, title: titles[i]})),
        {...facets, frameAnchor: "top", lineAnchor: "bottom", dy: -5, text: "title", fontSize: 11, fontWeight: 600}
      ),
      // textAnchor is a constant in Plot: one mark per anchor.
      ...(["start", "middle", "end"] as const).map((anchor) =>
        Plot.text(
          places.flatMap((place) => ticks.filter((t) => t.anchor === anchor).map((t) => ({...t, ...place}))),
          {
            ...facets,
            x: "key",
            frameAnchor: "bottom",
            lineAnchor: "top",
            dy: 5,
            text: "label",
            textAnchor: anchor,
            fontSize: 10
          }
        )
      )
    ]
  });
}

/** A round top for the value axis: 1, 2, 2.5 or 5 times a power of ten. */
function niceTop(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

/** Labels under a panel's bars: all if they fit, else the first and last leaning in, unless the legend names them. */
function barTicks(bars: Bar[], step: number, legendNames: boolean) {
  const forms = bars.map((b) => ({key: b.key, label: fitLabel(b.tick, step - 4, 10), anchor: "middle"}));
  if (forms.every((f) => textWidth(f.label, 10) <= step - 4)) return forms;
  if (legendNames || bars.length < 2) return [];
  const ends = [forms[0], forms[forms.length - 1]];
  if (textWidth(ends[0].label, 10) + textWidth(ends[1].label, 10) + 8 > step * (bars.length - 1)) return [];
  return ends.map((f, i) => ({...f, anchor: i ? "end" : "start"}));
}

/** Per panel, each bar's value; no sums, no comparison the panels do not make. */
export function describe(rows: Row[], spec: GroupedBarsChart, metadata: ChartMetadata): string {
  const {panels, bars, format} = layoutOf(rows, spec, metadata);
  const parts = panels.map((p) => {
    const values = bars.flatMap((b) => {
      const row = rows.find((r) => String(r[spec.panel]) === p.key && keyOf(r, columnsOf(spec.bar)) === b.key);
      return row ? [`${b.label} ${format(Number(row.value))}`] : [];
    });
    // Labels of several columns ("2010, Oude meting") are told apart by semicolons.
    return `${p.label}: ${values.join(bars.some((b) => b.label.includes(",")) ? "; " : ", ")}.`;
  });
  const periods = [spec.panel, ...columnsOf(spec.bar)].flatMap((c) => rows.map((r) => String(r[c])));
  return sentences(spec, rows, [...parts, breaksNamed(metadata, rows, periods)]);
}

export function legend(spec: GroupedBarsChart, metadata: ChartMetadata, rows: Row[] = []) {
  const {panels, bars, tones} = layoutOf(rows, spec, metadata);
  const named = spec.color === "bar" ? bars : spec.color === "panel" ? panels : tones;
  return named.length ? named : [{label: metadata.columns.value?.label ?? "Waarde", color: mainColor}];
}
