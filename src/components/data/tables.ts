// Which snapshots a page needs, and the table names DuckDB knows them by. No browser API and no engine here, so
// the tests load it in Node.

/** A snapshot file as the generated _snapshots/files.js gives it (a FileAttachment). */
export interface SnapshotFile {
  href: string;
}

/** "eak-werkzaamheid" → "eak_werkzaamheid": dataset ids become table names that need no quoting in SQL. */
export function tableName(id: string): string {
  return id.replace(/-/g, "_");
}

/** The dataset ids the chart frames on a page read (data-datasets, written at build time), each once. */
export function datasetsInFrames(root: ParentNode): string[] {
  const frames = [...root.querySelectorAll<HTMLElement>("figure[data-chart]")];
  return [...new Set(frames.flatMap((f) => (f.dataset.datasets ?? "").split(" ").filter(Boolean)))];
}

/** {table name: address} of the Arrow snapshots with these ids; an unknown id stops the page with its name. */
export function tableFiles(files: Record<string, SnapshotFile>, ids: string[]): Record<string, string> {
  return Object.fromEntries(
    ids.map((id) => {
      const file = files[id];
      if (!file) throw new Error(`Onbekende dataset: ${id}`);
      return [tableName(id), file.href];
    })
  );
}

/** Words of queries that read the catalogue (which tables exist), so they must see every table. */
const catalogueWords = /\b(information_schema|pg_catalog|sqlite_master|duckdb_[a-z_]+|show|describe|summarize|pragma)\b/;

/**
 * The tables a query needs before it can run: those whose name it mentions (as a word, in any case; a name in a
 * comment counts too, which only makes the query wait longer). A query that names none of them (a table it creates
 * itself, SELECT 42) or reads the catalogue (information_schema, SHOW TABLES, duckdb_tables()) gets every table, so
 * it never runs before a table it could see is in.
 */
export function tablesNamedIn(sql: string, names: string[]): string[] {
  const text = sql.toLowerCase();
  if (catalogueWords.test(text)) return names;
  const named = names.filter((name) => {
    const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(^|[^a-z0-9_])${escaped}($|[^a-z0-9_])`).test(text);
  });
  return named.length ? named : names;
}
