import type {Row} from "../../charts/types.js";

/** A document a chart draws from, with the places in it (tables, sections) that the drawn rows cite. */
export interface CitedSource {
  id: string;
  title: string;
  url: string;
  sections: string[];
}

export const derivedSourceId = "afgeleid";

/** The sources of exactly the rows drawn, in the order they first appear; derived rows are listed apart. */
export function collectSources(rows: Row[], titles: Record<string, string>): CitedSource[] {
  const byId = new Map<string, CitedSource>();
  for (const row of rows) {
    const id = String(row.source_id ?? "");
    if (!id || id === derivedSourceId) continue;
    const source = byId.get(id) ?? {id, title: titles[id] ?? id, url: String(row.source_url ?? ""), sections: []};
    const section = String(row.source_section ?? "");
    if (section && !source.sections.includes(section)) source.sections.push(section);
    byId.set(id, source);
  }
  return [...byId.values()];
}

export function hasDerivedRows(rows: Row[]): boolean {
  return rows.some((row) => row.source_id === derivedSourceId || row.derived === true);
}
