import {formatNumber, formatPercent, formatPoints} from "../components/format.js";
import type {CardDefinition} from "./types.js";

const points = (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : "±"}${formatPoints(Math.abs(d))}`;
const count = (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : "±"}${formatNumber(Math.abs(d))}`;

/** The headline indicators of the Overzicht page, in the order the beleidsnota 2024-2029 treats them. */
export const cards: CardDefinition[] = [
  {
    id: "kloof",
    title: "Werkzaamheidskloof",
    href: "/werkzaamheid#grafiek-eak-kloof",
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM eak_werkzaamheid
WHERE "group" = 'kloof' AND shown = 'ja' ORDER BY year`,
    format: formatPoints,
    formatChange: points,
    context: "Totale bevolking min personen met hinder, 20-64 jaar (afgeleid uit de gepubliceerde graden)."
  },
  {
    id: "cmw-contingent",
    title: "Contingent collectief maatwerk",
    href: "/collectief-maatwerk",
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM cmw_contingent
WHERE shown = 'ja' ORDER BY year`,
    format: (v) => `${formatNumber(v)} VTE`,
    formatChange: (d) => `${count(d)} VTE`,
    context: "Jaargemiddelde toegekende plaatsen. Groeipad: minstens 1.000 extra plaatsen (beleidsnota 2024-2029)."
  },
  {
    id: "cmw-vulling",
    title: "Vullingsgraad collectief maatwerk",
    href: "/collectief-maatwerk",
    sql: `SELECT period, value, source_id, source_section, source_url FROM cmw_kwartaal
WHERE measure = 'vullingsgraad' AND shown = 'ja' ORDER BY period`,
    format: formatPercent,
    context:
      "Ingevulde VTE / toegekend contingent in het laatste kwartaal met open data (afgeleid). Onder 90% verliest een bedrijf contingent, boven 95% kan het erbij krijgen."
  },
  {
    id: "cmw-bezetting",
    title: "Invulling collectief maatwerk",
    href: "/collectief-maatwerk",
    sql: `SELECT period, value, source_id, source_section, source_url FROM cmw_bezetting
WHERE measure = 'invulling_gemiddeld' AND shown = 'ja' ORDER BY period`,
    format: (v) => formatPercent(v, 0),
    context: "Gemiddelde invulling van het contingent over 2019-2023."
  },
  {
    id: "doorstroom-nec",
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
    title: "Maatwerkbedrijven",
    href: "/collectief-maatwerk",
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM cmw_maatwerkbedrijven
WHERE measure = 'beleidsnota' AND province = 'totaal' AND shown = 'ja' ORDER BY year`,
    format: (v) => formatNumber(v),
    formatChange: count
  },
  {
    id: "imw-dossiers",
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
    title: "Deelnemers arbeidsmatige activiteiten",
    href: "/lde-ama",
    sql: `SELECT year AS period, value, source_id, source_section, source_url FROM ama_2023
WHERE measure = 'deelnemers' AND shown = 'ja' ORDER BY year`,
    format: (v) => formatNumber(v)
  }
];
