// Series breaks come from the datasets' metadata (data/<theme>/<id>.meta.json), never from chart code: the build
// hands each chart the breaks of its datasets, writes them into the frame, and hydration reads them back.
import type {SeriesBreak} from "../../loaders/lib/meta.js";

/**
 * After a break of these kinds a value measures something else, so no line joins it to the values before and
 * no sentence compares across it. A reformed survey or measure keeps the series: the break is marked, not cut.
 */
export const cutsSeries = (b: SeriesBreak) => b.kind === "definition" || b.kind === "source";

/**
 * Whether a break holds for a row: a break limited to some categories holds only for rows in them. A chart row
 * that renamed the category column keeps its code as `series`.
 */
export function breakApplies(b: SeriesBreak, row: object): boolean {
  const values = new Map(Object.entries(row));
  return Object.entries(b.groups ?? {}).every(([column, codes]) =>
    codes.includes(String(values.get(column) ?? values.get("series")))
  );
}

/** The years (and quarters) as one number: "2023" → 2023, "2021K2" → 2021.25, "2025M08" → 2025.58. */
export function periodNumber(period: string): number {
  const [, quarter, month] = /(?:K([1-4])|M(\d{2}))$/.exec(period) ?? [];
  const fraction = quarter ? (Number(quarter) - 1) / 4 : month ? (Number(month) - 1) / 12 : 0;
  return Number(period.slice(0, 4)) + fraction;
}

/**
 * Which stretch of a series a period belongs to: the number of cutting breaks that hold for the row and
 * start at or before the period. Lines join points of one stretch only.
 */
export function stretchOf(period: string, row: object, breaks: SeriesBreak[]): number {
  const at = periodNumber(period);
  return breaks.filter((b) => cutsSeries(b) && breakApplies(b, row) && periodNumber(b.period) <= at).length;
}

/** The breaks inside the span of some periods (after the first, at or before the last) that hold for one of the rows. */
export function breaksWithin(breaks: SeriesBreak[], periods: string[], rows: object[]): SeriesBreak[] {
  // Without periods the span is empty (from Infinity to -Infinity), so no break is within it.
  const [first, last] = [Math.min(...periods.map(periodNumber)), Math.max(...periods.map(periodNumber))];
  const within = (b: SeriesBreak) => periodNumber(b.period) > first && periodNumber(b.period) <= last;
  return breaks.filter((b) => within(b) && rows.some((r) => breakApplies(b, r)));
}

/** The short text written at a break's rule: "Hervorming EAK 2017", or "2023: andere definitie" when the label names no year. */
export function breakCaption(b: SeriesBreak): string {
  const year = b.period.slice(0, 4);
  return b.label.includes(year) ? b.label : `${year}: ${b.label.charAt(0).toLowerCase()}${b.label.slice(1)}`;
}
