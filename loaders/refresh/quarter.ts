/**
 * Reads a quarter written in the ways an open-data export may write it, and returns it as the source tables
 * write a quarter ("2023K4"). Returns undefined for anything else; a caller then names the field and value.
 *
 *   2023K4, 2023 K4, 2023-K4, 2023Q4, 2023-Q4, 2023 Q4, K4 2023, Q4-2023, 2023/4, 2023-4, 2023/Q4,
 *   2023 kwartaal 4, kwartaal 4 2023, 4e kwartaal 2023, 2023-10-01 (a date: the quarter it falls in)
 *
 * "2023-04" is refused: it reads as April as easily as the fourth quarter.
 */
export function parseQuarter(text: string): string | undefined {
  const s = text.trim().replace(/\s+/g, " ");
  const patterns: [RegExp, number, number][] = [
    [/^(\d{4}) ?[-/_.]? ?[KQT]([1-4])$/i, 1, 2],
    [/^[KQT]([1-4]) ?[-/_.]? ?(\d{4})$/i, 2, 1],
    [/^(\d{4}) ?[-/] ?([1-4])$/, 1, 2],
    [/^(\d{4}) ?[-/,]? ?(?:kwartaal|quarter) ?([1-4])$/i, 1, 2],
    [/^(?:kwartaal|quarter) ?([1-4]) ?[-/,]? ?(\d{4})$/i, 2, 1],
    [/^([1-4]) ?(?:e|de|ste|st|nd|rd|th)? (?:kwartaal|quarter) ?[-/,]? ?(\d{4})$/i, 2, 1]
  ];
  for (const [pattern, year, quarter] of patterns) {
    const match = pattern.exec(s);
    if (match) return `${match[year]}K${match[quarter]}`;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (date) {
    const month = Number(date[2]);
    if (month >= 1 && month <= 12 && Number(date[3]) >= 1 && Number(date[3]) <= 31)
      return `${date[1]}K${Math.ceil(month / 3)}`;
  }
  return undefined;
}

/** A quarter number alone, as a "kwartaal" field beside a "jaar" field may hold it: 4, K4, Q4, "kwartaal 4". */
export function parseQuarterNumber(text: string): number | undefined {
  const match = /^(?:[KQT]|kwartaal ?|quarter ?)?([1-4])(?:e|de)?(?: kwartaal)?$/i.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** "2023K4" → "2023 K4", for the Dutch text of a row. */
export function quarterLabel(period: string): string {
  return period.replace(/^(\d{4})K([1-4])$/, "$1 K$2");
}
