// Text lines for charts that show a single published figure in words (a "figure" chart): Plot draws no text
// wrapping, so sentences are broken here at spaces to fit the chart's width.

export interface FigureLine {
  text: string;
  size: number;
  weight: number;
  fill?: string;
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
