/**
 * WEWIS open data set cmw03_product_v1 ("subsidiebedrag en contingent collectief maatwerk per kwartaal"), read
 * from its Opendatasoft CSV export (data-sources.md B1). The export has one record per gemeente × kwartaal ×
 * maatregeltype, with the fields cmw_aantal_toegekend_vte (granted contingent) and cmw_aantal_vte (filled).
 * The refresh sums both over all records of a quarter (WEWIS does not publish these sums) and writes them into
 * data/cmw/cmw-kwartaal.csv, where they replace the sums that a third party made from an earlier export.
 */
import {dsvFormat} from "d3";
import {formatNlNumber, stampNote} from "./nl-format.js";
import {parseQuarter, parseQuarterNumber, quarterLabel} from "./quarter.js";
import type {RefreshContext, RefreshSource, SourceRow} from "./types.js";
import {ResponseError} from "./types.js";

export const cmw03Url =
  "https://opendata.wewis.vlaanderen.be/api/explore/v2.1/catalog/datasets/cmw03_product_v1/exports/csv?delimiter=%3B";
/** The dataset's page, where the records can be read (the source_url of the rows). */
export const cmw03Page = "https://opendata.wewis.vlaanderen.be/explore/dataset/cmw03_product_v1/";
export const cmw03SourceId = "wewis-cmw03";

/**
 * The third party whose sums the table held before (Eberger01/wachtlijsten-vlaanderen, data/sources/
 * cmw-doorstroom.csv). Its rows cite wewis-cmw03 too; when the refresh's own sum takes their place they move to
 * this source id, so that the (observation, source) pair stays unique, and are kept with shown=nee.
 */
export const thirdPartySourceId = "gh-wachtlijsten-vlaanderen";
export const thirdPartyUrl =
  "https://github.com/Eberger01/wachtlijsten-vlaanderen/blob/4fb1c5fbbd17853be205dafe4b0aa195a4bac5fb/scripts/seed_vervolg.py";

const fields = {
  contingent_toegekend_vte: "cmw_aantal_toegekend_vte",
  ingevuld_vte: "cmw_aantal_vte"
} as const;
type Measure = keyof typeof fields;

/** The sums of one quarter over all records of the export. */
export interface QuarterSum {
  period: string;
  /** Records of this quarter in the export. */
  records: number;
  /** Per measure: the sum, and how many records had a value; absent when no record had one. */
  sums: Partial<Record<Measure, {value: number; records: number}>>;
}

