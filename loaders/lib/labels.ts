// What a Dutch label of the metadata says besides its words, read alike by the loaders (the fiches' grid) and the
// charts (their tables); no imports, so the page's bundle takes only this.

/**
 * The unit a label names in its closing brackets, before any comma: "Toegekend contingent (VTE)" → "VTE", "… (%,
 * afgeleid)" → "%"; undefined for a label that does not end in brackets. The fiches and the chart tables both read it.
 */
export function bracketUnit(label: string): string | undefined {
  return /\(([^()]*)\)$/.exec(label)?.[1].split(",")[0].trim();
}
