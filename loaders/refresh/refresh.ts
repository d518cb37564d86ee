/**
 * `npm run data:refresh`: downloads the open-data sources, merges their rows into the source tables and
 * reports what changed. It is all or nothing: every source is downloaded and parsed first, the merged tables
 * are built in a staging copy of data/ and validated there exactly as the build validates data/
 * (readAllDatasets), and only then are the changed files moved into data/, each written beside its target
 * and renamed over it. Any failure leaves data/ as it was and says which source, which address, what problem.
 */
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, dirname, join, resolve} from "node:path";
import {dsvFormat} from "d3";
import {DataError, DataErrors} from "../lib/data-error.js";
import {readAllDatasets} from "../lib/dataset.js";
import {normalizeMeta} from "../lib/meta.js";
import {readSources} from "../lib/sources.js";
import type {Source} from "../lib/sources.js";
import {eurostatTepsrSp200} from "./eurostat-tepsr-sp200.js";
import {isoDate} from "./nl-format.js";
import {emptyTableFile, formatTableFile, mergeRows, readTableFile} from "./table-file.js";
import type {RowChange} from "./table-file.js";
import type {RefreshContext, RefreshProblem, RefreshSource, SourceRow} from "./types.js";
import {RefreshError} from "./types.js";
import {wewisCmw03} from "./wewis-cmw03.js";

/** Every source the refresh reads, in the order it reports them. */
export const refreshSources: RefreshSource[] = [wewisCmw03, eurostatTepsrSp200];

/** The registry file the refresh adds the sources it introduces to. */
export const refreshRegistry = "sources/refresh.csv";

export interface RefreshOptions {
  /** The fetch to download with; tests pass a mock. Defaults to globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  sources?: RefreshSource[];
  /** The retrieval date stamped into the notes (ISO date); defaults to today. */
  today?: string;
  /** Build, validate and report, but write nothing into data/. */
  dryRun?: boolean;
  /** Per download; defaults to 120 s. */
  timeoutMs?: number;
}

export interface DatasetReport {
  dataset: string;
  /** The table, relative to data/'s parent (data/cmw/cmw-kwartaal.csv). */
  file: string;
  source: string;
  url: string;
  created: boolean;
  metaWritten: boolean;
  added: RowChange[];
  changed: RowChange[];
  setAside: RowChange[];
  unchanged: number;
  untouched: number;
}

export interface RefreshReport {
  retrieved: string;
  dryRun: boolean;
  datasets: DatasetReport[];
  /** Source ids added to data/sources/refresh.csv. */
  registered: string[];
  /** The files written into data/ (relative to data/'s parent); empty for a dry run or when nothing changed. */
  written: string[];
}

/** Refreshes the tables under dataDir from the open-data sources. Throws RefreshError and writes nothing on failure. */
export async function refreshData(dataDir: string, options: RefreshOptions = {}): Promise<RefreshReport> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sources = options.sources ?? refreshSources;
  const context: RefreshContext = {retrieved: options.today ?? isoDate(new Date())};
  const target = resolve(dataDir);
  if (!existsSync(target)) throw new RefreshError([{problem: `the data folder ${dataDir} does not exist`}]);

  // 1. Download everything; 2. parse everything. Either step stops the refresh before any file is touched.
  const downloads = await Promise.allSettled(sources.map((source) => download(source, fetchImpl, options.timeoutMs)));
  const failed = downloads.flatMap((d, i) =>
    d.status === "rejected" ? [problemOf(sources[i], (d.reason as Error).message)] : []
  );
  if (failed.length) throw new RefreshError(failed);
  const texts = downloads.map((d) => (d as PromiseFulfilledResult<string>).value);
  const parsed: SourceRow[][] = [];
  const invalid: RefreshProblem[] = [];
  sources.forEach((source, i) => {
    try {
      parsed.push(source.parse(texts[i], context));
    } catch (error) {
      invalid.push(problemOf(source, `invalid response: ${(error as Error).message}`));
    }
  });
  if (invalid.length) throw new RefreshError(invalid);

  // 3. Merge into a staging copy of data/ and validate it as the build would.
  const stagingRoot = mkdtempSync(join(tmpdir(), "boordtabel-refresh-"));
  const staging = join(stagingRoot, basename(target));
  try {
    cpSync(target, staging, {recursive: true});
    const owners = new Map<string, RefreshSource>();
    const datasets: DatasetReport[] = [];
    const registered: string[] = [];
    sources.forEach((source, i) => {
      try {
        const report = stageSource(staging, source, parsed[i], context);
        datasets.push(report.dataset);
        for (const file of report.files) owners.set(file, source);
        if (report.registered.length) {
          owners.set(refreshRegistry, owners.get(refreshRegistry) ?? source);
          registered.push(...report.registered);
        }
      } catch (error) {
        throw new RefreshError([problemOf(source, describe(error))]);
      }
    });
    validateStaging(staging, stagingRoot, owners);

    // 4. Move the changed files into data/.
    const changed = [...owners.keys()].filter((file) => !sameFile(join(staging, file), join(target, file)));
    const written = options.dryRun ? [] : commit(staging, target, changed);
    const prefix = basename(target);
    return {
      retrieved: context.retrieved,
      dryRun: Boolean(options.dryRun),
      datasets,
      registered,
      written: written.map((file) => `${prefix}/${file}`)
    };
  } finally {
    rmSync(stagingRoot, {recursive: true, force: true});
  }
}

