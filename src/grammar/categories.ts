// Categories as the metadata names them (meta.json `values`, in order), the shorter forms a narrow chart may
// write instead, and labels wrapped to the room they get. No chart definition repeats a label or an order.
import {breaksWithin} from "../charts/breaks.js";
import type {ChartBase, ChartMetadata, LegendEntry, Row} from "../charts/types.js";
import {categoryLabel} from "./metadata.js";
import {textWidth} from "./declutter.js";
import {palette} from "./palette.js";

/** A code with its label and colour: by its place in the metadata, so it keeps its colour whichever others a period has. */
export type Category = LegendEntry & {key: string};

/** A column's codes in the metadata's order, then any code of the rows the metadata does not list, as found. */
export function categoriesOf(metadata: ChartMetadata, column: string, rows: Row[]): Category[] {
  const listed = metadata.columns[column]?.values ?? [];
  // No rows (a legend drawn before the query): every code the metadata lists.
  const present = rows.length ? [...new Set(rows.map((r) => String(r[column])))] : listed.map((v) => v.code);
  const unlisted = present.filter((code) => !listed.some((v) => v.code === code)).map((code) => ({code, label: code}));
  return [...listed, ...unlisted].flatMap((v, i) =>
    present.includes(v.code) ? [{key: v.code, label: v.label, color: colorAt(i)}] : []
  );
}

/** Keys made of several columns ("deelnemers_3112|2010"): by the order of each column's categories, the first first. */
export function keysOf(metadata: ChartMetadata, columns: string[], rows: Row[]): Category[] {
  // One column: its categories, which keep their colour by their place in the metadata.
  if (columns.length === 1) return categoriesOf(metadata, columns[0], rows);
  const orders = columns.map((c) => categoriesOf(metadata, c, rows));
  const ranks = (row: Row) => orders.map((order, i) => order.findIndex((v) => v.key === String(row[columns[i]])));
  const ranked = [...new Map(rows.map((r) => [keyOf(r, columns), r])).values()].map((row) => ({row, rank: ranks(row)}));
  ranked.sort((a, b) => a.rank.reduce((d, x, i) => d || x - b.rank[i], 0));
  return ranked.map(({row}, i) => ({
    key: keyOf(row, columns),
    label: columns.map((c) => categoryLabel(metadata, c, String(row[c]))).join(", "),
    color: colorAt(i)
  }));
}

/** The columns of a key: one, or several ("measure", "period"). */
export const columnsOf = (key: string | string[]) => (typeof key === "string" ? [key] : key);

export const keyOf = (row: Row, columns: string[]) => columns.map((c) => String(row[c])).join("|");

/** Colours handed out in the palette's order, less the two only used by name (neutral, pine). */
const sequence = Object.values(palette).filter((c) => c !== palette.neutral && c !== palette.pine);

export const colorAt = (index: number) => sequence[index % sequence.length];

/** A sentence-case label in the middle of a sentence: "Minder dan 5 VTE" → "minder dan 5 VTE". */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) && !/^[A-Z]{2}/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/**
 * The first form of a label that fits `room` pixels at `fontSize`, else the shortest: the label, without its
 * parenthesis, its abbreviation, without a unit at the end.
 */
export function fitLabel(label: string, room: number, fontSize: number): string {
  const bare = label.replace(/\s*\([^)]*\)\s*$/, "");
  const abbreviation = /\(([A-Z]{2,6})\)\s*$/.exec(label)?.[1] ?? "";
  const forms = [...new Set([label, bare, abbreviation, bare.replace(/\s*VTE$/, "")].filter(Boolean))];
  return forms.find((f) => textWidth(f, fontSize) <= room) ?? forms.sort((a, b) => a.length - b.length)[0];
}

/** Words wrapped into lines ("\n" between them) no wider than `room` pixels, at most `maxLines` (the rest "…"). */
export function wrapLabel(label: string, room: number, fontSize: number, maxLines = 4): string {
  const lines: string[] = [];
  // A long compound breaks after its hyphen ("niet-" / "dienstencheque").
  for (const word of label.split(/\s+/).flatMap((w) => w.split(/(?<=-)(?=[^\s-]{4,})/))) {
    const last = lines.length - 1;
    const joined = lines[last]?.endsWith("-") ? `${lines[last]}${word}` : `${lines[last]} ${word}`;
    if (last >= 0 && textWidth(joined, fontSize) <= room) lines[last] = joined;
    else lines.push(word);
  }
  return (lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]} …`] : lines).join("\n");
}

export const lineCount = (text: string) => text.split("\n").length;

/** A title as a sentence: a full stop after it, unless it ends in one or asks a question. */
export const endSentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** Items as a sentence lists them: "a", "a en b", "a, b en c". */
export const listText = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}` : (items[0] ?? "");

/**
 * A text alternative: the chart's title (or a sentence that starts with it), what the chart type says, and the
 * definition's own sentences. Classes printed "<5 VTE" are spoken "minder dan 5 VTE".
 */
export function sentences(spec: ChartBase, rows: Row[], parts: string[], heading = endSentence(spec.title)): string {
  return (
    [heading, ...parts, spec.describeMore?.(rows) ?? ""]
      .filter(Boolean)
      .join(" ")
      // "Minder dan" at the start of a sentence, "minder dan" elsewhere.
      .replace(/(^|\.\s+|[\s(])([<>])\s?(?=\d)/g, (_, before: string, sign: string) => {
        const words = sign === "<" ? "minder dan " : "meer dan ";
        return before + (/^$|\./.test(before) ? words[0].toUpperCase() + words.slice(1) : words);
      })
  );
}

/**
 * A chart without a time axis cannot draw a break: it names the metadata's breaks between the years it shows
 * ("" when there are none, or the periods are no years).
 */
export function breaksNamed(metadata: ChartMetadata, rows: Row[], periods: string[]): string {
  const years = periods.filter((p) => /^\d{4}$/.test(p));
  const breaks = breaksWithin(metadata.breaks, years, rows);
  if (!breaks.length) return "";
  return `De reeks heeft ${breaks.length === 1 ? "een breuk" : "breuken"} in ${listText(breaks.map((b) => b.period))}: verschillen tussen de jaren zijn daardoor niet volledig vergelijkbaar.`;
}
