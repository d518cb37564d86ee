// The warm-up runs a page's own chart queries before its charts are hydrated: on every real page, exactly the SQL
// of the charts the page places, in page order, each once, and every one runs on the real snapshots (native DuckDB
// over the Parquet files test/sql/snapshots.ts writes from data/).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {charts} from "../../src/charts/index.js";
import {chartQueries, warmUp} from "../../src/components/data/warm-up.js";
import {openSnapshots} from "../../tools/frames/query.js";
import type {SnapshotDatabase} from "../../tools/frames/query.js";
import {snapshotDir} from "./snapshots.js";

let db: SnapshotDatabase;
beforeAll(async () => {
  db = await openSnapshots(snapshotDir);
});
afterAll(() => db?.close());

/** The chart ids a page places with ```chart <id> fences, in page order. */
const chartIdsOf = (markdown: string) => [...markdown.matchAll(/^```chart ([a-z0-9-]+)\s*$/gm)].map(([, id]) => id);
const pages = readdirSync("src")
  .filter((file) => file.endsWith(".md"))
  .map((file) => ({file, ids: chartIdsOf(readFileSync(join("src", file), "utf8"))}))
  .filter(({ids}) => ids.length > 0);

/** A document with a frame per chart id, the way the build writes them (data-chart). */
const documentWith = (ids: string[]) =>
  new JSDOM(`<body>${ids.map((id) => `<figure data-chart="${id}"></figure>`).join("")}</body>`).window.document;

describe("the warm-up of a page", () => {
  it("finds the chart pages", () => {
    expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining(["doorstroom.md", "werkzaamheid.md"]));
  });

  for (const {file, ids} of pages)
    it(`${file}: runs the SQL of its own charts, in page order, and each runs on the snapshots`, async () => {
      const queries = chartQueries(documentWith(ids), charts);
      const expected = [...new Set(ids.map((id) => charts.find((c) => c.id === id)!.sql))];
      expect(queries).toEqual(expected);
      for (const sql of queries) await expect(db.query(sql)).resolves.toBeDefined();
    });

  it("skips frames without a definition and repeats no query", () => {
    const [first, second] = charts;
    const doc = documentWith([second.id, "geen-grafiek", first.id, second.id]);
    expect(chartQueries(doc, charts)).toEqual([second.sql, first.sql]);
  });
});

describe("warmUp", () => {
  it("runs the queries in order and goes on when one fails (warming is only about speed)", async () => {
    const seen: string[] = [];
    const client = {
      query: async (sql: string) => (seen.push(sql), sql === "b" ? Promise.reject(new Error("Catalog Error")) : [])
    };
    expect(await warmUp(client, Promise.resolve(["a", "b", "c"]))).toBeGreaterThanOrEqual(0);
    expect(seen).toEqual(["a", "b", "c"]);
    // No list (the chart definitions failed to load): nothing runs, and the engine still gets ready.
    await expect(warmUp(client, Promise.reject(new Error("import failed")))).resolves.toBeGreaterThanOrEqual(0);
    expect(seen).toEqual(["a", "b", "c"]);
  });
});
