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
    period: "year",
    x: "period",
    series: "group",
    // The groups overlap (one person can be in several): lines side by side, never stacked.
    lines: [
      {key: "kortgeschoolden", color: palette.blue},
      {key: "allochtonen", color: palette.purple},
      {key: "50-plussers", color: palette.green, labelBelow: true},
      {key: "pmah", color: palette.orange}
    ],
    yLabel: "Niet-werkende werkzoekenden",
    labels: "ends",
    describeMore: (rows) => {
      const years = new Set(rows.map((r) => Number(r.year)));
      const [first, last] = [Math.min(...years), Math.max(...years)];
      const missing = Array.from({length: last - first + 1}, (_, i) => first + i).filter((y) => !years.has(y));
      return [
        "De groepen overlappen en worden niet opgeteld.",
        missing.length ? `Niet gepubliceerd: ${missing.map((y) => `juni ${y}`).join(", ")}.` : ""
      ].join(" ");
    },
    notes: [
      "De groepen overlappen: één werkzoekende kan tot meerdere kansengroepen behoren. Tel ze niet op.",
      "Juni 2009 staat niet in de tabel; de lijnen zijn daar onderbroken.",
      "De daling bij personen met een arbeidshandicap is volgens de beleidsbrief ‘vooral het gevolg van een administratieve uitzuivering van de categorie’.",
      "De procentuele veranderingen in de bron (2008-2012, 2011-2012) zijn niet overgenomen. Bron van de tabel: VDAB, bewerking Departement WSE."
    ]
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
      "Elke werkzoekende staat in precies één combinatie; de zestien combinaties tellen op tot het gepubliceerde totaal van 189.422 (de build controleert dat).",
      "Links per combinatie de vier kenmerken: een volle stip als de combinatie het kenmerk heeft, een open cirkel als niet.",
      "De kolom ‘%’ van de bron (aandeel in het totaal) is niet overgenomen. Bron van de tabel: VDAB, bewerking Departement WSE."
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
    dot: "period",
    band: "breakdown",
    highlight: "met-arbeidshandicap",
    columns: "all",
    describeMore: () => "Het cijfer voor 2012 is een gemiddelde over het eerste semester.",
    notes: [
      "2010 en 2011: gemiddelde over twaalf maanden; 2012: gemiddelde over de eerste zes maanden, dus niet volledig vergelijkbaar.",
      "De groepen naar werkloosheidsduur zijn genest: wie langer dan 5 jaar werkzoekend is, zit ook in ‘langer dan 1 jaar’ en ‘langer dan 2 jaar’.",
      "Kansen zijn percentages van elke groep en tellen niet op. Bron: Tabel 4 van de Beleidsbrief Sociale Economie 2012-2013."
    ]
  },
  {
    id: "werkzoekenden-se-advies",
    title: "Werkzoekenden met een advies sociale economie",
    subtitle: "Aantal geïndiceerde werkzoekenden bij de VDAB per advies, 2022 (peildatum niet vermeld), Vlaanderen",
    datasets: ["werkzoekenden-se-advies"],
    select: allWithTablePlace,
    order: "value DESC",
    type: "bars",
    category: "advice",
    describeMore: () => "Peildatum niet vermeld. Voor arbeidszorg geeft de bron geen aantal.",
    notes: [
      "Het antwoord op de schriftelijke vraag van 26 januari 2022 spreekt van ‘op dit moment’ en noemt geen peildatum; de periode 2022 volgt uit de datum van de vraag.",
      "Niet iedereen met een advies collectief maatwerk is op dit moment bemiddelbaar: een groot deel van de adviezen komt uit automatische omzettingen van oude rechten.",
      "Arbeidszorg: het antwoord geeft geen aantal (‘formeel niet van toepassing’)."
    ]
  }
];
