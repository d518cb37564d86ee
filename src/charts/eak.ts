import type {EmploymentRate} from "../components/charts/employment-gap.js";
import {describeEmploymentGap, employmentGapChart, employmentSeries} from "../components/charts/employment-gap.js";
import {describeHinderShare, hinderColor, hinderShareChart} from "../components/charts/eak-groups.js";
import {drawWith} from "./draw-with.js";
import {toLegend} from "./legend.js";
import {sourceSectionWithoutRow} from "./sql.js";
import {toColumnsWithSource} from "./table-columns.js";
import type {ChartDefinition, Row} from "./types.js";

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
    render: (data, options) => employmentGapChart(data as unknown as EmploymentRate[], options),
    describe: (data, context) => describeEmploymentGap(data as unknown as EmploymentRate[], context?.breaks),
    legend: toLegend(employmentSeries),
    table: toColumnsWithSource(["year", "Jaar", "year"], ["group", "Groep", "text"], ["value", "Waarde", "number"]),
    notes: [
      "De EAK stelde de hindervraag vóór 2011 enkel in 2002, 2007, 2009, 2010 en 2011; jaren zonder gepubliceerd cijfer blijven leeg.",
      "De kloof is totaal min personen met hinder (afgeleid); voor 2023 komt ze overeen met de gepubliceerde 29,5 ppt."
    ],
    fiche: "eak-werkzaamheid"
  },
  {
    id: "eak-groepen",
    title: "Werkzaamheidsgraad van kansengroepen, 2002-2011",
    subtitle: "Aandeel werkenden (%), 20-64 jaar, Vlaams Gewest, per groep (Tabel 1 van de Beleidsbrief 2012-2013)",
    datasets: ["eak-werkzaamheid"],
    sql: `SELECT year, "group", value, source_id, ${sourceSectionWithoutRow}, source_url
FROM eak_werkzaamheid
WHERE shown = 'ja' AND year BETWEEN 2002 AND 2011 AND source_id = 'vp-2012-beleidsbrief-se'
  AND "group" IN ('totaal', 'leeftijd-50-54', 'leeftijd-55-64', 'laaggeschoold', 'hinder', 'niet-eu-burger', 'geboren-buiten-eu27')
ORDER BY year, "group"`,
    period: "year",
    type: "dot-rows",
    row: "group",
    dot: "year",
    highlight: "hinder",
    domain: [0, 100],
    table: toColumnsWithSource(
      ["year", "Jaar", "year"],
      ["group_label", "Groep", "text"],
      ["value", "Werkzaamheidsgraad (%)", "number"]
    ),
    notes: [
      "Tabel 1 geeft enkel 2002, 2007, 2010 en 2011; andere jaren hebben geen punt. Voor ‘Geboren buiten EU-27’ staat 2002 als ‘n.b.’ in de tabel.",
      "‘Arbeidsgehandicapt’ is de naam in Tabel 1 voor de groep die de grafiek van de kloof voor 2002-2011 ‘personen met hinder’ noemt. Of het dezelfde groep is als in het cijfer van 2023 (beleidsnota 2024-2029, hinder van zes maanden of langer), zeggen de bronnen niet. 50-54 jaar en 55-64 jaar zijn leeftijdsgroepen binnen de bevolking; ‘niet-EU-burger’ gaat over nationaliteit, ‘geboren buiten EU-27’ over geboorteland.",
      "Bron van de tabel: FOD Economie – ADSEI – EAK, bewerking Steunpunt WSE/Departement WSE. De kolom ‘2011-2010’ (verschil) is niet overgenomen."
    ],
    fiche: "eak-werkzaamheid"
  },
  {
    id: "eak-hinder-aandeel",
    title: "Aandeel van de bevolking met langdurige hinder",
    subtitle: "Aandeel (%) en aantal personen, 15-64 jaar, Vlaams Gewest",
    datasets: ["eak-hinder-aandeel"],
    sql: `SELECT year, measure, value, source_id, source_section, source_url
FROM eak_hinder_aandeel
WHERE shown = 'ja'
ORDER BY year, measure`,
    toData: (rows: Row[]) =>
      rows.map((r) => ({
        ...r,
        year: Number(r.year),
        measure: String(r.measure),
        label: r.measure === "aandeel" ? "Aandeel met hinder (% van 15-64 jaar)" : "Personen met hinder (afgerond)",
        value: Number(r.value)
      })),
    ...drawWith(hinderShareChart, describeHinderShare),
    legend: [{label: "Personen met langdurige hinder", color: hinderColor}],
    table: toColumnsWithSource(["year", "Jaar", "year"], ["label", "Maat", "text"], ["value", "Waarde", "number"]),
    notes: [
      "Andere leeftijdsgroep dan de werkzaamheidsgraad: 15-64 jaar, niet 20-64 jaar.",
      "Het aantal personen is afgerond; Steunpunt Werk schrijft ‘ongeveer 580 000’.",
      "Hinder: tenminste in enige mate en al minstens zes maanden hinder bij dagelijkse activiteiten door een handicap, chronische aandoening of ziekte (EAK). Volgens Steunpunt Werk ligt het aandeel sinds 2017 op hetzelfde niveau; de cijfers van die jaren zijn niet gepubliceerd in de gebruikte bronnen."
    ],
    fiche: "eak-hinder-aandeel"
  }
];
