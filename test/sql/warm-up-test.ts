// The warm-up runs on whichever snapshot comes first on a page, so every one of its queries must run on every
// real snapshot table (native DuckDB over the Parquet files test/sql/snapshots.ts writes from data/).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {openSnapshots} from "../../tools/frames/query.js";
import type {SnapshotDatabase} from "../../tools/frames/query.js";
import {warmUp, warmUpQueries} from "../../src/components/data/warm-up.js";
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

describe("warmUp", () => {
  it("runs every warm-up query on the first table and goes on when one fails (warming is only about speed)", async () => {
    const seen: string[] = [];
    const client = {query: async (sql: string) => (seen.push(sql), Promise.reject(new Error("Catalog Error")))};
    expect(await warmUp(client, ["cmw_kwartaal", "eak_werkzaamheid"])).toBeGreaterThanOrEqual(0);
    expect(seen).toEqual(warmUpQueries("cmw_kwartaal"));
    await warmUp(client, []);
    expect(seen).toEqual(warmUpQueries("cmw_kwartaal"));
  });
});
