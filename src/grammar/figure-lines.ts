// Text lines for charts that show a single published figure in words (a "figure" chart): Plot draws no text
// wrapping, so sentences are broken here at spaces to fit the chart's width, and stacked from the top.
import * as Plot from "@observablehq/plot";
import {ink} from "./palette.js";

export interface FigureLine {
  text: string;
  size: number;
  weight: number;
  fill?: string;
  /** A share in % that a key figure draws as a bar in this line's place. */
  share?: number;
}

/** Breaks a sentence at spaces into lines that fit the width (an average glyph is about 0,6 em wide). */
export function wrapLine(text: string, size: number, weight: number, width: number, fill?: string): FigureLine[] {
  const max = Math.floor((width - 32) / (size * (weight > 400 ? 0.64 : 0.58)));
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const current = lines[lines.length - 1];
    if (current !== undefined && current.length + word.length + 1 <= max)
      lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => ({text: line, size, weight, fill}));
}

export interface PlacedLine extends FigureLine {
  /** Offset of the line's middle from the top of the frame, in pixels. */
  dy: number;
}

/**
 * Stacks the lines from the top of the frame, each `leading` times its font size below the one before, and
 * returns them with the height they take together (the chart adds its own room below).
 */
export function stackLines(lines: FigureLine[], leading: number): {placed: PlacedLine[]; height: number} {
  let top = 0;
  const placed = lines.map((line) => {
    const dy = top + line.size / 2;
    top += Math.round(line.size * leading);
    return {...line, dy};
  });
  return {placed, height: top};
}

/** One text mark per stacked line, anchored at the top left of the frame. */
export function lineMarks(placed: PlacedLine[]): Plot.Markish[] {
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
