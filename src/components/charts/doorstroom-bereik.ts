import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {palette} from "./doorstroom-lde-shared.js";
import {ink} from "../../grammar/palette.js";

/** One published figure of Tabel 5 (dataset doorstroom-bereik): a stock on 31/12 or a flow in the year. */
export interface ReachFigure {
  period: string;
  programme: string;
  measure: string;
  value: number;
}

/** Programmes with in- and outflow in Tabel 5; beschutte werkplaatsen have only a stock and are left out. */
export const reachProgrammes = [
  {programme: "sw", label: "Sociale werkplaatsen", short: "SW"},
  {programme: "invoeg_dc", label: "Invoeg: dienstencheque", short: "Invoeg DC"},
  {programme: "invoeg_ndc", label: "Invoeg: niet-dienstencheque", short: "Invoeg niet-DC"},
  {programme: "lde", label: "Lokale diensteneconomie", short: "LDE"},
  {programme: "arbeidszorg", label: "Arbeidszorg", short: "Arbeidszorg"}
] as const;

/** In the order of the year: the stock at the start, what came in, what went out, the stock at the end. */
export const reachSteps = [
  {key: "deelnemers_3112|2010", label: "Deelnemers op 31/12/2010", color: palette.grey},
  {key: "instroom|2011", label: "Instroom in 2011", color: palette.green},
  {key: "uitstroom|2011", label: "Uitstroom in 2011", color: palette.orange},
  {key: "deelnemers_3112|2011", label: "Deelnemers op 31/12/2011", color: palette.blue}
] as const;

const stepOf = (d: ReachFigure) => reachSteps.find((s) => s.key === `${d.measure}|${d.period}`);
const shortOf = (code: string) => reachProgrammes.find((p) => p.programme === code)?.short ?? code;
const programmeOf = (code: string) => reachProgrammes.find((p) => p.programme === code)?.label ?? code;

/** The steps of the year side by side per programme; the figures are as published, nothing is computed. */
export function doorstroomBereikChart(rows: ReachFigure[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const {width = 640, height = 320, document} = options;
  const drawn = rows.filter((r) => stepOf(r) && reachProgrammes.some((p) => p.programme === r.programme));
  const max = Math.max(...drawn.map((r) => r.value));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 52,
    marginTop: 20,
    fx: {
      domain: reachProgrammes.map((p) => p.programme),
      tickFormat: shortOf,
      label: null,
      padding: 0.12
    },
    x: {domain: reachSteps.map((s) => s.label), axis: null, padding: 0.08},
    y: {
      domain: [0, Math.ceil((max * 1.1) / 500) * 500],
      grid: true,
      label: "Personen",
      tickFormat: (d: number) => formatNumber(d)
    },
    color: {domain: reachSteps.map((s) => s.label), range: reachSteps.map((s) => s.color)},
    ariaLabel: "Deelnemers, instroom en uitstroom per programma, 2010-2011",
    ariaDescription: describeDoorstroomBereik(rows),
    marks: [
      Plot.barY(drawn, {
        fx: "programme",
        x: (d: ReachFigure) => stepOf(d)!.label,
        y: "value",
        fill: (d: ReachFigure) => stepOf(d)!.label,
        tip: true,
        title: (d: ReachFigure) => `${programmeOf(d.programme)}, ${stepOf(d)!.label}: ${formatNumber(d.value)} personen`
      }),
      Plot.text(drawn, {
        fx: "programme",
        x: (d: ReachFigure) => stepOf(d)!.label,
        y: "value",
        text: (d: ReachFigure) => formatNumber(d.value),
        dy: -6,
        fill: ink.text,
        fontSize: 8.5
      }),
      Plot.ruleY([0])
    ]
  });
}

export function describeDoorstroomBereik(rows: ReachFigure[]): string {
  const value = (programme: string, measure: string, period: string) =>
    rows.find((r) => r.programme === programme && r.measure === measure && r.period === period)?.value;
  const parts = ["Deelnemers op 31 december 2010 en 2011 en in- en uitstroom in 2011, per programma."];
  for (const {programme, label} of reachProgrammes) {
    const [start, inflow, outflow, end] = [
      value(programme, "deelnemers_3112", "2010"),
      value(programme, "instroom", "2011"),
      value(programme, "uitstroom", "2011"),
      value(programme, "deelnemers_3112", "2011")
    ];
    if ([start, inflow, outflow, end].some((v) => v === undefined)) continue;
    parts.push(
      `${label}: ${formatNumber(start!)} deelnemers eind 2010, ${formatNumber(inflow!)} instromers en ${formatNumber(outflow!)} uitstromers in 2011, ${formatNumber(end!)} deelnemers eind 2011.`
    );
  }
  return parts.join(" ");
}
