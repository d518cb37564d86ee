// Which measure(s) of the social economy a dataset covers, and in which of the six sections of a measure fiche.
// Every dataset declares this in its meta.json ("coverage"); the grid "Wat wordt gepubliceerd?" and the measure
// fiches are computed from these declarations, never by hand. The Dutch labels live here and nowhere else.
import type {ColumnSpec} from "./meta.js";

/** The measures that get a fiche. Arbeidszorg is listed with the arbeidsmatige activiteiten that replaced it. */
export const measures = {
  cmw: "Collectief maatwerk",
  lde: "Lokale diensteneconomie",
  imw: "Individueel maatwerk",
  ama: "Arbeidsmatige activiteiten (en de vroegere arbeidszorg)",
  "bw-sw-invoeg": "Beschutte en sociale werkplaatsen en invoegbedrijven (historisch)"
} as const;
export type MeasureCode = keyof typeof measures;

/** The fixed sections of a fiche, in the order the fiche shows them. */
export const dimensions = {
  ondernemingen: "Ondernemingen",
  "contingent-budget": "Contingent of plaatsen en budget",
  werknemers: "Werknemers en hun kenmerken",
  stromen: "Instroom, uitstroom en doorstroom",
  bereik: "Bereik",
  wachtenden: "Wachtenden"
} as const;
export type DimensionCode = keyof typeof dimensions;

export const measureCodes = Object.keys(measures) as MeasureCode[];
export const dimensionCodes = Object.keys(dimensions) as DimensionCode[];

/**
 * One measure and section a dataset covers. `where` limits it to rows whose category columns take one of the
 * listed codes (a dataset with rows for several measures); `period` names the column that dates a row when it
 * is not `year` or `period`.
 */
export interface CoverageSpec {
  measure: MeasureCode;
  dimension: DimensionCode;
  where?: Record<string, string[]>;
  period?: string;
}

/** The column that dates the rows of a coverage entry: its own `period`, else `year`, else `period`. */
export function periodColumn(spec: CoverageSpec, columns: ColumnSpec[]): string | undefined {
  if (spec.period) return spec.period;
  return ["year", "period"].find((name) => columns.some((c) => c.name === name));
}

/** Checks the "coverage" field of a meta.json: known codes, known columns, a column that dates each row. */
export function normalizeCoverage(
  spec: unknown,
  columns: ColumnSpec[],
  fail: (problem: string) => never
): CoverageSpec[] {
  if (!Array.isArray(spec))
    return fail(`field "coverage" must list the measures and dimensions the dataset covers ([] for none)`);
  return spec.map((entry: unknown, i): CoverageSpec => {
    const where = `coverage[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail(`${where} must be an object`);
    const record = entry as Record<string, unknown>;
    const measure = String(record.measure);
    const dimension = String(record.dimension);
    if (!(measure in measures)) fail(`${where}.measure "${measure}" is not one of ${measureCodes.join(", ")}`);
    if (!(dimension in dimensions))
      fail(`${where}.dimension "${dimension}" is not one of ${dimensionCodes.join(", ")}`);
    const checked: CoverageSpec = {measure: measure as MeasureCode, dimension: dimension as DimensionCode};
    if (record.period !== undefined) {
      const column = columns.find((c) => c.name === record.period);
      if (!column) fail(`${where}.period names "${String(record.period)}", which is no declared column`);
      checked.period = String(record.period);
    }
    if (!periodColumn(checked, columns))
      fail(`${where} needs a column that dates each row: "year", "period" or one named in ${where}.period`);
    if (record.where !== undefined) {
      const filter = record.where;
      if (typeof filter !== "object" || filter === null || Array.isArray(filter))
        fail(`${where}.where must map a category column to codes`);
      const codes: Record<string, string[]> = {};
      for (const [name, list] of Object.entries(filter as Record<string, unknown>)) {
        const column = columns.find((c) => c.name === name);
        if (!column || column.type !== "category") fail(`${where}.where names "${name}", which is no category column`);
        if (!Array.isArray(list) || !list.length || !list.every((c) => typeof c === "string"))
          fail(`${where}.where.${name} must list codes`);
        codes[name] = list as string[];
      }
      checked.where = codes;
    }
    return checked;
  });
}

/** Codes in `where` must exist in the column (derived codes included); checked once derivation added them. */
export function coverageCodeProblems(coverage: CoverageSpec[], columns: ColumnSpec[]): string[] {
  const problems: string[] = [];
  coverage.forEach((spec, i) => {
    for (const [name, codes] of Object.entries(spec.where ?? {})) {
      const column = columns.find((c) => c.name === name);
      const known = column?.type === "category" ? column.values : {};
      for (const code of codes)
        if (!(code in known)) problems.push(`coverage[${i}].where.${name}: unknown code "${code}"`);
    }
  });
  return problems;
}
