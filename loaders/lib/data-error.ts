/** Where in a source table a problem sits; row is the 1-based line in the file (the header is line 1). */
export interface DataErrorLocation {
  file: string;
  row?: number;
  column?: string;
}

/** A problem in a source table or its metadata. The message names file, row and column so it can be fixed. */
export class DataError extends Error {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  constructor({file, row, column}: DataErrorLocation, problem: string) {
    const where = [
      file,
      row === undefined ? undefined : `row ${row}`,
      column === undefined ? undefined : `column ${column}`
    ]
      .filter((part) => part !== undefined)
      .join(", ");
    super(`${where}: ${problem}`);
    this.name = "DataError";
    this.file = file;
    this.row = row;
    this.column = column;
  }
}

/** Several problems found in one pass, so an author can fix them all at once. */
export class DataErrors extends Error {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    super(errors.map((error) => error.message).join("\n"));
    this.name = "DataErrors";
    this.errors = errors;
  }
}
