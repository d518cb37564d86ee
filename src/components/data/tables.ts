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
