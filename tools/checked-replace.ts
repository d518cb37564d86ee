// The one way the build edits text it did not write (Framework's page shell, DuckDB-WASM's worker). A plain
// String.replace does nothing when its pattern no longer matches, so a changed upstream file would quietly lose
// the repair; this stops the build instead, naming the file and the pattern.

export class ReplaceError extends Error {}

/** How often `pattern` occurs in `text` (a RegExp is counted as if it had the g flag). */
export function countMatches(text: string, pattern: RegExp | string): number {
  if (typeof pattern === "string") return pattern ? text.split(pattern).length - 1 : 0;
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].length;
}

/**
 * Replaces every occurrence of `pattern` in `text`, after checking there are exactly `count` (default 1);
 * otherwise throws a ReplaceError naming `file` and the pattern. A RegExp replacement may use $1 and the like;
 * a string pattern is replaced literally.
 */
export function replaceChecked(
  text: string,
  pattern: RegExp | string,
  replacement: string,
  {file, count = 1}: {file: string; count?: number}
): string {
  const found = countMatches(text, pattern);
  if (found !== count)
    throw new ReplaceError(
      `${file}: expected ${count} match${count === 1 ? "" : "es"} of ${describe(pattern)}, found ${found}; ` +
        "the upstream file changed, so this repair must be reviewed"
    );
  if (typeof pattern === "string") return text.split(pattern).join(replacement);
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  return text.replace(global, replacement);
}

function describe(pattern: RegExp | string): string {
  return typeof pattern === "string" ? JSON.stringify(pattern) : String(pattern);
}
