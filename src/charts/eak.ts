import type {EmploymentRate} from "../components/charts/employment-gap.js";
import {describeEmploymentGap, employmentGapChart, employmentSeries} from "../components/charts/employment-gap.js";
import type {ChartDefinition, Row} from "./types.js";

const eakBreaks = [
  {period: "2017", label: "breuk EAK 2017"},
  {period: "2021", label: "breuk EAK 2021"}
];

export const eakCharts: ChartDefinition[] = [
  {
    id: "eak-kloof",
    title: "Werkzaamheidsgraad en kloof: personen met hinder tegenover de totale bevolking",
    subtitle: "Aandeel werkenden (%), 20-64 jaar, Vlaams Gewest; kloof in procentpunt (ppt)",
    datasets: ["eak-werkzaamheid"],
    sql: `SELECT year, "group", value, source_id, source_section, source_url
FROM eak_werkzaamheid
WHERE shown = 'ja' AND "group" IN ('totaal', 'hinder', 'kloof')
ORDER BY year, "group"`,
    period: "year",
    toData: (rows: Row[]) =>
      rows.map((r) => ({...r, year: Number(r.year), group: String(r.group), value: Number(r.value)})) as (Row &
        EmploymentRate)[],
    render: (data, options) => employmentGapChart(data as unknown as EmploymentRate[], {...options, breaks: eakBreaks}),
    describe: (data) => describeEmploymentGap(data as unknown as EmploymentRate[]),
    legend: employmentSeries.map(({label, color}) => ({label, color})),
    table: [
      {name: "year", label: "Jaar", format: "year"},
      {name: "group", label: "Groep", format: "text"},
      {name: "value", label: "Waarde", format: "number"},
      {name: "source_section", label: "Bron (plaats)", format: "text"}
    ],
    notes: [
      "De EAK stelde de hindervraag vóór 2011 enkel in 2002, 2007, 2009, 2010 en 2011; jaren zonder gepubliceerd cijfer blijven leeg.",
      "Breuken in de reeks: hervorming van de EAK in 2017 (roterend panel) en nieuwe vragenlijst in 2021 (EU-verordening 2019/1700).",
      "De kloof is totaal min personen met hinder (afgeleid); voor 2023 komt ze overeen met de gepubliceerde 29,5 ppt."
    ],
    fiche: "eak-werkzaamheid"
  }
];
