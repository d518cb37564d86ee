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
 * Decodes the named snapshots into {table name: Arrow table}, ready for DuckDBClient.of. The first file is
 * decoded alone: FileAttachment.parquet() initialises parquet-wasm (a 5,5 MB module) on every call until one
 * initialisation has finished, so decoding all files at once would fetch and compile it once per file. After
 * the first, the rest decode in parallel on the initialised module.
 */
export async function loadTables(
  files: Record<string, ParquetAttachment>,
  ids: string[] = Object.keys(files)
): Promise<Record<string, unknown>> {
  const decode = async (id: string) => {
    const file = files[id];
    if (!file) throw new Error(`Onbekende dataset: ${id}`);
    return [tableName(id), await file.parquet()] as const;
  };
  if (!ids.length) return {};
  const first = await decode(ids[0]);
  const rest = await Promise.all(ids.slice(1).map(decode));
  return Object.fromEntries([first, ...rest]);
}
