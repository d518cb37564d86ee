import {existsSync, readFileSync, readdirSync} from "node:fs";
import {basename, join, relative} from "node:path";
import {coverageCodeProblems} from "./coverage.js";
import {DataError} from "./data-error.js";
import {derivedCategories, deriveRows} from "./derive.js";
import type {DatasetMeta} from "./meta.js";
import {normalizeMeta} from "./meta.js";
import {readSources} from "./sources.js";
import type {Source} from "./sources.js";
import {parseSourceTable} from "./source-table.js";
import type {Observation} from "./validate.js";
import {validateTable} from "./validate.js";

/** A validated dataset: its metadata, its published rows and the rows the loader derived from them. */
export interface Dataset {
  meta: DatasetMeta;
  /** Published and derived observations, sorted by key; `derived` tells them apart. */
  rows: Observation[];
  /** The registry entries of every source the rows cite. */
  sources: Source[];
  file: string;
}

/** Finds every dataset under data/: each data/<theme>/<id>.meta.json with its <id>.csv beside it. */
export function listDatasetFiles(dataDir: string): {meta: string; table: string}[] {
  const found: {meta: string; table: string}[] = [];
  for (const theme of readdirSync(dataDir, {withFileTypes: true})) {
    if (!theme.isDirectory() || theme.name === "sources") continue;
    for (const name of readdirSync(join(dataDir, theme.name)).sort()) {
      if (!name.endsWith(".meta.json")) continue;
      found.push({
        meta: join(dataDir, theme.name, name),
        table: join(dataDir, theme.name, name.replace(/\.meta\.json$/, ".csv"))
      });
    }
  }
  return found.sort((a, b) => a.meta.localeCompare(b.meta));
}

/** Reads, validates and derives one dataset. Throws DataError(s) naming file, row and column. */
export function readDataset(
  files: {meta: string; table: string},
  sources: Map<string, Source>,
  root = process.cwd()
): Dataset {
  const metaFile = relative(root, files.meta);
  const file = relative(root, files.table);
  let spec: unknown;
  try {
    spec = JSON.parse(readFileSync(files.meta, "utf8"));
  } catch (error) {
    throw new DataError({file: metaFile}, `not valid JSON (${(error as Error).message})`);
  }
  const meta = normalizeMeta(spec, metaFile);
  const id = basename(files.meta, ".meta.json");
  if (meta.id !== id) throw new DataError({file: metaFile}, `id "${meta.id}" must equal the file name "${id}"`);
  if (!existsSync(files.table)) throw new DataError({file}, `missing: the source table of dataset ${id}`);
  const valid = validateTable(parseSourceTable(readFileSync(files.table, "utf8"), file), meta, new Set(sources.keys()));
  const published = valid.map(({values}) => ({...values, derived: false}));
  const rows = sortRows([...published, ...deriveRows(meta, valid, file)], meta);
  const cited = [...new Set(rows.map((row) => String(row.source_id)))].filter((s) => sources.has(s));
  // Published rows are checked against the schema as written; derived codes (e.g. "kloof") join it afterwards.
  const full = withDerivedCategories(meta);
  checkBreakGroups(full, metaFile);
  const coverageProblem = coverageCodeProblems(full.coverage, full.columns)[0];
  if (coverageProblem) throw new DataError({file: metaFile}, coverageProblem);
  return {meta: full, rows, sources: cited.map((s) => sources.get(s)!), file};
}

/** A break limited to some categories must name codes the dataset has (derived codes included). */
function checkBreakGroups(meta: DatasetMeta, file: string) {
  meta.breaks.forEach((b, i) => {
    for (const [name, codes] of Object.entries(b.groups ?? {})) {
      const column = meta.columns.find((c) => c.name === name);
      const known = column?.type === "category" ? column.values : {};
      for (const code of codes)
        if (!(code in known)) throw new DataError({file}, `breaks[${i}].groups.${name}: unknown code "${code}"`);
    }
  });
}

/** Reads every dataset under data/, or stops at the first table with problems. */
export function readAllDatasets(dataDir: string, root = process.cwd()): Dataset[] {
  const sources = readSources(dataDir, root);
  const datasets = listDatasetFiles(dataDir).map((files) => readDataset(files, sources, root));
  const ids = new Set<string>();
  for (const {meta, file} of datasets) {
    if (ids.has(meta.id)) throw new DataError({file}, `dataset id "${meta.id}" is used twice`);
    ids.add(meta.id);
  }
  return datasets;
}

/** Sorts by the dataset key (numbers numerically, text in Dutch order), then published before derived. */
export function sortRows(rows: Observation[], meta: DatasetMeta): Observation[] {
  const columns = [...meta.key, "derived", "source_id"];
  return rows.slice().sort((a, b) => {
    for (const column of columns) {
      const x = a[column];
      const y = b[column];
      if (x === y) continue;
      if (typeof x === "number" && typeof y === "number") return x - y;
      return String(x).localeCompare(String(y), "nl");
    }
    return 0;
  });
}

/** Adds the category codes a derivation introduces (e.g. "kloof") to the schema the snapshot is written with. */
function withDerivedCategories(meta: DatasetMeta): DatasetMeta {
  const extra = derivedCategories(meta.id);
  const columns = meta.columns.map((column) =>
    column.type === "category" && extra[column.name]
      ? {...column, values: {...column.values, ...extra[column.name]}}
      : column
  );
  return {...meta, columns};
}