/** Sums the export per quarter. Throws a ResponseError naming the header, record, field or value that is wrong. */
export function sumCmw03(text: string): QuarterSum[] {
  const content = text.replace(/^\uFEFF/, "");
  if (!content.trim()) throw new ResponseError("the export is empty");
  if (/^\s*[<{[]/.test(content))
    throw new ResponseError(
      `expected a semicolon-separated CSV export, got ${/^\s*</.test(content) ? "HTML" : "JSON"}`
    );
  const [header, ...records] = dsvFormat(";")
    .parseRows(content)
    .filter((cells) => cells.some((cell) => cell.trim()));
  const names = header.map((name) => name.trim());
  const shown = names.join(";");
  if (names.length < 3)
    throw new ResponseError(`expected a semicolon-separated CSV export with a header row, got the header "${shown}"`);
  const column = (field: string) => {
    const i = names.findIndex((name) => name.toLowerCase() === field);
    if (i < 0) throw new ResponseError(`the header has no field ${field} (header: ${shown})`);
    return i;
  };
  const columns = {
    contingent_toegekend_vte: column(fields.contingent_toegekend_vte),
    ingevuld_vte: column(fields.ingevuld_vte)
  };
  if (!records.length) throw new ResponseError(`the export has a header but no records (header: ${shown})`);
  const periodOf = quarterReader(names, records);

  const quarters = new Map<string, QuarterSum>();
  records.forEach((cells, i) => {
    const record = i + 1;
    if (cells.length !== names.length)
      throw new ResponseError(`record ${record} has ${cells.length} fields, the header has ${names.length}`);
    const period = periodOf(cells, record);
    const quarter = quarters.get(period) ?? {period, records: 0, sums: {}};
    quarter.records += 1;
    for (const measure of Object.keys(fields) as Measure[]) {
      const value = readNumber(cells[columns[measure]], record, fields[measure]);
      if (value === undefined) continue;
      const sum = quarter.sums[measure] ?? {value: 0, records: 0};
      sum.value += value;
      sum.records += 1;
      quarter.sums[measure] = sum;
    }
    quarters.set(period, quarter);
  });
  return [...quarters.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** The rows of cmw-kwartaal.csv for each quarter of the export (both measures where the export has values). */
export function parseCmw03(text: string, context: RefreshContext): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const {period, sums} of sumCmw03(text)) {
    for (const measure of Object.keys(fields) as Measure[]) {
      const sum = sums[measure];
      if (!sum) continue;
      rows.push({
        period,
        measure,
        // Two decimals, as the export gives the VTE; rounding also removes binary noise from the sum.
        value: formatNlNumber(Math.round(sum.value * 100) / 100, 2),
        source_id: cmw03SourceId,
        source_section: `som over alle vestigingen van het open-databestand cmw03_product_v1, kwartaal ${quarterLabel(period)}, door de Boordtabel`,
        source_url: cmw03Page,
        confidence: "high",
        shown: "ja",
        note: stampNote(
          `Som van het veld ${fields[measure]} over de ${sum.records} records van dit kwartaal in de CSV-export (per gemeente × kwartaal × maatregeltype), berekend door de Boordtabel. WEWIS publiceert deze som niet zelf.`,
          context.retrieved
        )
      });
    }
  }
  return rows;
}

/**
 * The refresh keeps the table's selection (its metadata: the fourth quarter of each year and the latest
 * quarter): the fourth quarters, the latest quarter of the export, and every period the table already has.
 */
export function selectQuarters(rows: SourceRow[], existing: SourceRow[]): SourceRow[] {
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const latest = periods[periods.length - 1];
  const present = new Set(existing.map((row) => row.period));
  return rows.filter((row) => row.period.endsWith("K4") || row.period === latest || present.has(row.period));
}

export const wewisCmw03: RefreshSource = {
  id: cmw03SourceId,
  title: "WEWIS open data cmw03_product_v1, CSV-export",
  url: cmw03Url,
  accept: "text/csv",
  dataset: {theme: "cmw", id: "cmw-kwartaal"},
  parse: parseCmw03,
  policy: {
    select: selectQuarters,
    isOwnRow: (row) => row.source_id === cmw03SourceId && /door de Boordtabel$/.test(row.source_section.trim()),
    setAside: (row, {retrieved}) => ({
      ...row,
      ...(row.source_id === cmw03SourceId ? {source_id: thirdPartySourceId, source_url: thirdPartyUrl} : {}),
      shown: "nee",
      note: `Niet meer getoond sinds ${retrieved}: de site toont de som die de Boordtabel zelf maakt uit de CSV-export van het open-databestand (npm run data:refresh). ${row.note}`.trim()
    })
  }
};

/**
 * Finds how the export writes the quarter: one field named like kwartaal/periode/quarter/period whose values
 * read as a quarter (2023K4, 2023-Q4, 2023/4, a date…), or a year field (jaar/year) with a quarter field (1-4).
 */
function quarterReader(names: string[], records: string[][]): (cells: string[], record: number) => string {
  const lower = names.map((name) => name.toLowerCase());
  const quarterLike = (name: string) => /kwartaal|quarter|trimest/.test(name) || name === "kw";
  const periodLike = (name: string) => /periode|period/.test(name);
  const yearLike = (name: string) => /(^|[_ ])(jaar|year|jaartal|boekjaar)($|[_ ])/.test(name);
  const candidates = [
    ...lower.flatMap((name, i) => (quarterLike(name) ? [i] : [])),
    ...lower.flatMap((name, i) => (periodLike(name) && !quarterLike(name) ? [i] : []))
  ];
  const expected =
    'expected a field like "kwartaal" or "periode" with values such as 2023K4, 2023-Q4, 2023/4 or 2023-10-01, or a field "jaar" with a field "kwartaal" (1-4)';
  const shown = names.join(";");

  for (const i of candidates)
    if (records.every((cells) => parseQuarter(cells[i] ?? "") !== undefined)) return (cells) => parseQuarter(cells[i])!;

  const year = lower.findIndex((name) => yearLike(name) && !quarterLike(name));
  const quarter = lower.findIndex(quarterLike);
  if (year >= 0 && quarter >= 0)
    return (cells, record) => {
      const y = (cells[year] ?? "").trim();
      const q = parseQuarterNumber(cells[quarter] ?? "");
      if (/^\d{4}$/.test(y) && q !== undefined) return `${y}K${q}`;
      const full = parseQuarter(cells[quarter] ?? "");
      if (full) return full;
      throw new ResponseError(
        `record ${record}: cannot read the quarter from ${names[year]}="${cells[year]}" and ${names[quarter]}="${cells[quarter]}"; ${expected}`
      );
    };

  if (candidates.length) {
    const i = candidates[0];
    const record = records.findIndex((cells) => parseQuarter(cells[i] ?? "") === undefined);
    throw new ResponseError(
      `record ${record + 1}: field ${names[i]} has the value "${records[record][i] ?? ""}", which is not a quarter; ${expected} (header: ${shown})`
    );
  }
  throw new ResponseError(`no quarter field in the header "${shown}"; ${expected}`);
}

/**
 * A VTE figure from the export. Opendatasoft writes numbers with a decimal dot and no grouping ("12.5"); a
 * decimal comma ("12,5") is read too. An empty field is no value.
 */
function readNumber(text: string | undefined, record: number, field: string): number | undefined {
  const s = (text ?? "").trim();
  if (!s) return undefined;
  if (/^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(s)) return Number(s);
  if (/^[-+]?\d+,\d+$/.test(s)) return Number(s.replace(",", "."));
  throw new ResponseError(`record ${record}, field ${field}: "${s}" is not a number`);
}
