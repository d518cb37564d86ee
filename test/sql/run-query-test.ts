import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {errorText, normalizeCell, openDatabase, runQuery, toResult} from "../../src/components/sql/run-query.js";
import {decodeTables} from "../../src/components/data/tables.js";

describe("toResult", () => {
  it("reads an Arrow table by position", () => {
    const table = tableFromArrays({year: Int32Array.from([2022, 2023]), value: Float64Array.from([29.2, 29.5])});
    expect(toResult(table)).toEqual({
      columns: ["year", "value"],
      rows: [
        [2022, 29.2],
        [2023, 29.5]
      ]
    });
  });

  it("reads row objects", () => {
    expect(toResult([{a: 1, b: "x"}])).toEqual({columns: ["a", "b"], rows: [[1, "x"]]});
    expect(toResult([])).toEqual({columns: [], rows: []});
  });

  it("turns BigInt into numbers when exact, otherwise text", () => {
    expect(normalizeCell(12n)).toBe(12);
    expect(normalizeCell(2n ** 70n)).toBe(String(2n ** 70n));
    expect(normalizeCell(undefined)).toBeNull();
    expect(normalizeCell({toJSON: () => [1, 2]})).toBe("[1,2]");
  });
});

describe("runQuery", () => {
  it("passes the error of the database on", async () => {
    const db = {query: async () => Promise.reject(new Error('Parser Error: syntax error at or near "SELEC"'))};
    await expect(runQuery(db, "SELEC 1")).rejects.toThrow("Parser Error");
    expect(errorText(new Error("Catalog Error: x"))).toBe("Catalog Error: x");
    expect(errorText("")).toBe("Onbekende fout");
  });
});

describe("decodeTables", () => {
  it("decodes the first file alone, then the rest together, naming tables with _", async () => {
    const events: string[] = [];
    const file = (id: string) => ({
      async parquet() {
        events.push(`start ${id}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${id}`);
        return id;
      }
    });
    const tables = decodeTables({"a-b": file("a-b"), c: file("c"), d: file("d")});
    expect(Object.keys(tables)).toEqual(["a_b", "c", "d"]);
    expect(await Promise.all(Object.values(tables))).toEqual(["a-b", "c", "d"]);
    expect(events.slice(0, 3)).toEqual(["start a-b", "end a-b", "start c"]);
    expect(decodeTables({})).toEqual({});
  });

  it("gives the tables to DuckDB as promises, so DuckDB starts while they decode", async () => {
    let handed: Record<string, unknown> = {};
    const factory = {of: async (t: Record<string, unknown>) => ((handed = t), {query: async () => []})};
    await openDatabase({x: {parquet: async () => "x"}}, factory);
    expect(handed.x).toBeInstanceOf(Promise);
    await expect(handed.x).resolves.toBe("x");
  });

  it("names an unknown dataset", async () => {
    await expect(decodeTables({}, ["onbekend"]).onbekend).rejects.toThrow("Onbekende dataset: onbekend");
  });

  it("opens DuckDB with DECIMAL cast to double", async () => {
    let config: unknown;
    const client = {query: async () => []};
    const factory = {of: async (_tables: Record<string, unknown>, c?: unknown) => ((config = c), client)};
    expect(await openDatabase({x: {parquet: async () => "x"}}, factory)).toBe(client);
    expect(config).toEqual({query: {castDecimalToDouble: true}});
  });
});
