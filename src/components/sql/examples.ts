// Example queries for the questions the source documents ask, each checked against the snapshots
// (test/sql/examples-test.ts runs every one in DuckDB). Category codes are the ones in data/<theme>/*.meta.json.
import type {Catalogue} from "./catalogue.js";

export interface ExampleQuery {
  /** Stable id, used in tests and as the button's data-example. */
  id: string;
  /** The button text: the question, in Dutch. */
  label: string;
  sql: string;
}

export const examples: ExampleQuery[] = [
  {
    id: "kloof",
    label: "Werkzaamheidskloof per jaar",
    sql: `-- Kloof in procentpunt: totale bevolking min personen met hinder (20-64 jaar, afgeleid door de site)
-- 2002-2011 en 2023 volgen een andere definitie en bron van 'hinder': vergelijk ze niet met elkaar
SELECT year, value
FROM eak_werkzaamheid
WHERE "group" = 'kloof' AND shown = 'ja'
ORDER BY year`
  },
  {
    id: "werkzaamheid",
    label: "Werkzaamheidsgraad: totaal en personen met hinder",
    sql: `-- Personen met hinder: 2002-2011 (Tabel 1, 'Arbeidsgehandicapt') en 2023 (beleidsnota) zijn niet vergelijkbaar
SELECT year,
  max(value) FILTER (WHERE "group" = 'totaal') AS totaal_pct,
  max(value) FILTER (WHERE "group" = 'hinder') AS hinder_pct
FROM eak_werkzaamheid
WHERE shown = 'ja' AND "group" IN ('totaal', 'hinder')
GROUP BY year
ORDER BY year`
  },
  {
    id: "cmw-vulling",
    label: "Vullingsgraad collectief maatwerk, vierde kwartaal van elk jaar (zelf berekend)",
    sql: `-- Ingevulde VTE gedeeld door het toegekende contingent (%), vierde kwartaal van elk jaar (open data WEWIS)
SELECT CAST(left(period, 4) AS INTEGER) AS year,
  round(100 * max(value) FILTER (WHERE measure = 'ingevuld_vte')
    / max(value) FILTER (WHERE measure = 'contingent_toegekend_vte'), 1) AS vullingsgraad_pct
FROM cmw_kwartaal
WHERE shown = 'ja' AND period LIKE '%K4'
GROUP BY period
ORDER BY year`
  },
  {
    id: "cmw-kwartaal",
    label: "Collectief maatwerk: toegekend en ingevuld (VTE)",
    sql: `SELECT period, measure, value
FROM cmw_kwartaal
WHERE shown = 'ja' AND measure IN ('contingent_toegekend_vte', 'ingevuld_vte')
ORDER BY period, measure`
  },
  {
    id: "cmw-bezetting",
    label: "Invulling collectief maatwerk zoals gepubliceerd",
    sql: `SELECT period, measure, value, source_id
FROM cmw_bezetting
WHERE shown = 'ja'
ORDER BY period`
  },
  {
    id: "cmw-contingent",
    label: "Contingent collectief maatwerk: jaargemiddelde in VTE",
    sql: `-- Eén publicatie, één maatstaf: de beleidsnota telt plaatsen (zie de kolom measure)
SELECT year, value
FROM cmw_contingent
WHERE measure = 'jaargemiddelde_vte'
ORDER BY year`
  },
  {
    id: "nec",
    label: "Uitstroom uit collectief maatwerk naar het NEC",
    sql: `-- Uitstroom naar het normaal economisch circuit (%); de beleidsnota vermeldt de noemer niet
SELECT year, value
FROM doorstroom_nec
WHERE shown = 'ja'
ORDER BY year`
  },
  {
    id: "doorstroom-personen",
    label: "Personen die doorstromen naar het reguliere circuit",
    sql: `SELECT period, value
FROM doorstroom_personen
WHERE shown = 'ja'
ORDER BY period`
  },
  {
    id: "lde-contingent",
    label: "Contingent lokale diensteneconomie per jaar",
    sql: `-- Toegekend contingent, jaargemiddelde (VTE)
SELECT year, value
FROM lde_contingent
WHERE shown = 'ja'
ORDER BY year`
  },
  {
    id: "maatwerkbedrijven",
    label: "Maatwerkbedrijven per provincie, 2023",
    sql: `SELECT province, value
FROM cmw_maatwerkbedrijven
WHERE year = 2023 AND shown = 'ja' AND province <> 'totaal'
ORDER BY value DESC`
  },
  {
    id: "bronnen-verschillen",
    label: "Waar bronnen verschillen: contingent 2019",
    sql: `-- Beide waarden blijven bewaard; shown = 'ja' is de waarde die de site toont
SELECT year, measure, value, shown, source_id, note
FROM cmw_contingent
WHERE year = 2019`
  },
  {
    id: "tabellen",
    label: "Alle tabellen en hun kolommen",
    sql: `SELECT table_name, count(*) AS kolommen,
  string_agg(column_name, ', ' ORDER BY ordinal_position) AS kolomnamen
FROM information_schema.columns
GROUP BY table_name
ORDER BY table_name`
  }
];

const knownKwartaalCodes = new Set(["contingent_toegekend_vte", "ingevuld_vte", "vestigingen"]);

/**
 * The examples, plus one for a fill rate the site derives into cmw-kwartaal, if the catalogue lists such a
 * code (a derived category added by the loaders): its code is read from the catalogue, never guessed.
 */
export function exampleQueries(catalogue?: Catalogue): ExampleQuery[] {
  const measure = catalogue?.datasets.find((d) => d.id === "cmw-kwartaal")?.columns.find((c) => c.name === "measure");
  const code = Object.entries(measure?.values ?? {}).find(
    ([code, label]) => !knownKwartaalCodes.has(code) && /invul|vulling|bezetting/i.test(`${code} ${label}`)
  )?.[0];
  if (!code || !/^[\w-]+$/.test(code)) return examples;
  const derived: ExampleQuery = {
    id: "cmw-vulling-afgeleid",
    label: "Vullingsgraad collectief maatwerk (afgeleid door de site)",
    sql: `SELECT period, value
FROM cmw_kwartaal
WHERE measure = '${code}' AND shown = 'ja'
ORDER BY period`
  };
  const at = examples.findIndex((e) => e.id === "cmw-vulling");
  return [...examples.slice(0, at), derived, ...examples.slice(at)];
}
