// The metadata of every dataset under data/ says what its source says and no more: the dataset unit names the
// units its measures are in, no note promises a figure the loaders do not derive, and the labels of figures whose
// meaning is a reading (the 16% of one NACE section, the possibly cumulative IMW counts, the 92% of 2020) say so.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import {derivedDatasetIds} from "../../loaders/lib/derive.js";
import {listDatasetFiles} from "../../loaders/lib/dataset.js";
import type {DatasetMeta} from "../../loaders/lib/meta.js";
import {normalizeMeta} from "../../loaders/lib/meta.js";

const metas: DatasetMeta[] = listDatasetFiles("data").map(({meta}) =>
  normalizeMeta(JSON.parse(readFileSync(meta, "utf8")), meta)
);
const byId = (id: string) => metas.find((m) => m.id === id)!;
const measureLabel = (id: string, code: string) => {
  const column = byId(id).columns.find((c) => c.name === "measure");
  return column?.type === "category" ? column.values[code] : undefined;
};

/** The kinds of unit (VTE, %) a dataset's measure labels state in brackets, or its value column states. */
function statedUnits(meta: DatasetMeta): Set<string> {
  const stated: string[] = [];
  for (const column of meta.columns) {
    if (column.type === "category" && column.name === "measure")
      for (const label of Object.values(column.values))
        stated.push(...[...label.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]));
    if ((column.type === "number" || column.type === "integer") && column.unit) stated.push(column.unit);
  }
  const kinds = new Set<string>();
  for (const text of stated) {
    if (/\bVTE\b/.test(text)) kinds.add("VTE");
    if (text.includes("%")) kinds.add("%");
  }
  return kinds;
}

/** A dataset unit covers a kind if it names it, or if it sends the reader to the measure ("zie maatstaf"). */
function unitCovers(unit: string, kind: string): boolean {
  return /\bzie\b/i.test(unit) || (kind === "VTE" ? /\bVTE\b/.test(unit) : unit.includes(kind));
}

/**
 * Sentences in which the site (or the Boordtabel) says it computes something. A clause that denies it
 * ("berekent geen", "wordt niet berekend") is no promise; the denial must sit in the clause of the verb, so
 * "zet … niet op dezelfde as en berekent het percentage" still counts.
 */
function computationPromises(text: string): string[] {
  const promises = (clause: string) => /\bbereken(t|d|en)\b/i.test(clause) && !/\b(niet|geen)\b/i.test(clause);
  return text
    .split(/(?<=[.;:])\s+/)
    .filter((s) => /\b(site|boordtabel)\b/i.test(s) && s.split(/,\s|\s(?:en|maar)\s/).some(promises));
}

/** A promise is kept if the dataset, or a dataset the sentence names, has a derivation in loaders/lib/derive.ts. */
function kept(sentence: string, ownIds: string[]): boolean {
  const derived = derivedDatasetIds();
  return [...ownIds, ...metas.map((m) => m.id).filter((id) => sentence.includes(id))].some((id) => derived.has(id));
}

function metaTexts(meta: DatasetMeta): string[] {
  return [
    meta.definition,
    meta.unit,
    ...meta.notes,
    ...meta.breaks.map((b) => b.description),
    ...Object.values(meta.indicator ?? {})
  ];
}

describe("dataset units", () => {
  it("the checks see the units they are meant to catch", () => {
    const meta = {...byId("cmw-kwartaal"), unit: "personen"};
    expect(statedUnits(meta)).toEqual(new Set(["VTE"]));
    expect(unitCovers("personen", "VTE")).toBe(false);
    expect(unitCovers("personen, VTE of % (zie maatstaf)", "%")).toBe(true);
  });

  it.each(metas.map((m) => [m.id, m] as const))(
    "%s: the dataset unit names every unit its measures state",
    (_, meta) => {
      const missing = [...statedUnits(meta)].filter((kind) => !unitCovers(meta.unit, kind));
      expect(missing, `unit "${meta.unit}"`).toEqual([]);
    }
  );
});

describe("no promise of a computation the loaders do not make", () => {
  it("the check finds a promise and lets a denial pass", () => {
    expect(computationPromises("De kolom ‘%’ is niet opgenomen; de site berekent het aandeel zelf.")).toHaveLength(1);
    expect(computationPromises("De site berekent geen voortgangspercentage.")).toEqual([]);
    expect(computationPromises("De site zet VTE niet op dezelfde as en berekent het percentage.")).toHaveLength(1);
    expect(kept("De site berekent de vullingsgraad uit cmw-kwartaal.", [])).toBe(true);
    expect(kept("De site berekent de responsgraad.", ["ondersteuning-bevraging-respons"])).toBe(
      derivedDatasetIds().has("ondersteuning-bevraging-respons")
    );
  });

  it.each(metas.map((m) => [m.id, m] as const))("%s: notes and definition", (_, meta) => {
    const broken = metaTexts(meta)
      .flatMap(computationPromises)
      .filter((s) => !kept(s, [meta.id]));
    expect(broken).toEqual([]);
  });

  it("chart subtitles and notes", () => {
    const broken = charts.flatMap((chart) =>
      [chart.subtitle, ...(chart.notes ?? [])]
        .flatMap(computationPromises)
        .filter((s) => !kept(s, chart.datasets))
        .map((s) => `${chart.id}: ${s}`)
    );
    expect(broken).toEqual([]);
  });
});

describe("labels that say what the source says", () => {
  it("the 16% of the beleidsnota is labelled as NACE section N alone (Tabel 1: N 15,77%, O + N 28,21%)", () => {
    const label = measureLabel("imw-kerncijfers", "aandeel_openbaar_bestuur_administratief_tekst")!;
    expect(label).toContain("administratieve en ondersteunende diensten");
    expect(label).toMatch(/\bN\b/);
    expect(label).not.toMatch(/openba(ar|re) bestu/i);
  });

  it("the IMW dossiers of 2024K3 are labelled as possibly cumulative since the start", () => {
    const meta = byId("imw-dossiers");
    const cumulative = /mogelijk[^.]*sinds de start/i;
    expect(meta.title).toMatch(cumulative);
    expect(meta.unit).toMatch(cumulative);
    const period = meta.columns.find((c) => c.name === "period")!;
    expect(period.label).not.toBe("Kwartaal");
    expect(meta.notes.join(" ")).toContain("6.872");
  });

  it("the bezettingsgraad of 2020 is labelled as VTE-based", () => {
    expect(measureLabel("cmw-bezetting", "bezettingsgraad")).toMatch(/VTE-basis/);
  });

  it("the NEC share says the source states no denominator", () => {
    const meta = byId("doorstroom-nec");
    expect(meta.definition).toMatch(/noemer niet/);
    // What the share is a share of is a reading of the context; it may not be written as what the source says.
    expect(meta.definition).not.toMatch(/Uit de context blijkt/);
  });
});
