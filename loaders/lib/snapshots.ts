import {existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {describeDataset} from "./catalogue.js";
import type {Dataset} from "./dataset.js";
import {readAllDatasets} from "./dataset.js";
import {formatCsvTwin} from "./csv-twin.js";
import {toArrowTable, writeParquetBytes} from "./parquet.js";

export interface SnapshotOptions {
  /** ISO date stamped into every snapshot; defaults to SOURCE_DATE_EPOCH (reproducible builds) or today. */
  buildDate?: string;
}

export function defaultBuildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}

/** The bytes of one dataset's Parquet snapshot: sorted by key, ZSTD, with id, title, unit, sources and build date. */
export function encodeSnapshot(dataset: Dataset, buildDate: string): Uint8Array {
  const {meta, rows, sources} = dataset;
  return writeParquetBytes(toArrowTable(rows, meta.columns), {
    dataset_id: meta.id,
    title: meta.title,
    unit: meta.unit,
    key: JSON.stringify(meta.key),
    sources: JSON.stringify(sources.map(({source_id, title, source_url}) => ({source_id, title, source_url}))),
    build_date: buildDate,
    generator: "boordtabel-sociale-economie loaders"
  });
}

/**
 * Validates every dataset under dataDir and writes its snapshots (Parquet, CSV twin) and catalogue.json into
 * outDir. All datasets are read and checked before anything is written, and the output is assembled in a
 * sibling folder that replaces outDir in one rename: a failed build leaves the previous snapshots untouched.
 */
export function buildSnapshots(dataDir: string, outDir: string, options: SnapshotOptions = {}): Dataset[] {
  const datasets = readAllDatasets(dataDir);
  const buildDate = options.buildDate ?? defaultBuildDate();
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, {recursive: true, force: true});
  mkdirSync(staging, {recursive: true});
  try {
    for (const dataset of datasets) {
      const {meta, rows} = dataset;
      writeFileSync(join(staging, `${meta.id}.parquet`), encodeSnapshot(dataset, buildDate));
      const columns = [...meta.columns.map((c) => c.name), "source_id", "source_section", "source_url", "confidence", "shown", "note", "derived"];
      writeFileSync(join(staging, `${meta.id}.csv`), formatCsvTwin(rows, columns));
    }
    const catalogue = {build_date: buildDate, datasets: datasets.map(describeDataset)};
    writeFileSync(join(staging, "catalogue.json"), `${JSON.stringify(catalogue, null, 2)}\n`);
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
