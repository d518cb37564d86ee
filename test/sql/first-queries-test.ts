// A chart page sends its charts' queries at once when DuckDB is ready: on every real page, exactly the SQL of the
// charts the page places, in page order, each once, and every one runs on the real snapshots (native DuckDB over
// the Parquet files test/sql/snapshots.ts writes from data/).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {charts} from "../../src/charts/index.js";
import {askAll, chartQueries} from "../../src/components/data/first-queries.js";
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

describe("the first queries of a page", () => {
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

describe("askAll", () => {
  it("sends every query before any answer is in, in order, and keeps a failing one to its own frame", async () => {
    const seen: string[] = [];
    const pending: ((rows: string[]) => void)[] = [];
    const query = (sql: string) => {
      seen.push(sql);
      if (sql === "b") return Promise.reject(new Error("Catalog Error"));
      return new Promise<string[]>((resolve) => pending.push(resolve));
    };
    const answers = askAll(query, ["a", "b", "c"]);
    // Nothing answered yet, and all three are asked: DuckDB can answer the next while the page draws.
    expect(seen).toEqual(["a", "b", "c"]);
    pending.forEach((resolve, i) => resolve([`rows ${i}`]));
    await expect(answers.get("a")).resolves.toEqual(["rows 0"]);
    await expect(answers.get("b")).rejects.toThrow("Catalog Error");
    await expect(answers.get("c")).resolves.toEqual(["rows 1"]);
  });
});
