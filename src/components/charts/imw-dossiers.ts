import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import type {ImwChartOptions} from "./imw-sectors.js";

/** A published count of approved dossiers of one premium type (dataset imw-dossiers). */
export interface PremiumDossiers {
  period: string;
  premium_type: string;
  value: number;
}

/** The premium types, as the dataset names them, and who receives them (the colour of the bar). */
export const premiumTypes = [
  {key: "loonpremie", label: "Loonpremie", who: "werkgevers"},
  {key: "loonpremie_begeleidingspremie", label: "Loonpremie met begeleidingspremie", who: "werkgevers"},
  {key: "ondersteuningspremie", label: "Ondersteuningspremie", who: "zelfstandigen"}
] as const;

export const recipients = [
  {key: "werkgevers", label: "Werkgevers", color: "#1d4f91"},
  {key: "zelfstandigen", label: "Zelfstandigen met een arbeidsbeperking", color: "#2e7d32"}
] as const;

export function premiumLabel(key: string): string {
  return premiumTypes.find((p) => p.key === key)?.label ?? key;
}

function recipientLabel(key: string): string {
  const who = premiumTypes.find((p) => p.key === key)?.who;
  return recipients.find((r) => r.key === who)?.label ?? "";
}

/**
 * The approved dossiers per premium type in one quarter, as three separate bars with their count written beside
 * them. They are deliberately not stacked or summed: the source does not say whether the 6.052 wage-premium
 * dossiers include the 559 combined with a support premium.
 */
export function premiumDossiersChart(rows: PremiumDossiers[], options: ImwChartOptions = {}): SVGSVGElement {
  const {width = 640, document} = options;
  const period = [...new Set(rows.map((r) => r.period))].sort().pop();
  const data = premiumTypes.flatMap((p) => rows.filter((r) => r.period === period && r.premium_type === p.key));
  const narrow = width < 560;
  const height = options.height ?? 60 + 44 * data.length;
  const max = Math.max(...data.map((d) => d.value));
  // No legend or title: Plot returns the bare <svg>.
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: narrow ? 140 : 220,
    marginRight: 56,
    marginTop: 16,
    marginBottom: 36,
    x: {
      label: "Goedgekeurde dossiers",
      domain: [0, max * 1.02],
      grid: true,
      tickFormat: (d: number) => formatNumber(d)
    },
    y: {label: null, domain: data.map((d) => premiumLabel(d.premium_type)), padding: 0.3},
    color: {domain: recipients.map((r) => r.label), range: recipients.map((r) => r.color)},
    ariaLabel: "Goedgekeurde dossiers individueel maatwerk per premietype",
    ariaDescription: describePremiumDossiers(rows),
    marks: [
      Plot.axisY({tickSize: 0, fontSize: narrow ? 10 : 11, lineWidth: narrow ? 12 : 22}),
      Plot.barX(data, {
        x: "value",
        y: (d: PremiumDossiers) => premiumLabel(d.premium_type),
        fill: (d: PremiumDossiers) => recipientLabel(d.premium_type),
        title: (d: PremiumDossiers) =>
          `${premiumLabel(d.premium_type)} (${recipientLabel(d.premium_type).toLowerCase()}), ${d.period}: ${formatNumber(d.value)}`
      }),
      Plot.ruleX([0]),
      Plot.text(data, {
        x: "value",
        y: (d: PremiumDossiers) => premiumLabel(d.premium_type),
        text: (d: PremiumDossiers) => formatNumber(d.value),
        textAnchor: "start",
        dx: 5,
        fill: "#222",
        fontSize: 12,
        fontWeight: 700
      })
    ]
  }) as SVGSVGElement;
}

export function describePremiumDossiers(rows: PremiumDossiers[]): string {
  const period = [...new Set(rows.map((r) => r.period))].sort().pop();
  if (!period) return "Goedgekeurde dossiers individueel maatwerk: geen cijfers.";
  const counts = premiumTypes.flatMap((p) => {
    const row = rows.find((r) => r.period === period && r.premium_type === p.key);
    return row ? [`${premiumLabel(p.key).toLowerCase()} ${formatNumber(row.value)}`] : [];
  });
  return `Goedgekeurde dossiers individueel maatwerk in ${period}: ${counts.join(", ")}. De drie aantallen worden niet opgeteld: de bron zegt niet of de loonpremiedossiers de combinaties met een begeleidingspremie omvatten. Enkel dit kwartaal is gepubliceerd.`;
}
