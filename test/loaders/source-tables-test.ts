// The loader on the real EAK table: the Parquet snapshot read back gives exactly the published rows, and each
// kind of bad input stops with file, row and column and writes nothing.
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {Compression, ParquetFile, readParquet} from "parquet-wasm/node";
import {beforeEach, describe, expect, it} from "vitest";
import {buildSnapshots} from "../../loaders/lib/snapshots.js";

const table = "eak/eak-werkzaamheid.csv";
let dataDir: string;
let outDir: string;

/** A private copy of the real data/ folder with only the EAK dataset and the source registry. */
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), "boordtabel-"));
  dataDir = join(root, "data");
  outDir = join(root, "out");
  cpSync("data/sources", join(dataDir, "sources"), {recursive: true});
  cpSync("data/eak/eak-werkzaamheid.csv", join(dataDir, table));
  cpSync("data/eak/eak-werkzaamheid.meta.json", join(dataDir, "eak/eak-werkzaamheid.meta.json"));
});

function readBack(file: string) {
  return tableFromIPC(readParquet(readFileSync(file)).intoIPCStream())
    .toArray()
    .map((row) => row.toJSON());
}

function editTable(edit: (lines: string[]) => string[]) {
  const path = join(dataDir, table);
  writeFileSync(path, edit(readFileSync(path, "utf8").trimEnd().split("\n")).join("\n") + "\n");
}

function expectDataError(pattern: RegExp) {
  expect(() => buildSnapshots(dataDir, outDir, {buildDate: "2026-01-01"})).toThrow(pattern);
  expect(existsSync(outDir)).toBe(false);
}

describe("the EAK loader", () => {
  it("writes the published rows and the derived gap, and reads them back exactly", () => {
    buildSnapshots(dataDir, outDir, {buildDate: "2026-01-01"});
    const rows = readBack(join(outDir, "eak-werkzaamheid.parquet")).filter((r) => r.shown === "ja");
    const value = (year: number, group: string) => rows.find((r) => r.year === year && r.group === group)?.value;
    expect(value(2002, "totaal")).toBe(68.6);
    expect(value(2002, "hinder")).toBe(37.4);
    expect(value(2007, "hinder")).toBe(42.7);
    expect(value(2010, "hinder")).toBe(33.5);
    expect(value(2011, "totaal")).toBe(71.8);
    expect(value(2023, "totaal")).toBe(76.8);
    expect(value(2023, "hinder")).toBe(47.3);
    expect(value(2023, "kloof")).toBe(29.5);
    for (const year of [2003, 2004, 2005, 2006]) expect(value(year, "hinder")).toBeUndefined();
    const gap = rows.find((r) => r.year === 2023 && r.group === "kloof")!;
    expect(gap.derived).toBe(true);
    expect(gap.source_id).toBe("afgeleid");
    expect(rows.filter((r) => !r.derived).every((r) => r.source_id && r.source_url && r.source_section)).toBe(true);
  });

  it("stores ZSTD Parquet with the dataset id, sources and build date as key-value metadata", async () => {
    buildSnapshots(dataDir, outDir, {buildDate: "2026-01-01"});
    const bytes = readFileSync(join(outDir, "eak-werkzaamheid.parquet"));
    const file = await ParquetFile.fromFile(new Blob([bytes]));
    const metadata = file.metadata();
    const kv = metadata.fileMetadata().keyValueMetadata();
    expect(kv.get("dataset_id")).toBe("eak-werkzaamheid");
    expect(kv.get("build_date")).toBe("2026-01-01");
    expect(JSON.parse(kv.get("sources")).map((s: {source_id: string}) => s.source_id)).toContain(
      "vp-2024-beleidsnota-se"
    );
    expect(metadata.rowGroup(0).column(0).compression()).toBe(Compression.ZSTD);
  });

  it("writes a CSV twin and a catalogue entry", () => {
    buildSnapshots(dataDir, outDir, {buildDate: "2026-01-01"});
    expect(readFileSync(join(outDir, "eak-werkzaamheid.csv"), "utf8")).toMatch(/^year,group,value,source_id/);
    const catalogue = JSON.parse(readFileSync(join(outDir, "catalogue.json"), "utf8"));
    expect(catalogue.datasets[0]).toMatchObject({id: "eak-werkzaamheid", unit: "%"});
    expect(readdirSync(outDir).sort()).toEqual([
      "catalogue.json",
      "eak-werkzaamheid.arrow",
      "eak-werkzaamheid.csv",
      "eak-werkzaamheid.parquet",
      "files.js",
      "page-files.js"
    ]);
  });
});

describe("bad input stops the build, names file, row and column, and writes nothing", () => {
  it("a missing column", () => {
    editTable((lines) =>
      lines.map((line) =>
        line
          .split(";")
          .filter((_, i) => i !== 2)
          .join(";")
      )
    );
    expectDataError(/eak-werkzaamheid\.csv, row 1, column value: missing column/);
  });
  it("a value that is not a number", () => {
    editTable((lines) => lines.map((line, i) => (i === 3 ? line.replace(";72,1;", ";72,1%;") : line)));
    expectDataError(/eak-werkzaamheid\.csv, row 4, column value: "72,1%" is not a number/);
  });
  it("a rate outside 0-100", () => {
    editTable((lines) => lines.map((line, i) => (i === 2 ? line.replace(";71,9;", ";171,9;") : line)));
    expectDataError(/eak-werkzaamheid\.csv, row 3, column value: 171,9 is above the maximum 100/);
  });
  it("a duplicate year", () => {
    editTable((lines) => [...lines, lines[1]]);
    expectDataError(/eak-werkzaamheid\.csv, row \d+, column year\+group: duplicate key/);
  });
  it("an empty file", () => {
    writeFileSync(join(dataDir, table), "");
    expectDataError(/eak-werkzaamheid\.csv, row 1: the file is empty/);
  });
  it("a source that is not in the registry", () => {
    editTable((lines) =>
      lines.map((line, i) => (i === 1 ? line.replace("vp-2012-beleidsbrief-se", "onbekend") : line))
    );
    expectDataError(/row 2, column source_id: "onbekend" is not in data\/sources/);
  });
  it("a published gap that the derivation does not reproduce", () => {
    editTable((lines) =>
      lines.map((line) => (line.startsWith("2023;hinder;47,3;vp-2024") ? line.replace(";47,3;", ";47,2;") : line))
    );
    expectDataError(/column value: the derived gap 29\.6 for 2023 differs from the published 29\.5/);
  });
});
