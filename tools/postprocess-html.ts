import {createHash} from "node:crypto";
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";

/** Framework's few English interface strings, in Dutch. */
const translations: [RegExp, string][] = [
  [/title="Toggle sidebar"/g, 'title="Zijbalk tonen of verbergen" aria-label="Zijbalk tonen of verbergen"'],
  [/>Search</g, ">Zoeken<"]
];

/**
 * Repairs in Framework's page shell that WCAG 2.1 AA asks for: the page language, zoom (no maximum-scale),
 * and the sidebar's close label, which Framework puts inside an <ol> where only <li> may stand.
 */
const shellRepairs: [RegExp, string][] = [
  [/<html>/, '<html lang="nl-BE">'],
  [/,\s*maximum-scale=1/, ""],
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

/** Dutch strings, a skip link as the first focusable element, and the CSP, in one built page. */
export function postprocessPage(html: string): string {
  let out = html;
  for (const [pattern, replacement] of [...translations, ...shellRepairs]) out = out.replace(pattern, replacement);
  out = out.replace(/<body([^>]*)>/, '<body$1>\n<a class="skip-link" href="#observablehq-main">Naar de inhoud</a>');
  const csp = contentSecurityPolicy(out);
  return out.replace(/<head>/, `<head>\n<meta http-equiv="Content-Security-Policy" content="${csp}">`);
}

export function postprocessSite(dir: string): number {
  let pages = 0;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("_")) visit(path);
      else if (entry.name.endsWith(".html")) {
        writeFileSync(path, postprocessPage(readFileSync(path, "utf8")));
        pages += 1;
      }
    }
  };
  visit(dir);
  return pages;
}
