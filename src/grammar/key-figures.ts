// A few published figures written large, each with what it counts and its own period: for context figures
// that form no series (one year each, different units). One colour and no legend (each figure is named under
// it), so nothing suggests a trend or a comparison. Plot draws no text wrapping: sentences are wrapped to the
// chart's width (wrapLabel) and stacked from the top.
import * as Plot from "@observablehq/plot";
import type {ChartMetadata, KeyFiguresChart, DrawOptions, Row} from "../charts/types.js";
import {categoryLabel} from "./metadata.js";
import {ink, mainColor, shade} from "./palette.js";
import {sentences, wrapLabel} from "./categories.js";
import {labelText} from "./declutter.js";

interface FigureLine {
  text: string;
  size: number;
  weight: number;
  fill?: string;
  /** A share in % that a key figure draws as a bar in this line's place. */
  share?: number;
}

function figuresOf(rows: Row[], spec: KeyFiguresChart, metadata: ChartMetadata) {
  return rows.map((r) => ({
    figure: spec.figure(r),
    label: categoryLabel(metadata, "measure", String(r.measure)),
    caption: spec.caption(r),
    share: spec.share?.(r)
  }));
}

export function draw(rows: Row[], spec: KeyFiguresChart, options: DrawOptions): Element {
  const {width, document, metadata} = options;
  const color = spec.color ?? mainColor;
  const wrapped = (text: string, size: number, fill?: string) =>
    wrapLabel(text, width - 32, size, 9)
      .split("\n")
      .map((line) => ({text: line, size, weight: 400, fill}));
  const lines: FigureLine[] = figuresOf(rows, spec, metadata).flatMap((f) => [
    {text: f.figure, size: width < 420 ? 24 : 30, weight: 700, fill: color},
    ...wrapped(f.label, 13),
    ...wrapped(f.caption, 12, ink.muted),
    // Room for the bar of a share, drawn below.
    ...(f.share === undefined ? [] : [{text: "", size: 20, weight: 400, share: f.share}]),
    {text: "", size: 8, weight: 400}
  ]);
  // Stacked from the top of the frame, each line 1,4 times its font size below the one before; dy is its middle.
  let top = 0;
  const placed = lines.map((line) => {
    const dy = top + line.size / 2;
    top += Math.round(line.size * 1.4);
    return {...line, dy};
  });
  const bars = placed.flatMap(({share, dy}) => (share === undefined ? [] : [{share, top: dy - 7, bottom: dy + 7}]));
  const height = options.height ?? top + 24;
  const line = {frameAnchor: "top-left", textAnchor: "start", lineAnchor: "middle"} as const;
  const frame = {document, width, height, margin: 16};
  return Plot.plot({
    ...frame,
    x: {domain: [0, 100], axis: null},
    // Pixels down from the top of the frame, where the lines are placed.
    y: {domain: [height - 32, 0], axis: null},
    marks: [
      ...placed
        .filter((l) => l.text)
        .map((l) =>
          labelText([l.text], {...line, dy: l.dy, fontSize: l.size, fontWeight: l.weight, fill: l.fill ?? ink.text})
        ),
      // A share as a bar from 0 to 100%: the grey track, the published share filled.
      Plot.rect(bars, {x1: 0, x2: 100, y1: "top", y2: "bottom", fill: shade.track, ariaHidden: "true"}),
      Plot.rect(bars, {x1: 0, x2: "share", y1: "top", y2: "bottom", fill: color})
    ]
  });
}

/** Each figure with its label and period; the definition says in its own words why they form no series. */
export function describe(rows: Row[], spec: KeyFiguresChart, metadata: ChartMetadata): string {
  // "Label: figure (period)", as bars and dot rows write theirs; the figure may carry its own unit ("premies").
  const figures = figuresOf(rows, spec, metadata).map((f) => `${f.label}: ${f.figure} (${f.caption})`);
  return sentences(spec, rows, [`${figures.join("; ")}.`]);
}
