import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {WerkzoekendenChartOptions} from "./werkzoekenden-groups.js";

/** Indicated jobseekers with a social-economy advice (dataset werkzoekenden-se-advies). */
export interface AdviceCount {
  period: string;
  advice: string;
  value: number;
}

export const advices = [
  {advice: "collectief-maatwerk", label: "Collectief maatwerk", color: "#1d4f91"},
  {advice: "lokale-diensteneconomie", label: "Lokale diensteneconomie", color: "#6a3d9a"}
] as const;

export function adviceLabel(advice: string): string {
  return advices.find((a) => a.advice === advice)?.label ?? advice;
}

/**
 * The number of indicated jobseekers per social-economy advice, one bar each with its count. Arbeidszorg has no
 * bar: the answer gives no number for it ("formeel niet van toepassing").
 */
export function adviceChart(rows: AdviceCount[], options: WerkzoekendenChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const data = advices.flatMap((a) => rows.filter((r) => r.advice === a.advice));
  const height = options.height ?? 60 + 46 * data.length;
  const max = Math.max(...data.map((d) => d.value));
  const narrow = width < 520;
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: narrow ? 110 : 160,
    marginRight: 56,
    marginTop: 16,
    marginBottom: 36,
    x: {
      label: "Geïndiceerde werkzoekenden",
      domain: [0, max * 1.02],
      grid: true,
      ticks: narrow ? 3 : 6,
      tickFormat: (d: number) => formatNumber(d)
    },
    y: {label: null, domain: data.map((d) => adviceLabel(d.advice)), padding: 0.3},
    color: {domain: advices.map((a) => a.label), range: advices.map((a) => a.color)},
    ariaLabel: "Geïndiceerde werkzoekenden met een advies sociale economie",
    ariaDescription: describeAdvice(rows),
    marks: [
      Plot.axisY({tickSize: 0, fontSize: 11, lineWidth: narrow ? 10 : 16}),
      Plot.barX(data, {
        x: "value",
        y: (d: AdviceCount) => adviceLabel(d.advice),
        fill: (d: AdviceCount) => adviceLabel(d.advice),
        title: (d: AdviceCount) => `${adviceLabel(d.advice)}: ${formatNumber(d.value)}`
      }),
      Plot.ruleX([0]),
      Plot.text(data, {
        x: "value",
        y: (d: AdviceCount) => adviceLabel(d.advice),
        text: (d: AdviceCount) => formatNumber(d.value),
        textAnchor: "start",
        dx: 5,
        fill: "#222",
        fontSize: 12,
        fontWeight: 700
      })
    ]
  }) as SVGSVGElement;
}

export function describeAdvice(rows: AdviceCount[]): string {
  if (!rows.length) return "Geïndiceerde werkzoekenden met een advies sociale economie: geen cijfers.";
  const counts = advices
    .flatMap((a) => rows.filter((r) => r.advice === a.advice))
    .map((r) => `${adviceLabel(r.advice).toLowerCase()} ${formatNumber(r.value)}`);
  return `Geïndiceerde werkzoekenden bij de VDAB met een advies sociale economie (${rows[0].period}, peildatum niet vermeld): ${counts.join(", ")}. Voor arbeidszorg geeft de bron geen aantal.`;
}
