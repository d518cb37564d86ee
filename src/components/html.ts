/** Escapes text for HTML element content and attribute values: what a source or a query says is never markup. */
export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
