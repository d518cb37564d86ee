// Numbers as a Flemish reader writes them (nl-BE): 47,3%; 19.407,5; 29,5 ppt.

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat("nl-BE", {minimumFractionDigits, maximumFractionDigits, useGrouping: true});
    formatters.set(key, format);
  }
  return format;
}

/** 19407.5 → "19.407,5"; digits fixes the decimals, otherwise up to two are shown as needed. */
export function formatNumber(value: number, digits?: number): string {
  // nl-BE leaves four-digit numbers ungrouped ("2420"); Flemish statistics group them ("2.420"), so force it.
  const text = formatter(digits ?? 0, digits ?? 2).format(value);
  return /^-?\d{4}(,|$)/.test(text) ? text.replace(/^(-?\d)(\d{3})/, "$1.$2") : text;
}

/** 47.3 → "47,3%" (the value is already a percentage). */
export function formatPercent(value: number, digits = 1): string {
  return `${formatNumber(value, digits)}%`;
}

/** 29.5 → "29,5 ppt" (procentpunt). */
export function formatPoints(value: number, digits = 1): string {
  return `${formatNumber(value, digits)} ppt`;
}

/** A year as a label: never grouped ("2.023" would be wrong). */
export function formatYear(value: number): string {
  return String(value);
}

/** The singular of the counted units the data name in the plural: one "bedrijf", not one "bedrijven". */
const singulars: Record<string, string> = {
  aanvragen: "aanvraag",
  bedrijven: "bedrijf",
  experimenten: "experiment",
  initiatieven: "initiatief",
  ondernemingen: "onderneming",
  personen: "persoon",
  trajecten: "traject",
  werkplaatsen: "werkplaats"
};

/**
 * A count with its unit: 1 and "bedrijven" → "1 bedrijf", 26 → "26 bedrijven", 21421.94 and "VTE" → "21.421,94 VTE",
 * a share 12,2%; without a unit, the number alone.
 */
export function formatCount(value: number, unit: string): string {
  const text = formatNumber(value);
  if (!unit) return text;
  if (unit === "%") return `${text}%`;
  return `${text} ${value === 1 ? (singulars[unit] ?? unit) : unit}`;
}
