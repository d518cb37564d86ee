// The table behind a chart, written as a list of [field, Dutch header, cell format]: most tables have three or
// four columns, and most end with the place in the source of each row.
import type {CellFormat, TableColumn} from "./types.js";

export type ColumnSpec = [name: string, label: string, format: CellFormat];

/** Where in the source each row stands; the frame names and links the source itself. */
const sourceColumn: ColumnSpec = ["source_section", "Bron (plaats)", "text"];

/** The table's columns, in the order given. */
export function toColumns(...specs: ColumnSpec[]): TableColumn[] {
  return specs.map(([name, label, format]) => ({name, label, format}));
}

/** The table's columns, then the column with the place in the source of each row. */
export function toColumnsWithSource(...specs: ColumnSpec[]): TableColumn[] {
  return toColumns(...specs, sourceColumn);
}
