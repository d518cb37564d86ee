import {formatNumber, formatPercent} from "../components/format.js";
import {palette} from "../grammar/palette.js";
import {allWithTablePlace} from "./sql.js";
import type {ChartInput} from "./types.js";

export const eakCharts: ChartInput[] = [
  {
    type: "series",
    id: "eak-kloof",
    title: "Werkzaamheidsgraad en kloof: personen met hinder tegenover de totale bevolking",
    subtitle: "Aandeel werkenden (%), 20-64 jaar, Vlaams Gewest; kloof in procentpunt (ppt)",
    datasets: ["eak-werkzaamheid"],
    where: `"group" IN ('totaal', 'hinder', 'kloof')`,
    order: 'year, "group"',
    series: "group",
    lines: [{key: "totaal"}, {key: "hinder", labelBelow: true}],
    // The gap is derived (totaal min hinder): drawn as a bracket between the two rates, never as a line.
    bracket: {key: "kloof", label: "De kloof", between: ["totaal", "hinder"], unit: "ppt"},
    yDomain: [0, 100],
    labels: "ends",
    notes: [
      "Vóór 2011 stelde de EAK de vraag naar hinder enkel in 2002, 2007, 2009 en 2010, sinds 2011 in elke enquête (Samoy, Handicap en Arbeid, DWSE); voor 2009 is in de gebruikte bronnen geen cijfer gepubliceerd."
    ]
  },
  {
    id: "eak-groepen",
    title: "Werkzaamheidsgraad van kansengroepen, 2002-2011",
    subtitle: "Aandeel werkenden (%), 20-64 jaar, Vlaams Gewest, per groep (Tabel 1 van de Beleidsbrief 2012-2013)",
    datasets: ["eak-werkzaamheid"],
    select: allWithTablePlace,
    where: `year BETWEEN 2002 AND 2011 AND source_id = 'vp-2012-beleidsbrief-se' AND "group" IN ('totaal', 'leeftijd-50-54', 'leeftijd-55-64', 'laaggeschoold', 'hinder', 'niet-eu-burger', 'geboren-buiten-eu27')`,
    order: 'year, "group"',
    type: "dot-rows",
    row: "group",
    highlight: "hinder",
    domain: [0, 100],
    notes: [
      "Tabel 1 geeft enkel 2002, 2007, 2010 en 2011; andere jaren hebben geen punt.",
      "50-54 jaar en 55-64 jaar zijn leeftijdsgroepen binnen de bevolking; ‘niet-EU-burger’ gaat over nationaliteit, ‘geboren buiten EU-27’ over geboorteland."
    ]
  },
  {
    type: "key-figures",
    id: "eak-hinder-aandeel",
    title: "Aandeel van de bevolking met langdurige hinder",
    subtitle: "Aandeel (%) en aantal personen, 15-64 jaar, Vlaams Gewest",
    datasets: ["eak-hinder-aandeel"],
    order: "year, measure",
    // A figure, not a series: only 2023 is published. The number of persons is rounded in the source.
    figure: (r) =>
      r.measure === "aandeel" ? formatPercent(Number(r.value)) : `ongeveer ${formatNumber(Number(r.value))}`,
    caption: (r) => `in ${String(r.year)}, Vlaams Gewest`,
    share: (r) => (r.measure === "aandeel" ? Number(r.value) : undefined),
    color: palette.orange,
    describeMore: () => "Alleen dit jaar is gepubliceerd in de gebruikte bronnen; er is geen reeks.",
    notes: [
      "Hinder: tenminste in enige mate en al minstens zes maanden hinder bij dagelijkse activiteiten door een handicap, chronische aandoening of ziekte (EAK)."
    ]
  }
];
