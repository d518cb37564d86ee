// The one palette of the site's charts. Every colour that carries meaning (a series, a bar, a rule) has at least
// 4.5:1 contrast on white, so it also serves as text (WCAG 1.4.3) and as a white label's background; the
// greys that only shade a band behind marks are named as such (test/charts/palette-test.ts checks the ratios).

/** Series and category colours, in the order charts hand them out. */
export const palette = {
  blue: "#1d4f91",
  orange: "#b34700",
  green: "#2e7d32",
  purple: "#6a3d9a",
  teal: "#00707a",
  rose: "#a8325e",
  grey: "#555555",
  /** A bar that holds only a published total (no breakdown): a neutral grey still 4.5:1 under white text. */
  neutral: "#767676",
  /** Deep teal for a second green-like series beside green. */
  pine: "#00695c"
} as const;

/** Years in order, light to dark (a sequence within one measure): each 4.5:1 on white. */
export const yearRamp = ["#6b778b", "#56657f", "#2f4770", "#0d1b3a"] as const;

/** The main colour: a chart with one series draws in it. */
export const mainColor = palette.blue;

/** Ink for text and rules. */
export const ink = {
  /** Value labels, key figures. */
  text: "#222222",
  /** Captions, notes, break labels. */
  muted: "#555555",
  /** Break rules and brackets. */
  rule: "#666666"
} as const;

/** Light fills behind marks (bands, highlighted rows): never carry meaning alone, so no contrast target. */
export const shade = {
  band: "#f2f2f2",
  highlight: "#fbeee4",
  track: "#e6e6e6"
} as const;
