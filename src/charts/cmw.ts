// The charts of the page Collectief maatwerk. Every figure is a published one, except the fill rate
// (vullingsgraad), which loaders/lib/derive.ts derives from the quarterly sums and marks as derived.
import {formatNumber} from "../components/format.js";
import {sqlOrder, yearOf} from "./sql.js";
import type {ChartInput, Row} from "./types.js";
import {palette} from "../grammar/palette.js";

/** What was granted of the places opened, in its own units (VTE, companies): a caption, not a bar. */
function grantedCaption(rows: Row[]): string | undefined {
  const value = (measure: string) => rows.find((r) => r.measure === measure)?.value;
  const [granted, companies] = [value("vte_toegekend"), value("maatwerkbedrijven_toegekend")];
  if (granted === undefined || companies === undefined) return undefined;
  return `daarvan effectief toegekend: ${formatNumber(Number(granted))} VTE aan ${formatNumber(Number(companies))} maatwerkbedrijven, vanaf 1 april 2025`;
}

export const cmwCharts: ChartInput[] = [
  {
    type: "series",
    id: "cmw-vte-kwartaal",
    title: "Toegekend contingent en ingevulde VTE in collectief maatwerk, vierde kwartaal",
    subtitle:
      "VTE, som over alle vestigingen in de open data cmw03 (WEWIS), vierde kwartaal; maatwerkbedrijven in Vlaanderen en Brussel, tot medio 2023 incl. maatwerkafdelingen",
    datasets: ["cmw-kwartaal"],
    select: `*, ${yearOf("period")} AS year`,
    where: "measure IN ('contingent_toegekend_vte', 'ingevuld_vte')",
    order: "period, measure",
    series: "measure",
    lines: [{key: "contingent_toegekend_vte"}, {key: "ingevuld_vte", symbol: "square", labelBelow: true}],
    yLabel: "VTE",
    digits: 2,
    labels: "ends",
    // The open data end on 2026 K1: another quarter, drawn apart, because the unfilled share differs by quarter.
    apart: (period) => !period.endsWith("K4"),
    describeMore: (rows) =>
      ["2022K4", "2023K4"].every((p) => rows.some((r) => r.period === p))
        ? "Het toegekende contingent maakt een sprong tussen 2022 K4 en 2023 K4; die valt samen met de hervorming van 1 juli 2023."
        : "",
    notes: [
      "2026 K1 is het laatste kwartaal in de export van 1 oktober 2026 en geen vierde kwartaal: open punten, niet verbonden met de lijn."
    ]
  },
  {
    type: "series",
    id: "cmw-contingent-jaar",
    title: "Contingent collectief maatwerk per jaar, volgens twee publicaties",
    subtitle:
      "Schriftelijke vraag 274: jaargemiddelde toegekend contingent in VTE (2019-2021). Beleidsnota 2024-2029: contingent in plaatsen (2019 en 2023). Maatwerkbedrijven met een door de Vlaamse overheid toegekend contingent.",
    datasets: ["cmw-contingent"],
    // Both publications, also the one the data marks shown = 'nee' for 2019: the chart keeps them apart.
    sql: `SELECT year, measure, value, source_id, source_section, source_url
FROM cmw_contingent
ORDER BY measure, year`,
    // One series per publication: they differ for 2019 and in unit, so neither joins the other.
    series: "measure",
    lines: [{key: "jaargemiddelde_vte"}, {key: "plaatsen", symbol: "square", labelBelow: true}],
    yLabel: "VTE of plaatsen",
    describeMore: () =>
      "De twee reeksen worden niet met elkaar verbonden: voor 2019 verschillen ze (19.407,5 VTE tegenover 19.392 plaatsen).",
    notes: [
      "2019-2021 komen uit één tabel (antwoord 2b op schriftelijke vraag nr. 274, 2022): jaargemiddelde toegekend contingent in VTE. De beleidsnota 2024-2029 zegt dat collectief maatwerk in 2019 startte ‘met een contingent van gemiddeld 19.392 plaatsen’ en groeide ‘tot 20.614 plaatsen in 2023’; ze noemt het 2023-cijfer niet uitdrukkelijk een gemiddelde.",
      "De twee cijfers van 2019 worden niet verbonden: een verandering lees je alleen binnen één publicatie.",
      "Voor 2022 is geen cijfer gepubliceerd."
    ]
  },
  {
    type: "series",
    id: "cmw-vulling",
    title: "Vullingsgraad van het contingent collectief maatwerk in het vierde kwartaal",
    subtitle:
      "Ingevulde VTE in % van het toegekende contingent, telkens in het vierde kwartaal, afgeleid uit de open data (maatwerkbedrijven in Vlaanderen en Brussel). In het vierde kwartaal staat volgens de derde partij doorgaans het minste contingent open: deze reeks ligt daardoor wellicht hoger dan een jaargemiddelde en is niet te vergelijken met de gemiddelde invulling van 92% over 2019-2023 of de stijgende tendens uit de beleidsnota.",
    datasets: ["cmw-kwartaal"],
    // The inputs of the fill rate come along only so the frame cites the open data; the chart draws the rate.
    select: `*, ${yearOf("period")} AS year`,
    where: "measure IN ('vullingsgraad', 'contingent_toegekend_vte', 'ingevuld_vte')",
    order: "measure DESC, period",
    series: "measure",
    lines: [{key: "vullingsgraad", label: "Vullingsgraad, vierde kwartaal (afgeleid)"}],
    yLabel: "Vullingsgraad (%)",
    yDomain: [85, 100],
    unit: "%",
    apart: (period) => !period.endsWith("K4"),
    // The thresholds of the yearly redistribution of the contingent (per maatwerkbedrijf, not for the sector).
    references: [
      {value: 95, label: "Boven 95%:\nkan contingent\nbijkrijgen", color: palette.green},
      {value: 90, label: "Onder 90%:\nverliest\ncontingent", color: palette.orange}
    ],
    describeMore: () =>
      "In het vierde kwartaal staat doorgaans het minste contingent open, dus deze cijfers liggen wellicht hoger dan een gemiddelde over het jaar. Ze zijn niet te vergelijken met de gemiddelde invulling van 92% over 2019-2023 die de beleidsnota 2024-2029 noemt. Referentielijnen: 90% en 95%, de grenzen voor de herverdeling van het contingent per maatwerkbedrijf.",
    notes: [
      "Afgeleid: ingevulde VTE gedeeld door het toegekende contingent (VTE) × 100, op één decimaal, uit de kwartaalsommen van de open data cmw03 (som door een derde partij, betrouwbaarheid medium).",
      "Alleen het vierde kwartaal van elk jaar is als som beschikbaar, plus 2026 K1 (open punt, een eerste kwartaal, niet met de lijn verbonden). Volgens de derde partij stond in 2025 in het eerste tot derde kwartaal 1.694 tot 2.211 VTE open, in het vierde 904 VTE: de vullingsgraad van het vierde kwartaal ligt hoger dan die van de andere kwartalen. Geen openbare bron geeft de kwartaalsommen van het eerste tot derde kwartaal.",
      "De beleidsnota 2024-2029 noemt een gemiddelde invulling van 92% over 2019-2023 met een stijgende tendens (dataset cmw-bezetting, kaart op het Overzicht). Ze zegt niet over welke perioden dat gemiddelde loopt; het staat daarom niet in deze grafiek. Dat deze vierde kwartalen tussen 2019 en 2023 dalen, spreekt die tendens niet tegen: het is een andere maatstaf.",
      "De grenzen van 90% en 95% gelden per maatwerkbedrijf bij de herverdeling van het contingent (toelichting van HERWIN, herwin.be), niet voor de sector als geheel: een gemiddelde boven 90% betekent niet dat elk bedrijf erboven zit."
    ],
    fiche: "cmw-bezetting"
  },
  {
    id: "cmw-grootteklassen",
    title: "Maatwerkbedrijven naar grootte, 2019-2021",
    subtitle:
      "Aantal ondernemingen, naar het aantal doelgroepwerknemers collectief maatwerk (VTE) dat er actief is; maatwerkbedrijven in collectief maatwerk",
    datasets: ["cmw-bedrijven-grootte"],
    order: "year, size_class",
    type: "grouped-bars",
    panel: "size_class",
    bar: "year",
    describeMore: () => "De bron publiceert geen totaal."
  },
  {
    id: "cmw-bedrijven-provincie",
    title: "Maatwerkbedrijven per provincie, 2023",
    subtitle:
      "Aantal maatwerkbedrijven, Vlaamse provincies en Brussel, volgens de beleidsnota Sociale Economie 2024-2029",
    datasets: ["cmw-maatwerkbedrijven"],
    where: "measure = 'beleidsnota' AND year = 2023 AND province <> 'totaal'",
    order: "value DESC, province",
    type: "bars",
    category: "province",
    sort: "value",
    describeMore: () => "De beleidsnota geeft voor 2023 geen totaal."
  },
  {
    type: "series",
    id: "cmw-bedrijven-telling",
    title: "Aantal maatwerkbedrijven volgens drie tellingen",
    subtitle:
      "Aantal bedrijven; elke bron telt anders (met of zonder maatwerkafdelingen, Vlaams Gewest of ook Brussel): geen samenhangende reeks",
    datasets: ["cmw-maatwerkbedrijven"],
    where: "province = 'totaal'",
    order: "year, measure",
    series: "measure",
    lines: [
      {key: "beleidsnota", labelBelow: true},
      {key: "jaarrapport_2019", symbol: "square"},
      {key: "erkend_met_afdelingen", symbol: "diamond", labelBelow: true}
    ],
    describeMore: () => "Elke bron telt anders; de tellingen vormen samen geen reeks en worden niet samengevoegd.",
    notes: ["De beleidsnota geeft 2019 en 2024; de jaren daartussen zijn niet gepubliceerd en worden niet verbonden."]
  },
  {
    type: "series",
    id: "cmw-werknemers-jaar",
    title: "Werknemers in collectief maatwerk",
    subtitle: "Aantal personen, per bron en telling; maatwerkbedrijven in Vlaanderen (en Brussel, waar vermeld)",
    datasets: ["cmw-werknemers"],
    order: "year, measure",
    series: "measure",
    lines: [
      {key: "werknemers_cmw"},
      {key: "doelgroepwerknemers_vg", symbol: "square", labelBelow: true},
      {key: "tewerkgesteld_gemiddeld", symbol: "diamond", labelBelow: true}
    ],
    // 2024 is not a full year in the source (footnote ‘Data 2019-2023 op jaarbasis’): drawn apart, not joined.
    apart: (period) => period === "2024",
    describeMore: () =>
      "2024 is vermoedelijk geen volledig jaar (de bron geeft alleen 2019-2023 ‘op jaarbasis’). De drie tellingen worden niet samengevoegd."
  },
  {
    id: "cmw-wachtenden-provincie",
    title: "Werkzoekenden met een advies collectief maatwerk, per provincie",
    subtitle:
      "Aantal werkzoekenden zonder werk met een advies collectief maatwerk, zonder lager advies (VDAB), naar provincie van de woonplaats",
    datasets: ["cmw-wachtenden"],
    select: `*, ${yearOf("period")} AS year`,
    order: "period, province",
    type: "stacked-bars",
    part: "province",
    total: "totaal",
    notes: [
      "Het getal boven elke staaf is het gepubliceerde totaal.",
      "De referentiemaand binnen het jaar staat niet in de bron. Voor 2025 staat hier alleen het totaal van augustus 2025 (grijze staaf); de verdeling over de provincies voor 2025 in bijlage 1 is niet gelezen.",
      "Elders: woonplaats buiten Vlaanderen en Brussel.",
      "Geen wachtlijst in strikte zin: niet iedereen met dit advies is op dat moment bemiddelbaar."
    ]
  },
  {
    id: "cmw-groeipad-voortgang",
    title: "Groeipad: extra plaatsen tegenover de doelstelling",
    subtitle:
      "Plaatsen; doelstelling van de beleidsnota 2024-2029 voor de sociale economie, in het bijzonder collectief maatwerk, en de eerste fase van 2025",
    datasets: ["cmw-groeipad"],
    // The frame states the period the chart covers: the legislature. Each row keeps its own period in "fase".
    select: "'2024-2029' AS period, period AS fase, measure, value, source_id, source_section, source_url",
    order: sqlOrder("measure", [
      "doel_extra_plaatsen",
      "plaatsen_opengesteld",
      "vte_toegekend",
      "maatwerkbedrijven_toegekend"
    ]),
    type: "bars",
    category: "measure",
    bars: ["doel_extra_plaatsen", "plaatsen_opengesteld"],
    // The VTE granted are no places: written under the places opened, not drawn on the same axis.
    caption: {under: "plaatsen_opengesteld", text: grantedCaption},
    // Each row's own period (the phase), where the query's period is the legislature the chart covers.
    table: {fase: "Periode"},
    notes: [
      "De samenvatting van de beleidsnota spreekt van ‘minstens 1.000 extra plaatsen bij de maatwerkbedrijven’. Het is een doelstelling voor de legislatuur, geen realisatie."
    ]
  }
];
