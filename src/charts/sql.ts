// SQL pieces several charts share.

/**
 * The place in the source without the row and column of the figure (", rij Industrie, kolom 2023 - K3"):
 * charts over one published table cite the table once, not each of its cells. The dataset keeps the full place.
 */
export const sourceSectionWithoutRow = "regexp_replace(source_section, ', rij .*$', '') AS source_section";
