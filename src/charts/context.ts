// Context figures from the text of the beleidsnota 2024-2029 (dataset context-arbeidsmarkt): each a figure of
// its own year and unit, shown as key figures, never as a series.
import {formatNumber, formatPercent} from "../components/format.js";
import {keyFigureInk, keyFiguresChart} from "../grammar/key-figures.js";
import type {KeyFigureRow} from "../grammar/key-figures.js";
import {toColumnsWithSource} from "./table-columns.js";
import type {ChartDefinition, Row} from "./types.js";

/** What each figure counts, in the order drawn: the target group first, then the labour market around it. */
const contextLabels: Record<string, string> = {
  vdab_personen_arbeidsbeperking: "personen met een arbeidsbeperking gekend bij VDAB",
  vdab_nwwz_arbeidsbeperking: "van hen werkzoekend zonder werk",
  vdab_nwwz_arbeidsbeperking_aandeel: "van de personen met een arbeidsbeperking bij VDAB is werkzoekend zonder werk",
  werkloosheidsgraad: "werkloosheidsgraad van 15- tot 64-jarigen in Vlaanderen",
  vacaturegraad_vlaanderen: "vacaturegraad in Vlaanderen (Job Vacancy Survey)",
  vacaturegraad_eu: "vacaturegraad gemiddeld in de Europese Unie"
};

function toFigure(r: Row): Row & KeyFigureRow {
  const value = Number(r.value);
  const percent = r.unit === "pct";
  return {
    ...r,
    value,
    figure: percent ? formatPercent(value, Number.isInteger(value) ? 0 : 1) : `ongeveer ${formatNumber(value)}`,
    label: contextLabels[String(r.measure)] ?? String(r.measure),
    period: `in ${String(r.period)}`
  };
}

function describeContext(data: Row[]): string {
  const figures = data.map((d) => `${String(d.figure)} ${String(d.label)} ${String(d.period)}`);
  return `Contextcijfers uit de beleidsnota Sociale Economie 2024-2029, elk met zijn eigen jaar: ${figures.join("; ")}. Het zijn losse cijfers, geen reeks.`;
}

export const contextCharts: ChartDefinition[] = [
  {
    id: "context-arbeidsmarkt",
    title: "Context: personen met een arbeidsbeperking bij VDAB en de arbeidsmarkt",
    subtitle:
      "Losse cijfers uit de tekst van de Beleidsnota Sociale Economie 2024-2029, elk met zijn eigen jaar; Vlaanderen",
    datasets: ["context-arbeidsmarkt"],
    sql: `SELECT period, measure, unit, value, source_id, source_section, source_url
FROM context_arbeidsmarkt
WHERE shown = 'ja' AND measure IN (${Object.keys(contextLabels)
      .map((m) => `'${m}'`)
      .join(", ")})
ORDER BY CASE measure ${Object.keys(contextLabels)
      .map((m, i) => `WHEN '${m}' THEN ${i}`)
      .join(" ")} END`,
    toData: (rows) => rows.map(toFigure),
    render: (data, options) =>
      keyFiguresChart(
        data.map((d) => ({figure: String(d.figure), label: String(d.label), period: String(d.period)})),
        {
          ...options,
          ariaLabel: "Contextcijfers: personen met een arbeidsbeperking bij VDAB en de arbeidsmarkt",
          ariaDescription: describeContext(data)
        }
      ),
    describe: describeContext,
    legend: [{label: "Gepubliceerd cijfer (afgerond zoals in de bron)", color: keyFigureInk}],
    table: toColumnsWithSource(
      ["period", "Periode", "text"],
      ["label", "Maatstaf", "text"],
      ["figure", "Cijfer", "text"]
    ),
    notes: [
      "De beleidsnota schrijft ‘ongeveer 202.000 personen’ en ‘ongeveer 34.400’ werkzoekenden (17%) voor 2023. ‘Personen met een arbeidsbeperking gekend bij VDAB’ is een andere groep dan ‘personen met hinder’ in de EAK hierboven.",
      "De vacaturegraad komt uit de Job Vacancy Survey (2023); de werkloosheidsgraad geldt voor 15- tot 64-jarigen (2024). De beleidsnota geeft geen reeks: de cijfers staan los en worden niet met elkaar of met andere jaren vergeleken."
    ],
    fiche: "context-arbeidsmarkt"
  }
];
