// Periods on a chart's axis, written once for every chart: their labels, the years a line must keep empty,
// and which years get a tick at a given width.

import {range} from "d3";
import type {Row} from "../charts/types.js";

const months = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];

/** "2019K4" → "2019 K4", "2025M08" → "aug. 2025", "2012H1" → "2012 H1", "2019" → "2019". */
export function periodLabel(period: string): string {
  const [, year, part, month] = /^(\d{4})(?:([KH][1-4])|M(\d{2}))$/.exec(period) ?? [];
  return part ? `${year} ${part}` : month ? `${months[Number(month) - 1]} ${year}` : period;
}

/** A shorter label for a narrow axis: "2019K4" → "'19 K4", "2025M08" → "aug. '25", "2019" → "2019". */
export function shortPeriodLabel(period: string): string {
  return /^\d{4}$/.test(period) ? period : periodLabel(period).replace(/\b(19|20)(\d{2})\b/, "’$2");
}

/**
 * The periods of an axis in order. Plain years, or the same quarter or month of every year ("2008M06",
 * "2010M06"), are filled to a full range, so a year without a published figure keeps its place on the axis and
 * visibly breaks the line; other periods (quarters of several kinds) are the ones present.
 */
export function periodDomain(periods: string[]): string[] {
  const unique = [...new Set(periods)].sort();
  const suffixes = new Set(unique.map((p) => p.slice(4)));
  if (suffixes.size !== 1 || !unique.every((p) => /^\d{4}([KHM]\d{1,2})?$/.test(p))) return unique;
  const [first, last] = [unique[0], unique[unique.length - 1]].map((p) => Number(p.slice(0, 4)));
  return yearRange(first, last).map((year) => `${year}${unique[0].slice(4)}`);
}

/** The period column of a chart's rows: "period" ("2019K4", "2025M08") where the query returns one, else "year". */
export const periodColumn = (rows: Row[]) => (rows.some((r) => r.period !== undefined) ? "period" : "year");

export const yearRange = (first: number, last: number) => range(first, last + 1);

/**
 * The periods that get a tick, the one rule of every axis: every n-th, n as small as lets a label of `labelWidth`
 * pixels clear the next on an axis `width` pixels wide, counted back from the latest, which always has its label.
 */
export function thinPeriods(periods: string[], width: number, labelWidth: number): string[] {
  const step = Math.max(1, Math.ceil((labelWidth * periods.length) / Math.max(1, width)));
  return periods.filter((_, i) => (periods.length - 1 - i) % step === 0);
}

/** The years from first to last that get a tick by that rule, on an axis of numbers or dates (labels "2023"). */
export const yearTicks = (first: number, last: number, width: number) =>
  thinPeriods(yearRange(first, last).map(String), width, 36).map(Number);