async function download(source: RefreshSource, fetchImpl: typeof fetch, timeoutMs = 120_000): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(source.url, {
      headers: {accept: source.accept, "user-agent": "boordtabel-sociale-economie data:refresh"},
      signal: AbortSignal.timeout(timeoutMs)
    });
  } catch (error) {
    throw new Error(`download failed: ${describe(error)}`);
  }
  if (!response.ok) {
    const body = await response.text().catch(() => "");
    const excerpt = body.replace(/\s+/g, " ").trim().slice(0, 200);
    throw new Error(
      `download failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${excerpt ? `; the response begins ${JSON.stringify(excerpt)}` : ""}`
    );
  }
  try {
    return await response.text();
  } catch (error) {
    throw new Error(`download failed while reading the response: ${describe(error)}`);
  }
}

/** Merges one source's rows into the staging copy; returns what changed and the files it wrote (relative to data/). */
function stageSource(
  staging: string,
  source: RefreshSource,
  rows: SourceRow[],
  context: RefreshContext
): {dataset: DatasetReport; files: string[]; registered: string[]} {
  const {theme, id} = source.dataset;
  const metaFile = `${theme}/${id}.meta.json`;
  const tableFile = `${theme}/${id}.csv`;
  const label = (file: string) => `${basename(staging)}/${file}`;
  const files = [tableFile];
  let metaWritten = false;
  if (source.meta && !existsSync(join(staging, metaFile))) {
    mkdirSync(join(staging, theme), {recursive: true});
    writeFileSync(join(staging, metaFile), `${JSON.stringify(source.meta, null, 2)}\n`);
    metaWritten = true;
    files.push(metaFile);
  }
  if (!existsSync(join(staging, metaFile)))
    throw new DataError({file: label(metaFile)}, `missing: the metadata of dataset ${id}, which this source updates`);
  let spec: unknown;
  try {
    spec = JSON.parse(readFileSync(join(staging, metaFile), "utf8"));
  } catch (error) {
    throw new DataError({file: label(metaFile)}, `not valid JSON (${(error as Error).message})`);
  }
  const meta = normalizeMeta(spec, label(metaFile));
  const created = !existsSync(join(staging, tableFile));
  const table = created
    ? emptyTableFile(meta)
    : readTableFile(readFileSync(join(staging, tableFile), "utf8"), label(tableFile));
  const existing = table.rows.map((row) => row.cells);
  const selected = source.policy.select ? source.policy.select(rows, existing) : rows;
  const merged = mergeRows(table, selected, meta, source.policy, context);
  writeFileSync(join(staging, tableFile), formatTableFile(merged.table));
  const registered = source.registry ? register(staging, source.registry(context)) : [];
  return {
    dataset: {
      dataset: id,
      file: label(tableFile),
      source: source.id,
      url: source.url,
      created,
      metaWritten,
      added: merged.added,
      changed: merged.changed,
      setAside: merged.setAside,
      unchanged: merged.unchanged,
      untouched: merged.untouched
    },
    files,
    registered
  };
}

/** Adds the entries no registry file has yet to sources/refresh.csv; returns their ids. */
function register(staging: string, entries: Source[]): string[] {
  const known = readSources(staging, dirname(staging));
  const missing = entries.filter((entry) => !known.has(entry.source_id));
  if (!missing.length) return [];
  const file = join(staging, refreshRegistry);
  const columns = ["source_id", "title", "publisher", "date", "identifier", "source_url"] as const;
  const format = dsvFormat(";");
  const lines = missing.map((entry) => format.formatRow(columns.map((c) => entry[c])));
  const before = existsSync(file) ? readFileSync(file, "utf8").replace(/\n*$/, "\n") : `${columns.join(";")}\n`;
  writeFileSync(file, `${before}${lines.join("\n")}\n`);
  return missing.map((entry) => entry.source_id);
}

