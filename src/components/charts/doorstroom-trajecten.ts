import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "./doorstroom-lde-shared.js";
import {ink} from "../../grammar/palette.js";

/** One published figure on doorstroomtrajecten (dataset doorstroom-trajecten). */
export interface Traject {
  period: string;
  programme: string;
  measure: string;
  value: number;
}

export const trajectProgrammes = [
  {programme: "lde", label: "Lokale diensteneconomie (LDE)", short: "LDE", color: palette.green},
  {programme: "cmw", label: "Collectief maatwerk (CMW)", short: "CMW", color: palette.blue}
] as const;

/** The outcomes, in the order of the answer (7f ii-iv); the unit is in the label because it differs. */
export const trajectOutcomes = [
  {measure: "naar_nec_vacature", label: "Naar een vacature in het NEC (personen)"},
  {measure: "zonder_nec_start", label: "Traject zonder start in het NEC (personen)"},
  {measure: "evaluatie_zonder_start", label: "Evaluatie, geen start doorstroom (dossiers)"},
  {measure: "orientatie_cmw", label: "… waarvan oriëntatie naar CMW (dossiers)"}
] as const;

const programmeLabel = (code: string) => trajectProgrammes.find((p) => p.programme === code)?.label ?? code;
const programmeShort = (code: string) => trajectProgrammes.find((p) => p.programme === code)?.short ?? code;
const outcomeLabel = (code: string) => trajectOutcomes.find((o) => o.measure === code)?.label ?? code;
const colors = {domain: trajectProgrammes.map((p) => p.label), range: trajectProgrammes.map((p) => p.color)};

/** Started trajectories per year, LDE and CMW side by side. */
export function doorstroomTrajectenChart(rows: Traject[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const {width = 640, height = 300, document} = options;
  const started = rows.filter((r) => r.measure === "gestart");
  const periods = [...new Set(started.map((r) => r.period))].sort();
  const max = Math.max(...started.map((r) => r.value));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginTop: 40,
    // Years above the panels, the programme under each bar: which bar is which without the colour.
    fx: {domain: periods, label: null, padding: 0.15, axis: "top"},
    x: {domain: trajectProgrammes.map((p) => p.programme), tickFormat: programmeShort, label: null, padding: 0.1},
    y: {domain: [0, Math.ceil((max * 1.12) / 50) * 50], grid: true, label: "Opgestarte trajecten"},
    color: colors,
    ariaLabel: "Opgestarte doorstroomtrajecten per jaar, LDE en collectief maatwerk",
    ariaDescription: describeDoorstroomTrajecten(rows),
    marks: [
      Plot.barY(started, {
        fx: "period",
        x: "programme",
        y: "value",
        fill: (d: Traject) => programmeLabel(d.programme),
        tip: true,
        title: (d: Traject) => `${programmeLabel(d.programme)}, ${d.period}: ${formatNumber(d.value)} trajecten`
      }),
      Plot.text(started, {
        fx: "period",
        x: "programme",
        y: "value",
        text: (d: Traject) => formatNumber(d.value),
        dy: -7,
        fill: ink.text,
        fontSize: 11
      }),
      Plot.ruleY([0])
    ]
  });
}

export function describeDoorstroomTrajecten(rows: Traject[]): string {
  const started = rows.filter((r) => r.measure === "gestart").sort((a, b) => a.period.localeCompare(b.period));
  const parts = trajectProgrammes.flatMap(({programme, short}) => {
    const series = started.filter((r) => r.programme === programme);
    if (!series.length) return [];
    return [`${short}: ${series.map((r) => `${formatNumber(r.value)} in ${r.period}`).join(", ")}.`];
  });
  return `Opgestarte doorstroomtrajecten per jaar. ${parts.join(" ")}`.trim();
}

/**
 * The outcomes over 2019-2021: one bar per published figure, LDE above CMW. The figures are not stacked or
 * summed: their units differ (persons, dossiers), the source gives no totals, and the 83 dossiers oriented
 * towards CMW are part of the 128, drawn as an indented row.
 */
export function doorstroomAfloopChart(rows: Traject[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const {width = 640, height = 300, document} = options;
  const outcomes = rows
    .filter((r) => trajectOutcomes.some((o) => o.measure === r.measure))
    .sort(
      (a, b) =>
        trajectProgrammes.findIndex((p) => p.programme === a.programme) -
          trajectProgrammes.findIndex((p) => p.programme === b.programme) ||
        trajectOutcomes.findIndex((o) => o.measure === a.measure) -
          trajectOutcomes.findIndex((o) => o.measure === b.measure)
    );
  const rowLabel = (d: Traject) => `${programmeShort(d.programme)}: ${outcomeLabel(d.measure)}`;
  const max = Math.max(...outcomes.map((r) => r.value));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: Math.min(300, width * 0.45),
    marginRight: 40,
    marginBottom: 40,
    x: {domain: [0, Math.ceil((max * 1.1) / 50) * 50], grid: true, label: "Aantal (personen of dossiers)"},
    y: {domain: outcomes.map(rowLabel), label: null, padding: 0.25},
    color: colors,
    ariaLabel: "Afloop van de doorstroomtrajecten, LDE en collectief maatwerk",
    ariaDescription: describeDoorstroomAfloop(rows),
    marks: [
      Plot.barX(outcomes, {
        x: "value",
        y: rowLabel,
        fill: (d: Traject) => programmeLabel(d.programme),
        tip: true,
        title: (d: Traject) =>
          `${programmeLabel(d.programme)}, ${d.period}: ${outcomeLabel(d.measure)}: ${formatNumber(d.value)}`
      }),
      Plot.text(outcomes, {
        x: "value",
        y: rowLabel,
        text: (d: Traject) => formatNumber(d.value),
        textAnchor: "start",
        dx: 4,
        fill: ink.text,
        fontSize: 11
      }),
      Plot.ruleX([0])
    ]
  });
}

export function describeDoorstroomAfloop(rows: Traject[]): string {
  const value = (programme: string, measure: string) =>
    rows.find((r) => r.programme === programme && r.measure === measure)?.value;
  const parts = ["Afloop van de doorstroomtrajecten over de hele periode."];
  for (const {programme, short} of trajectProgrammes) {
    const nec = value(programme, "naar_nec_vacature");
    const without = value(programme, "zonder_nec_start");
    if (nec === undefined && without === undefined) continue;
    const text = [
      nec !== undefined
        ? `${formatNumber(nec)} personen stroomden na hun traject meteen door naar een vacature in het NEC`
        : "",
      without !== undefined ? `${formatNumber(without)} volgden een traject zonder aansluitende start in het NEC` : ""
    ].filter(Boolean);
    parts.push(`${short}: ${text.join("; ")}.`);
  }
  const evaluated = value("lde", "evaluatie_zonder_start");
  const oriented = value("lde", "orientatie_cmw");
  if (evaluated !== undefined)
    parts.push(
      `Binnen LDE kregen ${formatNumber(evaluated)} dossiers een evaluatie zonder start van doorstroom${oriented !== undefined ? `, waarvan ${formatNumber(oriented)} met een oriëntatie naar collectief maatwerk` : ""}.`
    );
  return parts.join(" ");
}
