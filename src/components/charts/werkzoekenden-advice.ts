import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {labelledBarsChart} from "./labelled-bars.js";
import {palette} from "../../grammar/palette.js";

/** Indicated jobseekers with a social-economy advice (dataset werkzoekenden-se-advies). */
export interface AdviceCount {
  period: string;
  advice: string;
  value: number;
}

export const advices = [
  {advice: "collectief-maatwerk", label: "Collectief maatwerk", color: palette.blue},
  {advice: "lokale-diensteneconomie", label: "Lokale diensteneconomie", color: palette.purple}
] as const;

export function adviceLabel(advice: string): string {
  return advices.find((a) => a.advice === advice)?.label ?? advice;
}

/**
 * The number of indicated jobseekers per social-economy advice, one bar each with its count. Arbeidszorg has no
 * bar: the answer gives no number for it ("formeel niet van toepassing").
 */
export function adviceChart(rows: AdviceCount[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640} = options;
  const narrow = width < 520;
  return labelledBarsChart(
    {
      bars: advices.flatMap((a) => rows.filter((r) => r.advice === a.advice)),
      label: (d) => adviceLabel(d.advice),
      fill: (d) => adviceLabel(d.advice),
      title: (d) => `${adviceLabel(d.advice)}: ${formatNumber(d.value)}`,
      colors: {domain: advices.map((a) => a.label), range: advices.map((a) => a.color)},
      xLabel: "Geïndiceerde werkzoekenden",
      xTicks: narrow ? 3 : 6,
      rowHeight: 46,
      marginLeft: narrow ? 110 : 160,
      labelFontSize: 11,
      labelLineWidth: narrow ? 10 : 16,
      ariaLabel: "Geïndiceerde werkzoekenden met een advies sociale economie",
      ariaDescription: describeAdvice(rows)
    },
    options
  );
}

export function describeAdvice(rows: AdviceCount[]): string {
  if (!rows.length) return "Geïndiceerde werkzoekenden met een advies sociale economie: geen cijfers.";
  const counts = advices
    .flatMap((a) => rows.filter((r) => r.advice === a.advice))
    .map((r) => `${adviceLabel(r.advice).toLowerCase()} ${formatNumber(r.value)}`);
  return `Geïndiceerde werkzoekenden bij de VDAB met een advies sociale economie (${rows[0].period}, peildatum niet vermeld): ${counts.join(", ")}. Voor arbeidszorg geeft de bron geen aantal.`;
}
