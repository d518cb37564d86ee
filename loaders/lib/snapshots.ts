import {existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {describeDataset} from "./catalogue.js";
import type {Dataset} from "./dataset.js";
import {readAllDatasets} from "./dataset.js";
import {formatCsvTwin} from "./csv-twin.js";
import {toArrowTable, writeArrowIpcBytes, writeParquetBytes} from "./parquet.js";
import {provenanceColumns} from "./meta.js";

export interface SnapshotOptions {
  /** ISO date stamped into every snapshot; defaults to SOURCE_DATE_EPOCH (reproducible builds) or today. */
  buildDate?: string;
  /**
   * Tables computed from all validated datasets (the publication grid), written beside them, in the catalogue
   * and files.js like any snapshot, with extra generated files; all inside the same atomic swap.
   */
  generated?: (datasets: Dataset[]) => {datasets: Dataset[]; files: Record<string, string>};
}

export function defaultBuildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}

function snapshotMetadata(dataset: Dataset, buildDate: string): Record<string, string> {
  const {meta, sources} = dataset;
  return {
    dataset_id: meta.id,
    title: meta.title,
    unit: meta.unit,
    key: JSON.stringify(meta.key),
    sources: JSON.stringify(sources.map(({source_id, title, source_url}) => ({source_id, title, source_url}))),
    build_date: buildDate,
    generator: "boordtabel-sociale-economie loaders"
  };
}

/** The bytes of one dataset's Parquet snapshot: sorted by key, ZSTD, with id, title, unit, sources and build date. */
export function encodeSnapshot(dataset: Dataset, buildDate: string): Uint8Array {
  return writeParquetBytes(toArrowTable(dataset.rows, dataset.meta.columns), snapshotMetadata(dataset, buildDate));
}

/**
 * The same table as an Arrow IPC stream, with the same metadata: what the pages hand DuckDB-WASM, which inserts
 * IPC without an extension, so no page needs a Parquet decoder. The Parquet file stays the download.
 */
export function encodeArrowTwin(dataset: Dataset, buildDate: string): Uint8Array {
  return writeArrowIpcBytes(toArrowTable(dataset.rows, dataset.meta.columns), snapshotMetadata(dataset, buildDate));
}

/**
 * Validates every dataset under dataDir and writes its snapshots (Parquet, CSV twin) and catalogue.json into
 * outDir. All datasets are read and checked before anything is written, and the output is assembled in a
 * sibling folder that replaces outDir in one rename: a failed build leaves the previous snapshots untouched.
 */
export function buildSnapshots(dataDir: string, outDir: string, options: SnapshotOptions = {}): Dataset[] {
  const sourceDatasets = readAllDatasets(dataDir);
  const extra = options.generated?.(sourceDatasets) ?? {datasets: [], files: {}};
  const datasets = [...sourceDatasets, ...extra.datasets];
  const buildDate = options.buildDate ?? defaultBuildDate();
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, {recursive: true, force: true});
  mkdirSync(staging, {recursive: true});
  try {
    for (const dataset of datasets) {
      const {meta, rows} = dataset;
      writeFileSync(join(staging, `${meta.id}.parquet`), encodeSnapshot(dataset, buildDate));
      writeFileSync(join(staging, `${meta.id}.arrow`), encodeArrowTwin(dataset, buildDate));
      const columns = [...meta.columns.map((c) => c.name), ...provenanceColumns, "derived"];
      writeFileSync(join(staging, `${meta.id}.csv`), formatCsvTwin(rows, columns));
    }
    const catalogue = {build_date: buildDate, datasets: datasets.map(describeDataset)};
    writeFileSync(join(staging, "catalogue.json"), `${JSON.stringify(catalogue, null, 2)}\n`);
    for (const [name, text] of Object.entries(extra.files)) writeFileSync(join(staging, name), text);
    writeFileSync(join(staging, "files.js"), formatFilesModule(datasets.map((d) => d.meta.id)));
    writeFileSync(join(staging, "page-files.js"), formatPageFilesModule(datasets.map((d) => d.meta.id)));
    replaceDirectory(staging, outDir);
  } catch (error) {
    rmSync(staging, {recursive: true, force: true});
    throw error;
  }
  return datasets;
}

/** Swaps a finished folder into place; the old one is removed only after the new one is there. */
export function replaceDirectory(from: string, to: string): void {
  mkdirSync(dirname(to), {recursive: true});
  const old = `${to}.old-${process.pid}`;
  if (existsSync(to)) renameSync(to, old);
  renameSync(from, to);
  rmSync(old, {recursive: true, force: true});
}

/**
 * The module pages import to reach the snapshots. Framework copies a file into the site only when a
 * FileAttachment names it literally, so each snapshot gets its own literal call here.
 */
export function formatFilesModule(ids: string[]): string {
  const entries = (extension: string) =>
    ids.map((id) => `  ${JSON.stringify(id)}: FileAttachment(${JSON.stringify(`./${id}.${extension}`)})`).join(",\n");
  return `// Generated by loaders/build-snapshots.ts; do not edit.
import {FileAttachment} from "observablehq:stdlib";

export const parquetFiles = {
${entries("parquet")}
};

export const csvFiles = {
${entries("csv")}
};

export const catalogueFile = FileAttachment("./catalogue.json");
`;
}

/**
 * What the pages import: the Arrow IPC twins (loaded into DuckDB-WASM) and the catalogue. Apart from files.js
 * because Framework preloads a decoder for every file type a module names: a page importing files.js would
 * fetch parquet-wasm's and d3-dsv's code for files it never reads.
 */
export function formatPageFilesModule(ids: string[]): string {
  const entries = ids.map((id) => `  ${JSON.stringify(id)}: FileAttachment(${JSON.stringify(`./${id}.arrow`)})`);
  return `// Generated by loaders/build-snapshots.ts; do not edit.
import {FileAttachment} from "observablehq:stdlib";

export const arrowFiles = {
${entries.join(",\n")}
};

export const catalogueFile = FileAttachment("./catalogue.json");
`;
}