/** Runs the build's validation on the staging copy; its problems name the file, row and column. */
function validateStaging(staging: string, stagingRoot: string, owners: Map<string, RefreshSource>): void {
  try {
    readAllDatasets(staging, stagingRoot);
  } catch (error) {
    if (!(error instanceof DataError || error instanceof DataErrors)) throw error;
    const errors = error instanceof DataErrors ? error.errors : [error];
    const prefix = `${basename(staging)}/`;
    const problems = new Map<RefreshSource | undefined, string[]>();
    for (const e of errors) {
      const owner = owners.get(e.file.startsWith(prefix) ? e.file.slice(prefix.length) : e.file);
      problems.set(owner, [...(problems.get(owner) ?? []), e.message]);
    }
    throw new RefreshError(
      [...problems].map(([source, messages]) =>
        source
          ? problemOf(source, `the refreshed table does not pass validation:\n${messages.join("\n")}`)
          : {problem: `data/ does not pass validation (in a file the refresh did not change):\n${messages.join("\n")}`}
      )
    );
  }
}

/**
 * Moves the changed files from the staging copy into data/: each is first written beside its target under a
 * temporary name, and only when all are written are they renamed over their targets.
 */
function commit(staging: string, target: string, files: string[]): string[] {
  const temporary = files.map((file) => `${join(target, file)}.refresh-${process.pid}.tmp`);
  try {
    files.forEach((file, i) => {
      mkdirSync(dirname(temporary[i]), {recursive: true});
      writeFileSync(temporary[i], readFileSync(join(staging, file)));
    });
  } catch (error) {
    for (const file of temporary) rmSync(file, {force: true});
    throw new RefreshError([{problem: `could not write into ${target}: ${describe(error)}`}]);
  }
  files.forEach((file, i) => renameSync(temporary[i], join(target, file)));
  return files;
}

function sameFile(a: string, b: string): boolean {
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

function problemOf(source: RefreshSource, problem: string): RefreshProblem {
  return {source: `${source.id} (${source.title})`, url: source.url, problem};
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}

/** The report as a short table, then one line per added, changed or set-aside row. */
export function formatReport(report: RefreshReport): string {
  const header = ["dataset", "added", "changed", "set aside", "unchanged", "other rows"];
  const rows = report.datasets.map((d) => [
    `${d.dataset}${d.created ? " (new)" : ""}`,
    String(d.added.length),
    String(d.changed.length),
    String(d.setAside.length),
    String(d.unchanged),
    String(d.untouched)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  const out = [
    `data:refresh, retrieved ${report.retrieved}${report.dryRun ? " (dry run: nothing written)" : ""}`,
    "",
    line(header),
    ...rows.map(line)
  ];
  for (const d of report.datasets) {
    const details = [
      ...d.added.map(
        (c) =>
          `  + ${keyText(c)} ${c.after} [${c.source_id}]${c.replaces ? ` (was ${c.replaces.value} [${c.replaces.source_id}], now shown=nee)` : ""}`
      ),
      ...d.changed.map(
        (c) => `  ~ ${keyText(c)} ${c.before} → ${c.after} [${c.source_id}]${c.detail ? ` (${c.detail})` : ""}`
      ),
      ...d.setAside.map((c) => `  - ${keyText(c)} ${c.before} [${c.source_id}] (${c.detail})`)
    ];
    if (!details.length && !d.metaWritten) continue;
    out.push("", `${d.file} (${d.source})${d.metaWritten ? `, with ${d.file.replace(/\.csv$/, ".meta.json")}` : ""}`);
    out.push(...details);
  }
  if (report.registered.length) out.push("", `registered in data/${refreshRegistry}: ${report.registered.join(", ")}`);
  out.push(
    "",
    report.dryRun
      ? "Dry run: data/ was not changed."
      : report.written.length
        ? `Written: ${report.written.join(", ")}. Run npm run data:check, review the diff and commit.`
        : "Nothing changed: data/ is up to date."
  );
  return out.join("\n");
}

function keyText(change: RowChange): string {
  return Object.values(change.key).join(" ");
}
