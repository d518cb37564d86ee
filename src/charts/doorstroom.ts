import {formatNumber} from "../components/format.js";
import type {ChartInput, Row} from "./types.js";

export const doorstroomCharts: ChartInput[] = [
  {
    id: "doorstroom-nec",
    title: "Uitstroom uit collectief maatwerk naar het normaal economisch circuit (NEC)",
    subtitle:
      "Uitstroom naar het NEC (%), collectief maatwerk, Vlaanderen; alleen 2023 gepubliceerd. De beleidsnota vermeldt de noemer niet",
    datasets: ["doorstroom-nec"],
    order: "year",
    type: "bars",
    category: "year",
    // A share of a whole the source does not name: the axis runs to 100%, with no remainder drawn.
    domain: [0, 100],
    describeMore: () =>
      "Volgens de beleidsnota, die de noemer niet vermeldt: van welk totaal dit een aandeel is, staat er niet bij.",
    notes: [
      "Vermoedelijk is het een aandeel van de uitgestroomde doelgroepwerknemers, maar dat is een lezing van de context: de beleidsnota zegt het niet."
    ]
  },
  {
    type: "series",
    id: "doorstroom-personen",
    title: "Personen die vanuit collectief maatwerk doorstromen naar het reguliere circuit",
    subtitle:
      "Aantal personen per jaar, doelgroepwerknemers collectief maatwerk, Vlaanderen; 2025: alleen het eerste halfjaar",
    datasets: ["doorstroom-personen"],
    order: "period",
    lines: [{key: "personen"}],
    mark: "columns",
    // A half year is not comparable with a full year: a striped column, apart.
    apart: (period) => /H[12]$/.test(period),
    describeMore: (rows) =>
      rows.some((r) => /H[12]$/.test(String(r.period)))
        ? "Een halfjaar (H1: eerste halfjaar) is niet vergelijkbaar met een vol jaar."
        : ""
  },
  {
    id: "doorstroom-trajecten",
    title: "Opgestarte doorstroomtrajecten in de lokale diensteneconomie en collectief maatwerk",
    subtitle: "Aantal opgestarte trajecten per jaar, doelgroepwerknemers LDE en collectief maatwerk, 2019-2021",
    datasets: ["doorstroom-trajecten"],
    where: "measure = 'gestart'",
    order: "period, programme",
    type: "grouped-bars",
    panel: "period",
    bar: "programme",
    color: "bar",
    notes: [
      "Binnen AMA WSE (het vroegere arbeidszorg) zijn er volgens het antwoord geen doorstroomtrajecten zoals in collectief maatwerk of de lokale diensteneconomie, wel jaarlijkse opvolgingen."
    ]
  },
  {
    id: "doorstroom-trajecten-afloop",
    title: "Afloop van doorstroomtrajecten en evaluaties in de lokale diensteneconomie en collectief maatwerk",
    subtitle:
      "Personen of dossiers (zie de rij), doelgroepwerknemers LDE en collectief maatwerk; periode niet vermeld in de bron (de vraag gaat over 2019-2021)",
    datasets: ["doorstroom-trajecten"],
    where: "measure <> 'gestart'",
    order: "programme, measure",
    type: "bars",
    // The outcomes of each programme in the order of the answer; units differ (persons, dossiers): no sums.
    category: ["programme", "measure"],
    color: "programme",
    describeMore: describePartOf
  },
  {
    id: "doorstroom-uitstroom-werk",
    title: "Uitstroom naar werk uit de programma's sociale economie, 2006-2011",
    subtitle:
      "Uitgestroomd naar werk (zes maanden na uittrede) in % van de uitgestroomden, per programma, Vlaanderen; nieuwe meting vanaf de cijfers van 2010",
    datasets: ["doorstroom-uitstroom-werk"],
    select: "year, measurement, programme, value, source_id, source_section, source_url",
    where: "measure = 'c_b1_pct' AND programme IN ('sw', 'invoeg_totaal', 'lde', 'arbeidszorg')",
    order: "programme, year, measurement DESC",
    type: "grouped-bars",
    // The measurement changed in 2010: both figures of 2010 stand side by side, each measurement its own colour.
    panel: "programme",
    bar: ["year", "measurement"],
    color: "measurement",
    unit: "%",
    describeMore: () =>
      "In 2011 veranderde de meting licht (een IBO telt sindsdien als uitstroom naar werk); de bron geeft 2010 volgens beide metingen en beide staan in de grafiek. Vergelijk geen cijfer van de oude met een van de nieuwe meting.",
    notes: [
      "De twee metingen van 2010 staan als twee staven naast elkaar, elke meting in haar eigen kleur.",
      "Beschutte werkplaatsen ontbreken: daar kon de uitstroom naar werk niet op dezelfde manier gemeten worden. De opsplitsing van invoeg (dienstencheque, niet-dienstencheque, collectieve invoeg) en de aantallen staan in de dataset.",
      "Deze programma's bestaan niet meer in deze vorm (collectief maatwerk vanaf 2019, AMA vanaf april 2021, einde van de lokale diensteneconomie op 1 juli 2023); de cijfers zijn niet vergelijkbaar met de recente doorstroomcijfers."
    ]
  },
  {
    id: "doorstroom-bereik",
    title: "Deelnemers, instroom en uitstroom per programma sociale economie, 2010-2011",
    subtitle: "Personen (koppen), doelgroepwerknemers; deelnemers op 31 december, in- en uitstroom in 2011, Vlaanderen",
    datasets: ["doorstroom-bereik"],
    where:
      "programme IN ('sw', 'invoeg_dc', 'invoeg_ndc', 'lde', 'arbeidszorg') AND measure IN ('deelnemers_3112', 'instroom', 'uitstroom')",
    order: "programme, period, measure",
    type: "grouped-bars",
    panel: "programme",
    bar: ["measure", "period"],
    color: "bar",
    notes: [
      "Beschutte werkplaatsen staan niet in de grafiek: Tabel 5 geeft voor hen alleen het aantal deelnemers (15.955 eind 2010 en 16.215 eind 2011) en de groei, geen in- en uitstroom.",
      "Uitstroom is iedereen die het programma verliet, niet alleen wie naar werk ging."
    ]
  }
];

/** The 83 dossiers oriented towards collectief maatwerk are part of the 128: said so, not summed. */
function describePartOf(rows: Row[]): string {
  const value = (measure: string) => rows.find((r) => r.programme === "lde" && r.measure === measure)?.value;
  const [evaluated, oriented] = [value("evaluatie_zonder_start"), value("orientatie_cmw")];
  if (evaluated === undefined || oriented === undefined) return "";
  return `Binnen LDE kregen ${formatNumber(Number(evaluated))} dossiers een evaluatie zonder start van doorstroom, waarvan ${formatNumber(Number(oriented))} met een oriëntatie naar collectief maatwerk.`;
}
