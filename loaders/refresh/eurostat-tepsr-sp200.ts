/**
 * Eurostat tepsr_sp200, "Disability employment gap by level of activity limitation and sex (source EU-SILC)",
 * read as JSON-stat 2.0 from the Statistics API (data-sources.md A2, B2), with the filters of the Commission's
 * JAF indicator code: sex=T, unit=PC_PNT, lev_limit=SM_SEV, for Belgium and the EU27 (2020). The refresh
 * writes it as a new dataset, data/eak/eurostat-handicapkloof.csv with its .meta.json, and registers the
 * source in data/sources/refresh.csv.
 */
import type {Source} from "../lib/sources.js";
import {parseJsonStat} from "./jsonstat.js";
import type {JsonStatDataset} from "./jsonstat.js";
import {formatNlNumber, stampNote} from "./nl-format.js";
import type {RefreshContext, RefreshSource, SourceRow} from "./types.js";
import {ResponseError} from "./types.js";

export const tepsrSourceId = "eurostat-tepsr-sp200";
export const tepsrUrl =
  "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/tepsr_sp200?geo=BE&geo=EU27_2020&sex=T&unit=PC_PNT&lev_limit=SM_SEV";
/** The data browser view, where a reader can check the figures (the source_url of the rows). */
export const tepsrPage = "https://ec.europa.eu/eurostat/databrowser/view/tepsr_sp200/default/table";

/** The query's filters; a dimension the response has must offer this category, and only it is read. */
const filters: Record<string, string> = {freq: "A", unit: "PC_PNT", sex: "T", lev_limit: "SM_SEV"};
export const geoLabels: Record<string, string> = {
  BE: "België",
  EU27_2020: "Europese Unie (27 lidstaten, samenstelling vanaf 2020)"
};

/** Eurostat's observation flags, in Dutch, for the notes. */
const flagLabels: Record<string, string> = {
  b: "breuk in de tijdreeks",
  c: "vertrouwelijk",
  d: "definitie wijkt af",
  e: "geschat",
  f: "prognose",
  n: "niet significant",
  p: "voorlopig",
  r: "herzien",
  s: "schatting van Eurostat",
  u: "lage betrouwbaarheid",
  z: "niet van toepassing",
  ":": "niet beschikbaar"
};

/** The rows of eurostat-handicapkloof.csv: one per year and geo with a value. */
export function parseTepsrSp200(text: string, context: RefreshContext): SourceRow[] {
  const dataset = parseJsonStat(text);
  const ids = dataset.dimensions.map((d) => d.id);
  for (const required of ["geo", "time"])
    if (!ids.includes(required))
      throw new ResponseError(`dimension "${required}" is missing (dimensions: ${ids.join(", ")})`);
  for (const dimension of dataset.dimensions) {
    const codes = dimension.categories.map((c) => c.code);
    const wanted = filters[dimension.id];
    if (wanted !== undefined && !codes.includes(wanted))
      throw new ResponseError(
        `dimension "${dimension.id}" has no category ${wanted} (categories: ${codes.join(", ")})`
      );
    if (wanted === undefined && !["geo", "time"].includes(dimension.id) && codes.length > 1)
      throw new ResponseError(
        `dimension "${dimension.id}" has ${codes.length} categories (${codes.join(", ")}); the query expects one`
      );
  }
  const geos = dataset.dimensions.find((d) => d.id === "geo")!.categories.map((c) => c.code);
  for (const geo of Object.keys(geoLabels))
    if (!geos.includes(geo))
      throw new ResponseError(`dimension "geo" has no category ${geo} (categories: ${geos.join(", ")})`);

  const rows: SourceRow[] = [];
  for (const observation of dataset.observations) {
    const {categories, value, status} = observation;
    if (Object.entries(filters).some(([id, code]) => categories[id] !== undefined && categories[id] !== code)) continue;
    if (!(categories.geo in geoLabels)) continue;
    const year = categories.time;
    if (!/^\d{4}$/.test(year)) throw new ResponseError(`time category "${year}" is not a year`);
    // A year without a value has no row (the table never fills a gap).
    if (value === null) continue;
    rows.push({
      year,
      geo: categories.geo,
      value: formatNlNumber(value),
      source_id: tepsrSourceId,
      source_section: `Eurostat tepsr_sp200, ${categories.geo}, ${year} (sex=T, unit=PC_PNT, lev_limit=SM_SEV)`,
      source_url: tepsrPage,
      confidence: "high",
      shown: "ja",
      note: stampNote(describeFlags(status, dataset), context.retrieved)
    });
  }
  if (!rows.length) throw new ResponseError("the response has no value for BE or EU27_2020");
  return rows.sort((a, b) => a.year.localeCompare(b.year) || a.geo.localeCompare(b.geo));
}

