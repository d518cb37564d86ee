// Labels that never overlap: every text mark of a chart claims its boxes in one LabelSpace, in the order the
// marks are drawn and, within a mark, in the order of its data (put what matters most first). A label that would
// touch one already placed, the centre of a dot (it would hide a published value), the axes or the edge of the
// chart is left out; its value stays in the tooltip, the table and the text alternative. Widths are estimated
// (0,6 em per character), not measured: the same SVG is drawn in jsdom at build time, where nothing is measured.
import * as Plot from "@observablehq/plot";
import {ticks as niceTicks} from "d3";
import {ink} from "./palette.js";

type LabelBox = Record<"left" | "right" | "top" | "bottom", number>;

type TextLayout = Pick<Plot.TextOptions, "dx" | "dy" | "textAnchor" | "lineAnchor"> & {fontSize: number};

/** An estimate of a label's width in pixels, a little generous for the sans-serif fonts charts are drawn in. */
export function textWidth(text: string, fontSize: number): number {
  // Digits are as wide as each other in most fonts (tabular), "1" included: about 0,64 em.
  const em = (c: string) =>
    /[.,:;'’ il|()-]/.test(c) ? 0.32 : /[A-Z%mwMW]/.test(c) ? 0.78 : /\d/.test(c) ? 0.64 : 0.6;
  return Math.max(...text.split("\n").map((line) => [...line].reduce((sum, c) => sum + em(c), 0))) * fontSize;
}

/** The width of the widest of some labels (-Infinity for none). */
export const widestOf = (texts: string[], fontSize: number) => Math.max(...texts.map((t) => textWidth(t, fontSize)));

/** The box a label takes with its anchor at (x, y). */
export function labelBox(text: string, x: number, y: number, layout: TextLayout): LabelBox {
  const {fontSize, dx = 0, dy = 0, textAnchor = "middle", lineAnchor = "middle"} = layout;
  const width = textWidth(text, fontSize);
  const height = text.split("\n").length * fontSize * 1.25;
  const left = x + dx - (textAnchor === "start" ? 0 : textAnchor === "end" ? width : width / 2);
  const top = y + dy - (lineAnchor === "top" ? 0 : lineAnchor === "bottom" ? height : height / 2);
  return {left, right: left + width, top, bottom: top + height};
}

function touches(a: LabelBox, b: LabelBox, gap = 2): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/** The boxes taken so far in one chart, and its dots ([x, y] in data values), whose centre no label may cover. */
export class LabelSpace {
  private readonly boxes: LabelBox[] = [];
  private bounds?: LabelBox;
  constructor(private readonly dots: [unknown, unknown][] = []) {}

  /** Keeps labels inside the chart and off the axes (the left and bottom margins hold the tick labels). */
  reserveAxes(dimensions: Plot.Dimensions, scales: Plot.ScaleFunctions): void {
    if (this.bounds) return;
    const {width, height, marginLeft, marginTop, marginBottom} = dimensions;
    this.bounds = {left: 0, right: width, top: 0, bottom: height};
    this.boxes.push({left: -Infinity, right: Infinity, top: height - marginBottom + 2, bottom: Infinity});
    for (const [x, y] of this.dots) {
      const [cx, cy] = [Number(scales.x?.(x)), Number(scales.y?.(y))];
      this.boxes.push({left: cx, right: cx, top: cy, bottom: cy});
    }
    // A linear y axis: the boxes of its tick labels (Plot aims at one tick per 35 px), else the whole left margin.
    const domain = scales.scales.y?.type === "linear" ? Array.from(scales.scales.y.domain ?? [], Number) : [];
    if (!scales.y || domain.length < 2) {
      this.boxes.push({left: -Infinity, right: marginLeft - 2, top: -Infinity, bottom: Infinity});
      return;
    }
    for (const tick of niceTicks(domain[0], domain[domain.length - 1], (height - marginTop - marginBottom) / 35)) {
      const at = Number(scales.y(tick));
      this.boxes.push({left: marginLeft - 64, right: marginLeft - 2, top: at - 7, bottom: at + 7});
    }
  }

  /** Takes the box if it is free (inside the chart, touching no box taken); says whether it did. */
  claim(box: LabelBox): boolean {
    const b = this.bounds;
    const inside = !b || (box.left >= b.left && box.right <= b.right && box.top >= b.top && box.bottom <= b.bottom);
    if (!inside || this.boxes.some((taken) => touches(taken, box))) return false;
    this.boxes.push(box);
    return true;
  }
}

/**
 * A text mark in the charts' label style (ink, 10 px, unless the options say otherwise). Given a LabelSpace, it
 * draws only the labels that claim a free box, measured with the mark's own font size, offsets and anchors.
 */
export function labelText(
  data: Plot.Data,
  options: Plot.TextOptions & {fontSize?: number},
  space?: LabelSpace,
  variants: (text: string, i: number) => string[] = (text) => [text],
  onPlaced?: (kept: number[]) => void
): Plot.Text {
  const layout = {...options, fontSize: options.fontSize ?? 10};
  const render: Plot.RenderFunction | undefined =
    space &&
    ((index, scales, values, dimensions, context, next) => {
      space.reserveAxes(dimensions, scales);
      // The text channel's values are this plot's own copy: a shortened label is written back into them.
      const text = values.text ?? [];
      const {marginLeft, width, marginRight, marginTop} = dimensions;
      const kept = index.filter((i) => {
        const x = values.x ? Number(values.x[i]) : (marginLeft + width - marginRight) / 2;
        const y = values.y ? Number(values.y[i]) : marginTop;
        const fitting = variants(String(text[i] ?? ""), i).find((t) => space.claim(labelBox(t, x, y, layout)));
        if (fitting !== undefined) text[i] = fitting;
        return fitting !== undefined;
      });
      // A mark with no label placed draws nothing: no empty group for a screen reader to announce.
      if (!kept.length) return null;
      onPlaced?.(kept);
      return next!(kept, scales, values, dimensions, context);
    });
  return Plot.text(data, {fill: ink.text, render, ...layout});
}
