// The JSON-stat 2.0 reader and the Eurostat tepsr_sp200 source, on constructed fixtures (test/fixtures/refresh/,
// invented values) in both value forms: a dense array and a sparse object.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseTepsrSp200, tepsrMeta} from "../../loaders/refresh/eurostat-tepsr-sp200.js";
import {parseJsonStat} from "../../loaders/refresh/jsonstat.js";
import {normalizeMeta} from "../../loaders/lib/meta.js";

const fixture = (name: string) => readFileSync(`test/fixtures/refresh/${name}`, "utf8");
const sparse = fixture("tepsr_sp200-sparse.json");
const dense = fixture("tepsr_sp200-dense.json");
const context = {retrieved: "2000-01-02"};

/** geo/time → [value, status] of every observation, to compare the two forms. */
function byCell(text: string) {
  return Object.fromEntries(
    parseJsonStat(text).observations.map((o) => [
      `${o.categories.geo} ${o.categories.time}`,
      [o.value, o.status ?? ""] as const
    ])
  );
}

describe("parseJsonStat", () => {
  it("reads dimensions in id order with their categories, labels and sizes", () => {
    const dataset = parseJsonStat(sparse);
    expect(dataset.dimensions.map((d) => d.id)).toEqual(["freq", "unit", "lev_limit", "sex", "geo", "time"]);
    expect(dataset.size).toEqual([1, 1, 1, 1, 2, 3]);
    const geo = dataset.dimensions.find((d) => d.id === "geo")!;
    expect(geo.categories).toEqual([
      {code: "BE", label: "Belgium"},
      {code: "EU27_2020", label: "European Union - 27 countries (from 2020)"}
    ]);
    expect(dataset.label).toMatch(/CONSTRUCTED TEST FIXTURE/);
    expect(dataset.statusLabels.b).toBe("break in time series");
  });

  it("reads a sparse value object: only the positions it lists, with their status flags (row-major order)", () => {
    expect(byCell(sparse)).toEqual({
      "BE 2021": [11.1, ""],
      "BE 2022": [12.2, "b"],
      "BE 2023": [null, ":"], // status only, no value
      "EU27_2020 2021": [21.1, ""],
      "EU27_2020 2022": [22.2, ""],
      "EU27_2020 2023": [23.3, "p"]
    });
    expect(parseJsonStat(sparse).observations.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("reads a dense value array, index lists and a single category without index, to the same observations", () => {
    expect(byCell(dense)).toEqual(byCell(sparse));
    expect(parseJsonStat(dense).dimensions[0].categories).toEqual([{code: "A", label: "Annual"}]);
  });

  it("maps positions to categories with the last dimension varying fastest", () => {
    const text = JSON.stringify({
      version: "2.0",
      class: "dataset",
      id: ["a", "b"],
      size: [2, 3],
      dimension: {
        a: {category: {index: {x: 1, y: 0}}},
        b: {category: {index: ["p", "q", "r"]}}
      },
      value: [0, 1, 2, 3, 4, 5],
      status: "e"
    });
    const cells = parseJsonStat(text).observations.map(
      (o) => `${o.categories.a}${o.categories.b}=${o.value}${o.status}`
    );
    expect(cells).toEqual(["yp=0e", "yq=1e", "yr=2e", "xp=3e", "xq=4e", "xr=5e"]);
  });

  it("refuses what is not a JSON-stat 2.0 dataset, naming the problem", () => {
    const base = JSON.parse(dense);
    const variant = (change: object) => JSON.stringify({...base, ...change});
    expect(() => parseJsonStat("<html>Service unavailable</html>")).toThrow(/not valid JSON/);
    expect(() => parseJsonStat("[1, 2]")).toThrow(/not a JSON object/);
    expect(() => parseJsonStat(variant({class: "collection"}))).toThrow(/class "collection" is not supported/);
    expect(() => parseJsonStat(variant({version: "1.0"}))).toThrow(/version "1.0" is not supported/);
    expect(() => parseJsonStat(variant({value: [1, 2, 3]}))).toThrow(/"value" has 3 entries, but .* 6/);
    expect(() => parseJsonStat(variant({value: {"6": 1}}))).toThrow(/position "6", outside 0-5/);
    expect(() => parseJsonStat(variant({value: [1, 2, 3, 4, 5, "6"]}))).toThrow(/position 5 is "6", not a number/);
    expect(() => parseJsonStat(variant({size: [1, 1, 1, 1, 3, 3]}))).toThrow(
      /dimension "geo" has 2 categories but "size" says 3/
    );
    expect(() => parseJsonStat(variant({id: ["freq", "unit"]}))).toThrow(
      /"size" must list one whole number per dimension/
    );
    expect(() =>
      parseJsonStat(JSON.stringify({error: [{status: 400, id: 100, label: "Invalid filter: lev_limit"}]}))
    ).toThrow(/error message: 400 Invalid filter: lev_limit/);
  });
});

describe("the Eurostat tepsr_sp200 source", () => {
  it("gives one row per year and geo with a value, in nl-BE notation, with flags and provenance", () => {
    const rows = parseTepsrSp200(sparse, context);
    expect(rows.map((r) => [r.year, r.geo, r.value])).toEqual([
      ["2021", "BE", "11,1"],
      ["2021", "EU27_2020", "21,1"],
      ["2022", "BE", "12,2"],
      ["2022", "EU27_2020", "22,2"],
      ["2023", "EU27_2020", "23,3"] // BE 2023 has no value, so no row
    ]);
    expect(rows[0]).toMatchObject({
      source_id: "eurostat-tepsr-sp200",
      source_url: "https://ec.europa.eu/eurostat/databrowser/view/tepsr_sp200/default/table",
      confidence: "high",
      shown: "ja",
      note: "Opgehaald op 2000-01-02 met npm run data:refresh."
    });
    expect(rows[2].note).toMatch(/^Markering van Eurostat: b \(breuk in de tijdreeks\)\./);
    expect(rows[4].note).toMatch(/p \(voorlopig\)/);
    expect(rows[0].source_section).toBe("Eurostat tepsr_sp200, BE, 2021 (sex=T, unit=PC_PNT, lev_limit=SM_SEV)");
  });

  it("reads the dense form to the same rows", () => {
    expect(parseTepsrSp200(dense, context)).toEqual(parseTepsrSp200(sparse, context));
  });

  it("refuses a response that does not answer the query", () => {
    const base = JSON.parse(sparse);
    const withDimension = (id: string, category: object) =>
      JSON.stringify({...base, dimension: {...base.dimension, [id]: {category}}});
    expect(() => parseTepsrSp200(withDimension("lev_limit", {index: {SEV: 0}}), context)).toThrow(
      /dimension "lev_limit" has no category SM_SEV \(categories: SEV\)/
    );
    expect(() => parseTepsrSp200(withDimension("geo", {index: {BE: 0, FR: 1}}), context)).toThrow(
      /dimension "geo" has no category EU27_2020/
    );
    const noValues = JSON.stringify({...base, value: {}, status: {}});
    expect(() => parseTepsrSp200(noValues, context)).toThrow(/no value for BE or EU27_2020/);
  });

  it("describes the new dataset with a schema the loaders accept", () => {
    const meta = normalizeMeta(tepsrMeta, "eurostat-handicapkloof.meta.json");
    expect(meta).toMatchObject({
      id: "eurostat-handicapkloof",
      theme: "eak",
      title: "Kloof in werkzaamheid door beperking (EU-SILC, Eurostat tepsr_sp200)",
      unit: "procentpunt",
      key: ["year", "geo"]
    });
    expect(meta.notes.join(" ")).toMatch(/niet vergelijkbaar met de EAK-reeks/);
    expect(meta.definition).toMatch(/20 tot 64 jaar/);
  });
});
