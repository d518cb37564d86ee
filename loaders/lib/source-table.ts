import {dsvFormat} from "d3";
import {DataError} from "./data-error.js";

/** A source table as text cells, each data row with the line it stands on (the header is line 1). */
export interface RawTable {
  file: string;
  header: string[];
  rows: {line: number; cells: string[]}[];
}

const semicolonSeparated = dsvFormat(";");

/** Splits a source table (`;`-separated, UTF-8, header row) into cells, keeping line numbers for messages. */
export function parseSourceTable(text: string, file: string): RawTable {
  const content = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!content.trim())
    throw new DataError({file, row: 1}, "the file is empty: a header row and at least one data row are required");
  const lines = content.replace(/\n$/, "").split("\n");
  const blank = lines.findIndex((line) => !line.trim());
  if (blank >= 0) throw new DataError({file, row: blank + 1}, "empty line");
  const parsed = semicolonSeparated.parseRows(lines.join("\n"));
  // A quoted cell with a line break would shift every line number after it; the tables have none, so refuse it.
  if (parsed.length !== lines.length)
    throw new DataError({file}, "a cell contains a line break; keep each row on one line");
  const [header, ...rows] = parsed;
  if (!rows.length) throw new DataError({file, row: 2}, "no data rows below the header");
  return {file, header: header.map((name) => name.trim()), rows: rows.map((cells, i) => ({line: i + 2, cells}))};
}