function describeFlags(status: string | undefined, dataset: JsonStatDataset): string {
  if (!status) return "";
  const flags = [...status].map((flag) => `${flag} (${flagLabels[flag] ?? dataset.statusLabels[flag] ?? "onbekend"})`);
  return `Markering van Eurostat: ${flags.join(", ")}.`;
}

export const tepsrMeta = {
  id: "eurostat-handicapkloof",
  theme: "eak",
  title: "Kloof in werkzaamheid door beperking (EU-SILC, Eurostat tepsr_sp200)",
  unit: "procentpunt",
  definition:
    "Werkzaamheidsgraad van personen van 20 tot 64 jaar zonder beperking min de werkzaamheidsgraad van personen van 20 tot 64 jaar met een (enige of ernstige) beperking in hun dagelijkse activiteiten, in procentpunt. Indicator tepsr_sp200 van Eurostat (‘Disability employment gap by level of activity limitation and sex’), op basis van de enquête EU-SILC.",
  population:
    "Personen van 20 tot 64 jaar, mannen en vrouwen samen, in België en in de Europese Unie van 27 lidstaten (samenstelling vanaf 2020).",
  frequency:
    "Jaarlijks (EU-SILC). Opgehaald uit de Statistics API van Eurostat (JSON-stat 2.0) met npm run data:refresh.",
  licence: "Gegevens van Eurostat; hergebruik toegestaan met bronvermelding (Eurostat, © Europese Unie).",
  notes: [
    "Bron is EU-SILC en niet de Enquête naar de Arbeidskrachten (EAK). Deze kloof is dus niet vergelijkbaar met de EAK-reeks van personen met hinder in eak-werkzaamheid: andere enquête, andere afbakening van beperking, en België en de EU in plaats van het Vlaams Gewest.",
    "Filters zoals in de JAF-indicatorcode van de Europese Commissie: sex=T (totaal), unit=PC_PNT (procentpunt), lev_limit=SM_SEV (enige of ernstige beperking).",
    "Markeringen van Eurostat (bijvoorbeeld b: breuk in de tijdreeks, u: lage betrouwbaarheid) staan in de opmerking van de rij.",
    "Een jaar zonder waarde bij Eurostat heeft geen rij."
  ],
  breaks: [],
  columns: [
    {name: "year", label: "Jaar", type: "integer", min: 2000, max: 2100},
    {name: "geo", label: "Gebied", type: "category", values: geoLabels},
    {name: "value", label: "Kloof in werkzaamheid", type: "number", unit: "procentpunt", min: -100, max: 100}
  ],
  key: ["year", "geo"],
  totals: [],
  // Belgium and the EU as a whole, not a measure of the Flemish social economy: in no measure fiche.
  coverage: []
};

export function tepsrRegistry({retrieved}: RefreshContext): Source[] {
  return [
    {
      source_id: tepsrSourceId,
      title: "Disability employment gap by level of activity limitation and sex (source EU-SILC), dataset tepsr_sp200",
      publisher: "Eurostat",
      date: retrieved,
      identifier:
        "tepsr_sp200, Statistics API 1.0 (JSON-stat 2.0), geo=BE en EU27_2020, sex=T, unit=PC_PNT, lev_limit=SM_SEV",
      source_url: tepsrPage
    }
  ];
}

export const eurostatTepsrSp200: RefreshSource = {
  id: tepsrSourceId,
  title: "Eurostat tepsr_sp200, JSON-stat 2.0",
  url: tepsrUrl,
  accept: "application/json",
  dataset: {theme: "eak", id: "eurostat-handicapkloof"},
  parse: parseTepsrSp200,
  meta: tepsrMeta,
  registry: tepsrRegistry,
  policy: {
    isOwnRow: (row) => row.source_id === tepsrSourceId,
    setAside: (row, {retrieved}) => ({
      ...row,
      shown: "nee",
      note: `Niet meer getoond sinds ${retrieved}: de site toont de waarde uit de Statistics API van Eurostat (npm run data:refresh). ${row.note}`.trim()
    })
  }
};
