// Published figures added from the text of the seed documents, read back from the Parquet snapshots the loader
// builds from the real tables: a typo in one of these values in data/ fails here.
import {cpSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {readParquet} from "parquet-wasm/node";
import {beforeAll, describe, expect, it} from "vitest";
import {buildSnapshots} from "../../loaders/lib/snapshots.js";

const datasets = [
  "context/context-arbeidsmarkt",
  "context/context-sector-se",
  "werkzoekenden/werkzoekenden-doelgroepomvang",
  "werkzoekenden/werkzoekenden-kansengroepen-2012",
  "doorstroom/se-bereik-2011",
  "cmw/se-groeipad-2011-2012",
  "begroting/se-realisaties-2012",
  "eak/eak-werkzaamheid"
];
let outDir: string;

/** Builds snapshots from a private copy of the real tables above and the source registry. */
beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), "boordtabel-figures-"));
  const dataDir = join(root, "data");
  outDir = join(root, "out");
  cpSync("data/sources", join(dataDir, "sources"), {recursive: true});
  for (const d of datasets)
    for (const ext of [".csv", ".meta.json"]) cpSync(`data/${d}${ext}`, join(dataDir, `${d}${ext}`));
  buildSnapshots(dataDir, outDir, {buildDate: "2026-01-01"});
});

type Row = Record<string, unknown>;

function rows(id: string): Row[] {
  return tableFromIPC(readParquet(readFileSync(join(outDir, `${id}.parquet`))).intoIPCStream())
    .toArray()
    .map((row) => row.toJSON() as Row);
}

/** The value of the one row matching every given column, with its provenance checked. */
function value(id: string, match: Row): unknown {
  const found = rows(id).filter((r) => Object.entries(match).every(([k, v]) => r[k] === v));
  expect(found, `${id} ${JSON.stringify(match)}`).toHaveLength(1);
  expect(found[0].source_section).toMatch(/seed 00[12], r\. \d+/);
  expect(found[0].confidence).toBe("seed");
  return found[0].value;
}

describe("figures from the beleidsnota 2024-2029 (seed 001)", () => {
  it("holds the context figures of the Omgevingsanalyse", () => {
    const ctx = (period: string, measure: string) => value("context-arbeidsmarkt", {period, measure});
    expect(ctx("2024", "werkloosheidsgraad")).toBe(3.5);
    expect(ctx("2023", "vacaturegraad_vlaanderen")).toBe(5.1);
    expect(ctx("2023", "vacaturegraad_eu")).toBe(2.7);
    expect(ctx("2023", "vdab_personen_arbeidsbeperking")).toBe(202000);
    expect(ctx("2023", "vdab_nwwz_arbeidsbeperking")).toBe(34400);
    expect(ctx("2023", "vdab_nwwz_arbeidsbeperking_aandeel")).toBe(17);
    expect(ctx("2024", "faillissementen_jan_aug")).toBe(4100);
  });

  it("holds the sector size of the Inleiding", () => {
    expect(value("context-sector-se", {measure: "werknemers"})).toBe(30000);
    expect(value("context-sector-se", {measure: "bedrijven"})).toBe(100);
  });

  it("keeps the beleidsnota's 76,6% for 2024 as an alternative, not the shown value", () => {
    const alt = rows("eak-werkzaamheid").filter((r) => r.year === 2024 && r.group === "totaal");
    expect(alt.find((r) => r.source_id === "vp-2024-beleidsnota-se")).toMatchObject({value: 76.6, shown: "nee"});
    expect(alt.filter((r) => r.shown === "ja")).toHaveLength(1);
  });
});

describe("figures from the beleidsbrief 2012-2013 (seed 002)", () => {
  it("holds the target-group sizes as printed, including the inconsistent BW rights", () => {
    const size = (period: string, measure: string) => value("werkzoekenden-doelgroepomvang", {period, measure});
    expect(size("2012M07", "nwwz_recht_bw")).toBe(6212);
    expect(size("2012M07", "nwwz_recht_bw_onvoorwaardelijk")).toBe(3513);
    expect(size("2012M07", "nwwz_recht_bw_voorwaardelijk")).toBe(2608);
    expect(size("2012M07", "nwwz_indicatie_arbeidshandicap")).toBe(27060);
    expect(size("2011", "adviezen_arbeidszorg")).toBe(926);
    expect(size("2009-2011", "instroom_arbeidszorg")).toBe(1282);
  });

  it("holds the unemployment duration per risk group in June 2012", () => {
    const dur = (group: string, unit: string) =>
      value("werkzoekenden-kansengroepen-2012", {period: "2012M06", group, measure: "langer_dan_2_jaar", unit});
    expect(dur("alle", "personen")).toBe(51746);
    expect(dur("alle", "pct")).toBe(27);
    expect(dur("pmah", "personen")).toBe(13360);
    expect(dur("pmah", "pct")).toBe(51);
    expect(dur("50-plussers", "personen")).toBe(29007);
  });

  it("holds both BW VTE definitions for end 2011 and the printed 'meer dan 24 000'", () => {
    const reach = (programme: string, staff: string, measure: string) =>
      value("se-bereik-2011", {period: "2011", programme, staff, measure});
    expect(reach("bw", "doelgroep", "vte_eind")).toBe(14551);
    expect(reach("bw_sw_invoeg", "doelgroep", "personen_eind")).toBe(24000);
    expect(reach("arbeidszorg", "doelgroep", "vte_eind")).toBe(1457);
    expect(reach("bw", "doelgroep", "uitstroom_regulier_werk")).toBe(68);
  });

  it("holds the growth path 2011-2012 and the realisations", () => {
    expect(value("se-groeipad-2011-2012", {period: "2011-2012", programme: "bw_sw", measure: "aangevraagd"})).toBe(
      444.2
    );
    expect(value("se-groeipad-2011-2012", {period: "2012", programme: "bw", measure: "toegekend"})).toBe(60);
    const real = (period: string, topic: string, measure: string) =>
      value("se-realisaties-2012", {period, topic, measure});
    expect(real("2012", "pop", "toegewezen_esf")).toBe(353507.66);
    expect(real("2011", "innovatie_oproep", "goedgekeurd_bedrag")).toBe(2985765);
    expect(real("2012", "arbeidszorg_experimenten", "vte_toegekend")).toBe(187.64);
  });
});
