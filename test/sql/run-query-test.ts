import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {errorText, normalizeCell, runQuery, toResult} from "../../src/components/sql/run-query.js";
import {datasetsInFrames, tableFiles} from "../../src/components/data/tables.js";

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

describe("snapshot tables of a page", () => {
  const frames = (...datasets: string[]) => {
    const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
    for (const [i, ids] of datasets.entries())
      document.body.insertAdjacentHTML("beforeend", `<figure data-chart="c${i}" data-datasets="${ids}"></figure>`);
    return document;
  };

  it("reads each dataset the frames name once, in page order", () => {
    expect(datasetsInFrames(frames("a-b c", "c", "d"))).toEqual(["a-b", "c", "d"]);
    expect(datasetsInFrames(frames())).toEqual([]);
  });

  it("gives the Arrow snapshots' addresses by table name, with _ for -", () => {
    const files = {"a-b": {href: "/_file/_snapshots/a-b.1234abcd.arrow"}, c: {href: "/c.arrow"}};
    expect(tableFiles(files, ["a-b"])).toEqual({a_b: "/_file/_snapshots/a-b.1234abcd.arrow"});
  });

  it("names an unknown dataset", () => {
    expect(() => tableFiles({}, ["onbekend"])).toThrow("Onbekende dataset: onbekend");
  });
});
