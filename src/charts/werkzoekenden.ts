import {palette} from "../grammar/palette.js";
import {allWithTablePlace, yearOf} from "./sql.js";
import type {ChartInput} from "./types.js";

// Werkzoekenden en kansengroepen: Tabel 2-4 of the Beleidsbrief Sociale Economie 2012-2013 and the answer to
// written question 274 (2021-2022).

export const werkzoekendenCharts: ChartInput[] = [
  {
    type: "series",
    id: "werkzoekenden-risicogroepen",
    title: "Niet-werkende werkzoekenden uit kansengroepen, juni 2008-2012",
    subtitle: "Aantal niet-werkende werkzoekenden (NWWZ) in juni, per kansengroep, Vlaams Gewest",
    datasets: ["werkzoekenden-risicogroepen"],
    // The month is always June: the year is the period a reader can choose.
    select: `${allWithTablePlace}, ${yearOf("period")} AS year`,
    order: 'period, "group"',
    series: "group",
    // The groups overlap (one person can be in several): lines side by side, never stacked.
    lines: [
      {key: "kortgeschoolden", color: palette.blue},
      {key: "allochtonen", color: palette.purple},
      {key: "50-plussers", color: palette.green, labelBelow: true},
      {key: "pmah", color: palette.orange}
    ],
    labels: "ends",
    describeMore: () => "De groepen overlappen en worden niet opgeteld.",
    notes: ["Juni 2009 staat niet in de tabel; de lijnen zijn daar onderbroken."]
  },
  {
    id: "werkzoekenden-combinaties",
    title: "Hoe kansengroepkenmerken samen voorkomen bij werkzoekenden",
    subtitle: "Aantal niet-werkende werkzoekenden per combinatie van vier kenmerken, juni 2012, Vlaams Gewest",
    datasets: ["werkzoekenden-combinaties"],
    select: allWithTablePlace,
    order: "value DESC",
    type: "combinations",
    traits: ["foreign_origin", "disability", "age_50_plus", "low_educated"],
    highlight: "disability",
    notes: [
      "Elke werkzoekende staat in precies één combinatie.",
      "Links per combinatie de vier kenmerken: een volle stip als de combinatie het kenmerk heeft, een open cirkel als niet."
    ]
  },
  {
    id: "werkzoekenden-werkkans",
    title: "Kans op werk van werkzoekenden per groep, 2010-2012",
    subtitle:
      "Aandeel niet-werkende werkzoekenden dat in de loop van een maand aan het werk gaat (%), gemiddelde per periode, Vlaams Gewest",
    datasets: ["werkzoekenden-werkkans"],
    select: allWithTablePlace,
    order: 'period, breakdown, "group"',
    type: "dot-rows",
    row: "group",
    band: "breakdown",
    highlight: "met-arbeidshandicap",
    columns: "all",
    describeMore: () => "Het cijfer voor 2012 is een gemiddelde over het eerste semester."
  },
  {
    id: "werkzoekenden-se-advies",
    title: "Werkzoekenden met een advies sociale economie",
    subtitle:
      "Aantal geïndiceerde werkzoekenden bij de VDAB per advies, Vlaanderen, volgens het antwoord op een vraag van 26 januari 2022 (peildatum niet vermeld)",
    datasets: ["werkzoekenden-se-advies"],
    select: allWithTablePlace,
    order: "value DESC",
    type: "bars",
    category: "advice",
    describeMore: () => "Peildatum niet vermeld. Voor arbeidszorg geeft de bron geen aantal."
  }
];
