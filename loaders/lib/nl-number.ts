/**
 * Parses a number written the Belgian (nl-BE) way, as the sources print it:
 *
 *   "47,3"      → 47.3
 *   "19.407,5"  → 19407.5   (dot groups thousands)
 *   "19 407,5"  → 19407.5   (so does a space, as in some web pages)
 *   "20.614"    → 20614
 *   "-0,3"      → -0.3
 *
 * Returns undefined for anything else, so a caller can say exactly which cell is wrong. A lone dot that does
 * not group thousands ("47.3") is rejected rather than guessed: it would be ambiguous.
 */
export function parseNlNumber(text: string): number | undefined {
  const s = text.trim().replace(/\u00a0|\u202f/g, " ");
  const match = /^([-+−]?)(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!match) return undefined;
  const [, sign, whole, fraction] = match;
  const value = Number(`${whole.replace(/[. ]/g, "")}${fraction === undefined ? "" : `.${fraction}`}`);
  return sign === "-" || sign === "−" ? -value : value;
}
