// The warm-up runs on whichever snapshot comes first on a page, so every one of its queries must run on every
// real snapshot table (native DuckDB over the Parquet files test/sql/snapshots.ts writes from data/).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {openSnapshots} from "../../tools/charts/query.js";
import type {SnapshotDatabase} from "../../tools/charts/query.js";
import {warmUp, warmUpQueries} from "../../src/components/data/warm-up.js";
import {openWarmDatabase} from "../../src/components/data/open-database.js";
import {tableName} from "../../src/components/data/tables.js";
import {snapshotDir} from "./snapshots.js";

let db: SnapshotDatabase;
beforeAll(async () => {
  db = await openSnapshots(snapshotDir);
});
afterAll(() => db?.close());

const catalogue = JSON.parse(readFileSync(join(snapshotDir, "catalogue.json"), "utf8")) as {datasets: {id: string}[]};

describe("warm-up queries", () => {
  it("cover every snapshot", () => {
    expect(catalogue.datasets.length).toBeGreaterThanOrEqual(31);
  });

  for (const {id} of catalogue.datasets)
    it(`run on ${id}`, async () => {
      for (const sql of warmUpQueries(tableName(id))) await expect(db.query(sql)).resolves.toBeDefined();
    });
});

describe("openWarmDatabase", () => {
  it("runs the warm-up on the first table before handing the client out, and passes the config on", async () => {
    const seen: string[] = [];
    let config: unknown;
    const client = {query: async (sql: string) => (seen.push(sql), [])};
    const factory = {of: async (_tables: Record<string, unknown>, c?: unknown) => ((config = c), client)};
    const opened = await openWarmDatabase(
      factory,
      {cmw_kwartaal: {}, eak_werkzaamheid: {}},
      {query: {castDecimalToDouble: true}}
    );
    expect(opened).toBe(client);
    expect(seen).toEqual(warmUpQueries("cmw_kwartaal"));
    expect(config).toEqual({query: {castDecimalToDouble: true}});
  });

  it("hands the client out even when a warm-up query fails (warming is only about speed)", async () => {
    let calls = 0;
    const client = {query: async () => (++calls, Promise.reject(new Error("Catalog Error")))};
    await expect(openWarmDatabase({of: async () => client}, {t: {}})).resolves.toBe(client);
    expect(calls).toBe(warmUpQueries("t").length);
    expect(await warmUp(client, [])).toBeGreaterThanOrEqual(0);
    expect(calls).toBe(warmUpQueries("t").length);
  });
});
