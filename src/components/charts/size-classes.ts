// Size classes of companies as a parliamentary answer publishes them (by the number of workers in VTE).

/**
 * A class as the source prints it ("<5 VTE") and in words ("minder dan 5 VTE") for sentences: the text
 * alternative goes into an SVG attribute, where jsdom does not escape "<" and the exported SVG would no longer parse.
 */
export interface SizeClass {
  code: string;
  label: string;
  spoken: string;
}

/** The printed label of a class code; the code itself when the classes do not have it. */
export function findSizeLabel(classes: readonly SizeClass[], code: string): string {
  return classes.find((c) => c.code === code)?.label ?? code;
}
