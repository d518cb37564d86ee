/**
 * Writes a number the way the source tables hold it (nl-BE): a dot groups thousands, a comma marks decimals.
 *
 *   formatNlNumber(21245.67, 2) → "21.245,67"
 *   formatNlNumber(600, 2)      → "600,00"
 *   formatNlNumber(24.3)        → "24,3"      (without `decimals`: the decimals the number has)
 *   formatNlNumber(-0.3)        → "-0,3"
 */
export function formatNlNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} is not a finite number`);
  const text = decimals === undefined ? plainDecimal(value) : value.toFixed(decimals);
  const negative = text.startsWith("-");
  const [whole, fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ".");
  const formatted = fraction ? `${grouped},${fraction}` : grouped;
  return negative && /[1-9]/.test(formatted) ? `-${formatted}` : formatted;
}

/** The shortest decimal text of a number, never in exponent notation. */
function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(12).replace(/\.?0+$/, "");
}

/** The day as an ISO date (YYYY-MM-DD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The sentence a refresh appends to the note of each row it writes. */
export function retrievalStamp(retrieved: string): string {
  return `Opgehaald op ${retrieved} met npm run data:refresh.`;
}

/** A note with its retrieval sentence removed, to compare rows from two refreshes. */
export function withoutRetrievalStamp(note: string): string {
  return note.replace(/\s*Opgehaald op \d{4}-\d{2}-\d{2} met npm run data:refresh\./g, "").trim();
}

/** A note followed by the retrieval sentence. */
export function stampNote(note: string, retrieved: string): string {
  return [note.trim(), retrievalStamp(retrieved)].filter(Boolean).join(" ");
}
