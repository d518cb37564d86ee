// The palette's promise: every colour that carries meaning reads as text on white (AA, 4.5:1), and white
// labels read on it; the ink colours too.
import {describe, expect, it} from "vitest";
import {ink, palette, yearRamp} from "../../src/grammar/palette.js";

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe("palette", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
  for (const [name, color] of Object.entries({...palette, ...ink, ...Object.fromEntries(yearRamp.entries())}))
    it(`${name} (${color}) has AA text contrast on white, so also 3:1 as a mark`, () => {
      expect(contrastRatio(color, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    });
});
