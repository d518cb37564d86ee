import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {DataError, DataErrors} from "./data-error.js";
import {parseSourceTable} from "./source-table.js";

/** One cited document or page, from data/sources/*.csv. */
export interface Source {
  source_id: string;
  title: string;
  publisher: string;
  date: string;
  identifier: string;
  source_url: string;
}

const sourceColumns = ["source_id", "title", "publisher", "date", "identifier", "source_url"] as const;

/** Reads every registry file in data/sources/ into one map; a duplicate id or a missing field stops the build. */
export function readSources(dataDir: string, root = process.cwd()): Map<string, Source> {
  const dir = join(dataDir, "sources");
  const sources = new Map<string, Source>();
  const errors: DataError[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".csv"))
    .sort()) {
    const file = relative(root, join(dir, name));
    const table = parseSourceTable(readFileSync(join(dir, name), "utf8"), file);
    for (const column of sourceColumns)
      if (!table.header.includes(column)) errors.push(new DataError({file, row: 1, column}, "missing column"));
    if (errors.length) continue;
    for (const {line, cells} of table.rows) {
      const cell = (column: string) => (cells[table.header.indexOf(column)] ?? "").trim();
      const [source_id, title, publisher, date, identifier, source_url] = sourceColumns.map(cell);
      const source: Source = {source_id, title, publisher, date, identifier, source_url};
      for (const column of ["source_id", "title", "source_url"] as const)
        if (!source[column]) errors.push(new DataError({file, row: line, column}, "empty value"));
      if (source.source_url && !/^https?:\/\/\S+$/.test(source.source_url))
        errors.push(
          new DataError({file, row: line, column: "source_url"}, `"${source.source_url}" is not a public address`)
        );
      if (sources.has(source.source_id))
        errors.push(new DataError({file, row: line, column: "source_id"}, `"${source.source_id}" is defined twice`));
      sources.set(source.source_id, source);
    }
  }
  if (errors.length) throw new DataErrors(errors);
  return sources;
}

/**
 * How a source is named under a chart: its title, and for a parliamentary document its identifier
 * ("Beleidsnota Sociale Economie 2024-2029 (Hilde Crevits) (Stuk 133 (2024-2025) – Nr. 1)"), so a reader can
 * find the document even where the address is only the parliament's search page.
 */
export function citationTitle(source: Source): string {
  const parliamentary = source.publisher === "Vlaams Parlement" && source.identifier;
  return parliamentary && !source.title.includes(source.identifier)
    ? `${source.title} (${source.identifier})`
    : source.title;
}
