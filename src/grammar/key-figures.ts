// A few published figures written large, each with what it counts and its own period: for context figures
// that form no series (one year each, different units), so nothing suggests a trend or a comparison. Plot draws
// no text wrapping: sentences are wrapped to the chart's width (wrapLabel) and stacked from the top.
import * as Plot from "@observablehq/plot";
import type {DescribeContext, KeyFiguresChart, LegendEntry, RenderOptions, Row} from "../charts/types.js";
import {noMetadata} from "../charts/types.js";
import {categoryLabel} from "./metadata.js";
import {ink, shade} from "./palette.js";
import {wrapLabel} from "./categories.js";

interface FigureLine {
  text: string;
  size: number;
  weight: number;
  fill?: string;
  /** A share in % that a key figure draws as a bar in this line's place. */
  share?: number;
}

interface PlacedLine extends FigureLine {
  /** Offset of the line's middle from the top of the frame, in pixels. */
  dy: number;
}

/**
 * Stacks the lines from the top of the frame, each `leading` times its font size below the one before, and
 * returns them with the height they take together (the chart adds its own room below).
 */
function stackLines(lines: FigureLine[], leading: number): {placed: PlacedLine[]; height: number} {
  let top = 0;
  const placed = lines.map((line) => {
    const dy = top + line.size / 2;
    top += Math.round(line.size * leading);
    return {...line, dy};
  });
  return {placed, height: top};
}

/** One text mark per stacked line, anchored at the top left of the frame. */
function lineMarks(placed: PlacedLine[]): Plot.Markish[] {
  return placed.map((line) =>
    Plot.text([line.text], {
      frameAnchor: "top-left",
      dy: line.dy,
      text: (d: string) => d,
      fontSize: line.size,
      fontWeight: line.weight,
      fill: line.fill ?? ink.text,
      textAnchor: "start",
      lineAnchor: "middle"
    })
  );
}

interface KeyFigure {
  figure: string;
  label: string;
  caption: string;
}

function figuresOf(rows: Row[], spec: KeyFiguresChart, context: DescribeContext): KeyFigure[] {
  return rows.map((r) => ({
    figure: spec.figure(r),
    label: categoryLabel(context.metadata, "measure", String(r.measure)),
    caption: spec.caption(r)
  }));
}

export function renderKeyFigures(rows: Row[], spec: KeyFiguresChart, options: RenderOptions): SVGSVGElement {
  const {width = 640, document} = options;
  const context = {metadata: options.metadata ?? noMetadata};
  const big = width < 420 ? 24 : 30;
  const shares = rows.map((r) => spec.share?.(r));
  const wrapped = (text: string, size: number, fill?: string) =>
    wrapLabel(text, width - 32, size, 9)
      .split("\n")
      .map((line) => ({text: line, size, weight: 400, fill}));
  const lines: FigureLine[] = figuresOf(rows, spec, context).flatMap((f, i) => [
    {text: f.figure, size: big, weight: 700, fill: spec.color},
    ...wrapped(f.label, 13),
    ...wrapped(f.caption, 12, ink.muted),
    // Room for the bar of a share, drawn below.
    ...(shares[i] === undefined ? [] : [{text: "", size: 20, weight: 400, share: shares[i]}]),
    {text: "", size: 8, weight: 400}
  ]);
  const {placed, height} = stackLines(lines, 1.4);
  const bars = placed.flatMap((l) =>
    l.share === undefined ? [] : [{share: l.share, top: l.dy - 7, bottom: l.dy + 7}]
  );
  const plotHeight = options.height ?? height + 24;
  return Plot.plot({
    document,
    width,
    height: plotHeight,
    margin: 16,
    x: {domain: [0, 100], axis: null},
    // Pixels down from the top of the frame, where stackLines placed the lines.
    y: {domain: [plotHeight - 32, 0], axis: null},
    ariaLabel: spec.title,
    ariaDescription: describeKeyFigures(rows, spec, context),
    marks: [
      ...lineMarks(placed.filter((l) => l.text)),
      // A share as a bar from 0 to 100%: the grey track, the published share filled.
      Plot.rect(bars, {x1: 0, x2: 100, y1: "top", y2: "bottom", fill: shade.track, ariaHidden: "true"}),
      Plot.rect(bars, {x1: 0, x2: "share", y1: "top", y2: "bottom", fill: spec.color})
    ]
  }) as SVGSVGElement;
}

/** Each figure with its label and period, and that they form no series. */
export function describeKeyFigures(rows: Row[], spec: KeyFiguresChart, context: DescribeContext): string {
  const figures = figuresOf(rows, spec, context).map(
    (f) => `${f.figure} ${f.label.charAt(0).toLowerCase()}${f.label.slice(1)} (${f.caption})`
  );
  const more = spec.describeMore?.(rows);
  return [`${spec.title}: ${figures.join("; ")}.`, more].filter(Boolean).join(" ");
}

export function keyFiguresLegend(spec: KeyFiguresChart): LegendEntry[] {
  return [{label: "Gepubliceerd cijfer (afgerond zoals in de bron)", color: spec.color}];
}
