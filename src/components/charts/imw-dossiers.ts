import {formatNumber} from "../format.js";
import type {ChartOptions} from "./chart-options.js";
import {labelledBarsChart} from "./labelled-bars.js";
import {palette} from "../../grammar/palette.js";

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
  {key: "werkgevers", label: "Werkgevers", color: palette.blue},
  {key: "zelfstandigen", label: "Zelfstandigen met een arbeidsbeperking", color: palette.green}
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
export function premiumDossiersChart(rows: PremiumDossiers[], options: ChartOptions = {}): SVGSVGElement {
  const {width = 640} = options;
  const period = [...new Set(rows.map((r) => r.period))].sort().pop();
  const narrow = width < 560;
  return labelledBarsChart(
    {
      bars: premiumTypes.flatMap((p) => rows.filter((r) => r.period === period && r.premium_type === p.key)),
      label: (d) => premiumLabel(d.premium_type),
      fill: (d) => recipientLabel(d.premium_type),
      title: (d) =>
        `${premiumLabel(d.premium_type)} (${recipientLabel(d.premium_type).toLowerCase()}), ${d.period}: ${formatNumber(d.value)}`,
      colors: {domain: recipients.map((r) => r.label), range: recipients.map((r) => r.color)},
      xLabel: "Goedgekeurde dossiers",
      rowHeight: 44,
      marginLeft: narrow ? 140 : 220,
      labelFontSize: narrow ? 10 : 11,
      labelLineWidth: narrow ? 12 : 22,
      ariaLabel: "Goedgekeurde dossiers individueel maatwerk per premietype",
      ariaDescription: describePremiumDossiers(rows)
    },
    options
  );
}

export function describePremiumDossiers(rows: PremiumDossiers[]): string {
  const period = [...new Set(rows.map((r) => r.period))].sort().pop();
  if (!period) return "Goedgekeurde dossiers individueel maatwerk: geen cijfers.";
  const counts = premiumTypes.flatMap((p) => {
    const row = rows.find((r) => r.period === period && r.premium_type === p.key);
    return row ? [`${premiumLabel(p.key).toLowerCase()} ${formatNumber(row.value)}`] : [];
  });
  return `Goedgekeurde dossiers individueel maatwerk zoals gemeld voor ${period}: ${counts.join(", ")}. Het zijn mogelijk alle goedkeuringen sinds de start van individueel maatwerk en niet die van één kwartaal; de bron zegt het niet. De drie aantallen worden niet opgeteld: de bron zegt niet of de loonpremiedossiers de combinaties met een begeleidingspremie omvatten. Geen ander kwartaal is gepubliceerd.`;
}
