import type {Source} from "../lib/sources.js";

/** One row of a source table as it is written in data/<theme>/<id>.csv: column name → cell text (nl-BE numbers). */
export type SourceRow = Record<string, string>;

/** What a parser needs besides the response text. */
export interface RefreshContext {
  /** The day the response was downloaded (ISO date), stamped into the rows' notes. */
  retrieved: string;
}

/**
 * One open-data endpoint that `npm run data:refresh` reads. Each source updates one dataset: it downloads
 * `url`, `parse` turns the response into rows in the source-table format, and the refresh merges those rows
 * into data/<theme>/<id>.csv under `policy`.
 */
export interface RefreshSource {
  /** The source_id the rows cite; also names the source in messages. */
  id: string;
  /** A short description for messages and the report. */
  title: string;
  url: string;
  /** The Accept header sent with the request. */
  accept: string;
  dataset: {theme: string; id: string};
  /** Parses the downloaded text; throws an Error whose message says what is wrong with the response. */
  parse(text: string, context: RefreshContext): SourceRow[];
  /**
   * The dataset's metadata (data/<theme>/<id>.meta.json), for a dataset that the refresh creates. It is written
   * together with the first table; an existing meta.json is left as it is (editors may refine it).
   */
  meta?: object;
  /** Registry entries the rows cite that the refresh adds to data/sources/refresh.csv when no registry has them. */
  registry?(context: RefreshContext): Source[];
  policy: MergePolicy;
}

/** How refreshed rows meet the rows already in the table. */
export interface MergePolicy {
  /**
   * Which refreshed rows go into the table, given the periods (or other key values) already there. Defaults to
   * all of them.
   */
  select?(rows: SourceRow[], existing: SourceRow[]): SourceRow[];
  /** Whether an existing row was written by an earlier refresh of this source (then it is updated in place). */
  isOwnRow(row: SourceRow): boolean;
  /** What becomes of another source's row for the same observation that is shown now: it is kept, shown=nee. */
  setAside(row: SourceRow, context: RefreshContext): SourceRow;
}

/** A problem that stops the refresh before anything in data/ changes. */
export interface RefreshProblem {
  /** The source the problem belongs to (its id), if any. */
  source?: string;
  url?: string;
  problem: string;
}

/** Thrown when the refresh stops; data/ is exactly as it was. The message lists every problem found. */
export class RefreshError extends Error {
  readonly problems: RefreshProblem[];
  constructor(problems: RefreshProblem[]) {
    super(
      [
        "data:refresh stopped; nothing in data/ was changed.",
        ...problems.map(({source, url, problem}) =>
          [
            source ? `- source: ${source}` : "- data/",
            ...(url ? [`  address: ${url}`] : []),
            `  problem: ${problem.replace(/\n/g, "\n    ")}`
          ].join("\n")
        )
      ].join("\n")
    );
    this.name = "RefreshError";
    this.problems = problems;
  }
}

/** A response that cannot be read: the parser's message, for RefreshError. */
export class ResponseError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = "ResponseError";
  }
}
