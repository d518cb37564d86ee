import {palette} from "../grammar/palette.js";
import {formatNumber} from "../components/format.js";
import {sqlList, sqlOrder} from "./sql.js";
import type {ChartInput, SeriesStyle} from "./types.js";

/** The small werkvormen: LDE throughout, arbeidszorg until March 2021, AMA from April 2021. */
const werkvormen: SeriesStyle[] = [
  {key: "lde_doelgroepwerknemers", color: palette.green},
  {key: "arbeidszorg_doelgroepwerknemers", color: palette.purple},
  {key: "ama_doelgroepwerknemers", color: palette.orange}
];

/** The whole social economy (its 2015 figure by the old methodology apart) and its largest part, CMW. */
const totals: SeriesStyle[] = [
  {key: "se_doelgroepwerknemers", color: palette.blue},
  {key: "se_doelgroepwerknemers_oude_methode", color: palette.grey, open: true},
  // Not orange: on the same page orange is AMA in the chart of the small werkvormen.
  {key: "cmw_doelgroepwerknemers", color: palette.pine}
];

export const ldeAmaCharts: ChartInput[] = [
  {
    type: "series",
    id: "lde-contingent",
    title: "Lokale diensteneconomie: toegekend contingent",
    subtitle: "Voltijdsequivalenten (VTE), jaargemiddelde, lokale diensteneconomie, Vlaanderen",
    datasets: ["lde-contingent"],
    order: "year",
    lines: [{key: "contingent", color: palette.green}],
    mark: "columns",
    digits: 1
  },
  {
    id: "lde-bedrijven-grootte",
    title: "Lokale diensteneconomie: ondernemingen naar grootte",
    subtitle:
      "Aantal ondernemingen per klasse van actieve doelgroepwerknemers (VTE), lokale diensteneconomie, Vlaanderen",
    datasets: ["lde-bedrijven-grootte"],
    order: "year, size_class",
    type: "grouped-bars",
    // One panel per class, a bar per year: the classes are never stacked (the source gives no total per year).
    panel: "size_class",
    bar: "year"
  },
  {
    id: "lde-arbeidszorg-contingent",
    title: "Arbeidszorg: beschikbaar contingent per type",
    subtitle:
      "VTE (1 VTE = 30 uur per week), arbeidszorg in de sociale economie, Vlaanderen, 2015 tot het eerste kwartaal van 2021",
    datasets: ["arbeidszorg-contingent"],
    order: "care_type, period",
    type: "allocation",
    series: "care_type",
    // Activerende arbeidszorg was granted per allocation period, with the dates the answer prints.
    spans: {
      "2018-2019": {start: "2018-07-16", end: "2019-10-16", label: "16/7/2018 – 15/10/2019"},
      "2019-2020": {start: "2019-10-16", end: "2021-01-01", label: "16/10/2019 – 31/12/2020"}
    },
    describeMore: () =>
      "Vanaf het tweede kwartaal van 2021 zijn de drie vormen geïntegreerd in AMA WSE; de reeks loopt niet verder."
  },
  {
    id: "lde-arbeidszorg-bedrijven",
    title: "Arbeidszorg: ondernemingen per type en naar grootte, 2020",
    subtitle: "Aantal ondernemingen per klasse van actieve arbeidszorgmedewerkers (VTE), Vlaanderen, 2020",
    datasets: ["arbeidszorg-bedrijven"],
    order: "care_type, size_class",
    type: "grouped-bars",
    // One panel per type: types are not summed (a company may offer several).
    panel: "care_type",
    bar: "size_class",
    color: "panel"
  },
  {
    type: "key-figures",
    id: "lde-ama-2023",
    title: "Arbeidsmatige activiteiten in de sociale economie (AMA WSE), 2023",
    subtitle:
      "Deelnemers (personen), contingent (VTE) en maatwerkbedrijven en samenwerkingsverbanden (aantal), Vlaanderen, 2023",
    datasets: ["ama-2023"],
    order: sqlOrder("measure", ["deelnemers", "contingent", "organisaties"]),
    // Each figure has its own unit: written one under the other, not as bars on a shared axis.
    figure: (r) => formatNumber(Number(r.value)),
    caption: (r) => `in ${String(r.year)}`,
    describeMore: () => "Drie maatstaven met elk een eigen eenheid; ze worden niet tegen elkaar afgezet."
  },
  {
    type: "series",
    id: "lde-doelgroepwerknemers",
    title: "Doelgroepwerknemers in de lokale diensteneconomie, de arbeidszorg en de arbeidsmatige activiteiten",
    subtitle: "Personen, Vlaams Gewest; arbeidszorg tot maart 2021, arbeidsmatige activiteiten vanaf april 2021",
    datasets: ["se-doelgroepwerknemers"],
    where: `measure IN (${sqlList(werkvormen.map((l) => l.key))})`,
    order: "year, measure",
    series: "measure",
    // Arbeidszorg (until March 2021) and AMA (from April 2021) are different measures: never one line.
    lines: werkvormen,
    yLabel: "Doelgroepwerknemers (personen)",
    describeMore: () =>
      "Arbeidszorg werd in april 2021 arbeidsmatige activiteiten, met een andere registratie: de twee cijfers zijn niet vergelijkbaar.",
    notes: [
      "Per werkvorm zijn alleen 2020 en 2021 als getal gevonden.",
      "De maatregel lokale diensteneconomie liep af op 1 juli 2023; de organisaties konden overstappen naar collectief of individueel maatwerk."
    ]
  },
  {
    type: "series",
    id: "lde-se-doelgroepwerknemers",
    title: "Doelgroepwerknemers in de sociale economie en in collectief maatwerk",
    subtitle: "Personen, Vlaams Gewest; 2015 volgens de oude methodologie",
    datasets: ["se-doelgroepwerknemers"],
    where: `measure IN (${sqlList(totals.map((l) => l.key))})`,
    order: "year, measure",
    series: "measure",
    lines: totals,
    yLabel: "Doelgroepwerknemers (personen)",
    notes: ["Het cijfer voor 2015 (oude methodologie) staat als open bolletje los van de lijn."]
  }
];
