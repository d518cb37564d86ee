// SQL pieces several charts share.

/**
 * The place in the source without the row and column of the figure (", rij Industrie, kolom 2023 - K3"):
 * charts over one published table cite the table once, not each of its cells. The dataset keeps the full place.
 */
export const sourceSectionWithoutRow = "regexp_replace(source_section, ', rij .*$', '') AS source_section";

/** "'a', 'b'": codes for an IN (…) list. */
export function sqlList(codes: readonly string[]): string {
  return codes.map((c) => `'${c}'`).join(", ");
}

/** Orders rows by the position of their code in a list (CASE measure WHEN 'a' THEN 0 …). */
export function sqlOrder(column: string, codes: readonly string[]): string {
  return `CASE ${column} ${codes.map((c, i) => `WHEN '${c}' THEN ${i}`).join(" ")} END`;
}
