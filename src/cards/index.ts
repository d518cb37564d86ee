import {formatNumber, formatPercent, formatPoints} from "../components/format.js";
import type {CardDefinition} from "./types.js";

const points = (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : "±"}${formatPoints(Math.abs(d))}`;
const count = (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : "±"}${formatNumber(Math.abs(d))}`;

/** The headline indicators of the Overzicht page, in the order the beleidsnota 2024-2029 treats them. */
export const cards: CardDefinition[] = [
  {
    id: "kloof",
    title: "Werkzaamheidskloof",
    dataset: "eak-werkzaamheid",
    href: "/werkzaamheid#grafiek-eak-kloof",
    sql: `SELECT year AS period, "group", value, source_id, source_section, source_url FROM eak_werkzaamheid
WHERE "group" = 'kloof' AND shown = 'ja' ORDER BY year`,
    format: formatPoints,
    formatChange: points,
    context:
      "Totale bevolking min personen met hinder, 20-64 jaar (afgeleid uit de gepubliceerde graden). De kloof van 2002-2011 volgt een andere definitie en bron en wordt er niet mee vergeleken."
  },
  {
    id: "cmw-contingent",
    title: "Contingent collectief maatwerk",
    dataset: "cmw-contingent",
    href: "/collectief-maatwerk#grafiek-cmw-contingent-jaar",
    // The beleidsnota's figure in its own unit (plaatsen). Its 2019 figure is not the one the site shows for 2019
    // (shown = nee: the yearly average in VTE of schriftelijke vraag 274 is), so the card computes no change from it.
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM cmw_contingent
WHERE measure = 'plaatsen' AND shown = 'ja' ORDER BY year`,
    format: (v) => `${formatNumber(v)} plaatsen`,
    context:
      "Volgens de beleidsnota 2024-2029 startte het contingent in 2019 met gemiddeld 19.392 plaatsen en groeide het tot 20.614 plaatsen in 2023. Haar groeipad: minstens 1.000 extra plaatsen."
  },
  {
    id: "cmw-vulling",
    title: "Vullingsgraad collectief maatwerk, vierde kwartaal",
    dataset: "cmw-kwartaal",
    href: "/collectief-maatwerk#grafiek-cmw-vulling",
    // Fourth quarters only, so the value, its change and its trend compare like with like (2026 K1 is on the page).
    sql: `SELECT period, value, source_id, source_section, source_url FROM cmw_kwartaal
WHERE measure = 'vullingsgraad' AND shown = 'ja' AND period LIKE '%K4' ORDER BY period`,
    format: formatPercent,
    formatChange: points,
    context:
      "Ingevulde VTE / toegekend contingent in het vierde kwartaal (afgeleid uit de open data). Dan staat doorgaans het minste contingent open: niet te vergelijken met de gemiddelde invulling hiernaast."
  },
  {
    id: "cmw-bezetting",
    title: "Invulling collectief maatwerk",
    dataset: "cmw-bezetting",
    href: "/collectief-maatwerk",
    sql: `SELECT period, value, source_id, source_section, source_url FROM cmw_bezetting
WHERE measure = 'invulling_gemiddeld' AND shown = 'ja' ORDER BY period`,
    format: (v) => formatPercent(v, 0),
    context:
      "Gemiddelde invulling van het contingent over 2019-2023 volgens de beleidsnota 2024-2029, die een stijgende tendens noemt; over welke perioden het gemiddelde loopt, zegt ze niet."
  },
  {
    id: "doorstroom-nec",
    dataset: "doorstroom-nec",
    title: "Uitstroom naar het NEC",
    href: "/doorstroom",
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM doorstroom_nec
WHERE shown = 'ja' ORDER BY year`,
    format: formatPercent,
    context:
      "Uitstroom uit collectief maatwerk naar het normaal economisch circuit, volgens de beleidsnota. De noemer van het percentage staat er niet bij."
  },
  {
    id: "maatwerkbedrijven",
    dataset: "cmw-maatwerkbedrijven",
    title: "Maatwerkbedrijven",
    href: "/collectief-maatwerk",
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM cmw_maatwerkbedrijven
WHERE measure = 'beleidsnota' AND province = 'totaal' AND shown = 'ja' ORDER BY year`,
    format: (v) => formatNumber(v),
    formatChange: count,
    context:
      "Volgens de beleidsnota 2024-2029, die de daling onder meer toeschrijft aan fusies, enkele stopgezette maatwerkafdelingen en de komst van individueel maatwerk. Andere bronnen tellen anders."
  },
  {
    id: "imw-dossiers",
    dataset: "imw-dossiers",
    title: "Individueel maatwerk: dossiers met loonpremie",
    href: "/individueel-maatwerk",
    sql: `SELECT period, value, source_id, source_section, source_url FROM imw_dossiers
WHERE premium_type = 'loonpremie' AND shown = 'ja' ORDER BY period`,
    format: (v) => formatNumber(v),
    context:
      "Gemeld voor het derde kwartaal 2024; mogelijk alle goedkeuringen sinds de start in juli 2023, de beleidsnota zegt het niet."
  },
  {
    id: "ama-deelnemers",
    dataset: "ama-2023",
    title: "Deelnemers arbeidsmatige activiteiten",
    href: "/lde-ama",
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM ama_2023
WHERE measure = 'deelnemers' AND shown = 'ja' ORDER BY year`,
    format: (v) => formatNumber(v)
  }
];
