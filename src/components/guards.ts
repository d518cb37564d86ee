// Type guards for values that come from outside the code (parsed JSON, the engine's answers, the page's globals):
// the site states their types by checking them, never by asserting them (ESLint refuses assertions in src/).

/** An object with named fields: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
