// The palette's promise: every colour that carries meaning reads as text on white (AA, 4.5:1), and white
// labels read on it; the ink colours too.
import {describe, expect, it} from "vitest";
import {contrastRatio, ink, palette, yearRamp} from "../../src/grammar/palette.js";

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
