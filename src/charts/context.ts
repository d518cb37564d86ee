// Context figures from the text of the beleidsnota 2024-2029 (dataset context-arbeidsmarkt): each a figure of
// its own year and unit, shown as key figures, never as a series.
import {formatNumber, formatPercent} from "../components/format.js";
import {sqlList, sqlOrder} from "./sql.js";
import type {ChartInput} from "./types.js";

/** The figures drawn, in order: the target group first, then the labour market around it. */
const measures = [
  "vdab_personen_arbeidsbeperking",
  "vdab_nwwz_arbeidsbeperking",
  "vdab_nwwz_arbeidsbeperking_aandeel",
  "werkloosheidsgraad",
  "vacaturegraad_vlaanderen",
  "vacaturegraad_eu"
];

export const contextCharts: ChartInput[] = [
  {
    type: "key-figures",
    id: "context-arbeidsmarkt",
    title: "Context: personen met een arbeidsbeperking bij VDAB en de arbeidsmarkt",
    subtitle:
      "Losse cijfers uit de tekst van de Beleidsnota Sociale Economie 2024-2029, elk met zijn eigen jaar; Vlaanderen, behalve de vacaturegraad van de Europese Unie (gemiddelde)",
    datasets: ["context-arbeidsmarkt"],
    where: `measure IN (${sqlList(measures)})`,
    order: sqlOrder("measure", measures),
    // As the beleidsnota writes them: counts are rounded ("ongeveer 202.000"), percentages as printed.
    figure: (r) =>
      r.unit === "pct"
        ? formatPercent(Number(r.value), Number.isInteger(Number(r.value)) ? 0 : 1)
        : `ongeveer ${formatNumber(Number(r.value))}`,
    // The beleidsnota is dated 15 November 2024: a figure it gives for 2024 covers part of that year at most.
    caption: (r) =>
      String(r.period) === "2024"
        ? "in 2024 (nota van 15 november 2024: geen volledig jaar)"
        : `in ${String(r.period)}`,
    describeMore: () => "Het zijn losse cijfers uit de beleidsnota, elk met zijn eigen jaar, geen reeks.",
    notes: [
      "De beleidsnota schrijft ‘ongeveer 202.000 personen’ en ‘ongeveer 34.400’ werkzoekenden (17%) voor 2023. ‘Personen met een arbeidsbeperking gekend bij VDAB’ is een andere groep dan ‘personen met hinder’ in de EAK hierboven.",
      "De vacaturegraad komt uit de Job Vacancy Survey (2023); de werkloosheidsgraad geldt voor 15- tot 64-jarigen (2024). De beleidsnota geeft geen reeks: de cijfers staan los en worden niet met elkaar of met andere jaren vergeleken."
    ]
  }
];
