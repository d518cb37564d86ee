// Bridges the Parquet snapshots and DuckDB-WASM in the browser. DuckDB-WASM would fetch its Parquet extension
// from DuckDB's extension server at runtime, which a self-contained site must not do; so the snapshot is decoded with
// parquet-wasm (FileAttachment.parquet()) and the Arrow table handed to DuckDB, which needs no extension.

/** The part of Framework's FileAttachment this module uses. */
export interface ParquetAttachment {
  parquet(): Promise<unknown>;
}

/** "eak-werkzaamheid" → "eak_werkzaamheid": dataset ids become table names that need no quoting in SQL. */
export function tableName(id: string): string {
  return id.replace(/-/g, "_");
}

/**
 * Starts decoding the named snapshots and returns {table name: promise of its Arrow table} at once, so
 * DuckDBClient.of (which awaits each source) downloads and compiles DuckDB-WASM while the tables decode. The
 * first file is decoded alone: FileAttachment.parquet() initialises parquet-wasm (a 5,5 MB module) on every call
 * until one initialisation has finished, so decoding all files at once would fetch and compile it once per
 * file. After the first, the rest decode in parallel on the initialised module.
 */
export function decodeTables(
  files: Record<string, ParquetAttachment>,
  ids: string[] = Object.keys(files)
): Record<string, Promise<unknown>> {
  const decode = async (id: string) => {
    const file = files[id];
    if (!file) throw new Error(`Onbekende dataset: ${id}`);
    return file.parquet();
  };
  if (!ids.length) return {};
  const first = decode(ids[0]);
  const tables = ids.map((id, i) => [tableName(id), i === 0 ? first : first.then(() => decode(id))] as const);
  // A failure reaches the page through DuckDBClient.of; this only stops a table it never awaited (DuckDB itself
  // failed first) from being reported again as an unhandled rejection.
  for (const [, table] of tables) table.catch(() => undefined);
  return Object.fromEntries(tables);
}
