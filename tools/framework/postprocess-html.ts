import {createHash} from "node:crypto";
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {replaceChecked} from "../checked-replace.js";
import {addEarlyEngine} from "./engine-preload.js";

// Every repair below edits Framework 1.13's page shell (dist/render.js) and must match exactly once: when a
// Framework release changes the shell, the build stops naming the page and the pattern instead of shipping an
// unrepaired page. (Framework's search box, the other English string, is off: search is false in the config.)
type Repair = [pattern: RegExp, replacement: string];

/** On every page: the page language, zoom (no maximum-scale). */
const shellRepairs: Repair[] = [
  [/<html>/, '<html lang="nl-BE">'],
  [/,\s*maximum-scale=1/, ""]
];

/**
 * On pages with Framework's sidebar: its toggle's label in Dutch, and its close label, which Framework puts
 * inside an <ol> where only <li> may stand.
 */
const sidebarRepairs: Repair[] = [
  [/title="Toggle sidebar"/, 'title="Zijbalk tonen of verbergen" aria-label="Zijbalk tonen of verbergen"'],
  [/(<nav id="observablehq-sidebar">\s*)<ol>\s*(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$1$2\n  <ol>"]
];

/**
 * The Content-Security-Policy of a page: only the site's own origin, plus what DuckDB-WASM needs (blob:
 * workers, WebAssembly compilation). Inline scripts are allowed by their hash, one by one; Plot's inline
 * styles need 'unsafe-inline' for style-src. As a meta tag it cannot set frame-ancestors: embeds stay possible.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`)
    .filter((hash, i, all) => all.indexOf(hash) === i);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' blob: ${hashes.join(" ")}`.trim(),
    "worker-src 'self' blob:",
    "connect-src 'self' blob: data:",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/**
 * Dutch strings, WCAG repairs, a skip link as the first focusable element, the engine's early start (before the
 * CSP hashes the inline scripts), and the CSP, in one built page.
 * `file` names the page in errors; `sidebar` says whether Framework drew its sidebar there (not on embeds).
 */
export function postprocessPage(html: string, {file, sidebar}: {file: string; sidebar: boolean}): string {
  let out = addEarlyEngine(html, {file});
  for (const [pattern, replacement] of shellRepairs) out = replaceChecked(out, pattern, replacement, {file});
  // A page without the sidebar must not have its English label either: count 0 checks that.
  for (const [pattern, replacement] of sidebarRepairs)
    out = replaceChecked(out, pattern, replacement, {file, count: sidebar ? 1 : 0});
  const skipLink = '<a class="skip-link" href="#observablehq-main">Naar de inhoud</a>';
  out = replaceChecked(out, /<body([^>]*)>/, `<body$1>\n${skipLink}`, {file});
  const csp = contentSecurityPolicy(out);
  return replaceChecked(out, /<head>/, `<head>\n<meta http-equiv="Content-Security-Policy" content="${csp}">`, {file});
}

/** The pages built without Framework's sidebar: the chart-only embeds (their page loader turns it off). */
export function hasSidebar(page: string): boolean {
  return !/^embed[/\\]/.test(page);
}

export function postprocessSite(dir: string): number {
  let pages = 0;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("_")) visit(path);
      else if (entry.name.endsWith(".html")) {
        const page = relative(dir, path);
        writeFileSync(path, postprocessPage(readFileSync(path, "utf8"), {file: page, sidebar: hasSidebar(page)}));
        pages += 1;
      }
    }
  };
  visit(dir);
  return pages;
}
