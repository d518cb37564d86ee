// The publication grid computed from the real data/ tables and their coverage metadata.
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import type {Dataset} from "../../loaders/lib/dataset.js";
import {readAllDatasets} from "../../loaders/lib/dataset.js";
import {normalizeMeta} from "../../loaders/lib/meta.js";
import type {PublicationGrid} from "../../loaders/publication/grid.js";
import {computeGrid, periodYear} from "../../loaders/publication/grid.js";

let datasets: Dataset[];
let grid: PublicationGrid;
beforeAll(() => {
  datasets = readAllDatasets("data");
  grid = computeGrid(datasets);
});

const cell = (measure: string, dimension: string, year: number) =>
  grid.cells.find((c) => c.measure === measure && c.dimension === dimension && c.year === year)!;

describe("the grid from the real tables", () => {
  it("places the beleidsnota's CMW contingent of 2023 (20.614) under collectief maatwerk, contingent, 2023", () => {
    const figure = cell("cmw", "contingent-budget", 2023).figures.find((f) => f.dataset_id === "cmw-contingent");
    expect(figure).toMatchObject({value: 20614, period: "2023", source_id: "vp-2024-beleidsnota-se", derived: false});
    expect(cell("cmw", "contingent-budget", 2023).status).toBe("gepubliceerd");
  });

  it("leaves a cell no source fills empty: individueel maatwerk has no published waiting list", () => {
    expect(cell("imw", "wachtenden", 2023)).toMatchObject({status: "niet-gepubliceerd", figures: []});
    expect(cell("bw-sw-invoeg", "ondernemingen", 2010).status).toBe("niet-gepubliceerd");
  });

  it("keeps a quarter a quarter and lists a span under its first year only, never spread", () => {
    const quarter = cell("cmw", "werknemers", 2023).figures.find((f) => f.dataset_id === "cmw-kwartaal")!;
    expect(quarter).toMatchObject({period: "2023K4", partOfYear: true, span: false});
    const spans = grid.figures.filter((f) => f.period === "2019-2021" && f.measure === "lde");
    expect(spans.length).toBeGreaterThan(0);
    for (const f of spans) expect(f).toMatchObject({year: 2019, span: true});
    expect(cell("lde", "stromen", 2020).figures.some((f) => f.period === "2019-2021")).toBe(false);
    expect(periodYear("2019-2021")).toEqual({year: 2019, span: true, partOfYear: false});
    expect(periodYear("2012M07")).toEqual({year: 2012, span: false, partOfYear: true});
    expect(periodYear("niet-vermeld")).toBeUndefined();
  });

  it("writes a share with its % even where the label ends in brackets, and no unit twice", () => {
    const unitOf = (dataset: string, period: string, measure?: string) =>
      grid.figures.find(
        (f) => f.dataset_id === dataset && f.period === period && (!measure || f.label.startsWith(measure))
      )?.unit;
    // "… normaal economisch circuit (NEC)": the brackets name no unit; the value is a share.
    expect(unitOf("doorstroom-nec", "2023")).toBe("%");
    // "Vullingsgraad: … (%, afgeleid)": the label names the share, and the value still carries it.
    expect(unitOf("cmw-kwartaal", "2023K4", "Vullingsgraad")).toBe("%");
    // "Toegekend contingent (VTE)", "… (dossiers)": the label names what is counted; no unit is added to the value.
    expect(unitOf("cmw-kwartaal", "2023K4", "Toegekend contingent")).toBe("");
    expect(unitOf("imw-dossiers", "2024K3", "Loonpremie")).toBe("");
    expect(unitOf("cmw-maatwerkbedrijven", "2023")).toBe("bedrijven");
  });

  it("lists only shown rows, marks derived ones, and each figure is a row of its dataset with that value", () => {
    expect(grid.figures.some((f) => f.derived && f.dataset_id === "cmw-kwartaal")).toBe(true);
    for (const f of grid.figures) {
      const dataset = datasets.find((d) => d.meta.id === f.dataset_id)!;
      const row = dataset.rows.find(
        (r) => dataset.meta.key.map((k) => `${k}=${String(r[k])}`).join("; ") === f.row_key && r.shown === "ja"
      );
      expect(row?.value, `${f.dataset_id} ${f.row_key}`).toBe(f.value);
    }
    // cmw-contingent 2019 has two sources; only the shown one is in the grid.
    expect(
      cell("cmw", "contingent-budget", 2019).figures.filter((f) => f.dataset_id === "cmw-contingent")
    ).toHaveLength(1);
  });

  it("gives every measure years from its first to its last figure, and every such cell a status", () => {
    for (const [measure, years] of Object.entries(grid.years)) {
      expect(years.length, measure).toBeGreaterThan(0);
      expect(grid.cells.filter((c) => c.measure === measure)).toHaveLength(years.length * 6);
    }
  });
});

describe("coverage metadata is validated, naming file and field", () => {
  const meta = JSON.parse(readFileSync("data/cmw/cmw-contingent.meta.json", "utf8"));
  const check = (coverage: unknown) => () => normalizeMeta({...meta, coverage}, "data/cmw/cmw-contingent.meta.json");

  it("accepts the real declaration", () => {
    expect(check(meta.coverage)()).toMatchObject({coverage: [{measure: "cmw", dimension: "contingent-budget"}]});
  });

  it("refuses a missing field, an unknown measure or dimension, and a filter on a column that is no category", () => {
    expect(check(undefined)).toThrow(/cmw-contingent\.meta\.json: field "coverage" must list/);
    expect(check([{measure: "cmx", dimension: "bereik"}])).toThrow(/coverage\[0\]\.measure "cmx" is not one of/);
    expect(check([{measure: "cmw", dimension: "budget"}])).toThrow(/coverage\[0\]\.dimension "budget" is not one of/);
    expect(check([{measure: "cmw", dimension: "bereik", where: {value: ["1"]}}])).toThrow(
      /coverage\[0\]\.where names "value", which is no category column/
    );
  });

  it("refuses a filter code the column does not have, in the real data folder copied", () => {
    const data = join(mkdtempSync(join(tmpdir(), "boordtabel-coverage-")), "data");
    cpSync("data", data, {recursive: true});
    const file = join(data, "lde-ama/se-doelgroepwerknemers.meta.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"cmw_doelgroepwerknemers"]', '"cmw_werknemers"]'));
    expect(() => readAllDatasets(data, join(data, ".."))).toThrow(
      /se-doelgroepwerknemers\.meta\.json: coverage\[0\]\.where\.measure: unknown code "cmw_werknemers"/
    );
  });
});
