// The post-processing of every built page (tools/framework/postprocess-html.ts): Dutch strings, WCAG repairs of
// Framework's shell, a skip link first in <body>, and a Content-Security-Policy whose hashes allow exactly the
// page's inline scripts. The hashes are checked against node's crypto, the way a browser computes them.
import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {contentSecurityPolicy, hasSidebar, postprocessPage} from "../../tools/framework/postprocess-html.js";

/** A page shell the way Framework 1.13 writes it (trimmed). */
const shell = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<script type="module">import "./_observablehq/client.js";</script>
<script type="module" src="./_observablehq/runtime.js"></script>
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li>Home</li>
  </ol>
  <div>Search</div>
</nav>
<main id="observablehq-main"><script>window.x = 1;</script></main>
</body>
</html>`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const cspOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];

describe("postprocessPage", () => {
  const page = postprocessPage(shell, {file: "werkzaamheid.html", sidebar: true});

  it("sets the page language and allows zoom", () => {
    expect(page).toContain('<html lang="nl-BE">');
    expect(page).toContain('content="width=device-width, initial-scale=1"');
    expect(page).not.toContain("maximum-scale");
  });

  it("translates Framework's English strings", () => {
    expect(page).toContain('title="Zijbalk tonen of verbergen" aria-label="Zijbalk tonen of verbergen"');
    expect(page).not.toContain("Toggle sidebar");
  });

  it("moves the sidebar's close label out of the list, where only <li> may stand", () => {
    expect(page).toMatch(
      /<nav id="observablehq-sidebar">\s*<label id="observablehq-sidebar-close"[^>]*><\/label>\s*<ol>\s*<li>/
    );
  });

  it("puts a skip link to the content first in <body>", () => {
    expect(page).toMatch(/<body>\s*<a class="skip-link" href="#observablehq-main">Naar de inhoud<\/a>\s*<input/);
  });

  it("adds one CSP meta tag, first in <head>, before any script", () => {
    expect(page.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<script"));
    expect(page).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy"/);
  });

  it("hashes the inline scripts of the page as it is served (after the other repairs)", () => {
    const csp = cspOf(page)!;
    expect(csp).toContain(sha256('import "./_observablehq/client.js";'));
    expect(csp).toContain(sha256("window.x = 1;"));
  });
});

describe("postprocessPage when Framework's shell changes", () => {
  const page = {file: "werkzaamheid.html", sidebar: true};

  it("stops, naming the page and the pattern, when a repair finds nothing to edit", () => {
    const zoomable = shell.replace(", maximum-scale=1", "");
    expect(() => postprocessPage(zoomable, page)).toThrow(/werkzaamheid\.html: expected 1 match of .*maximum-scale/);
    expect(() => postprocessPage(shell.replace("<html>", '<html lang="en">'), page)).toThrow(/<html>/);
    expect(() => postprocessPage(shell.replace('title="Toggle sidebar"', ""), page)).toThrow(/Toggle sidebar/);
  });

  it("stops when the sidebar's close label is no longer inside its list", () => {
    const moved = shell.replace(/<ol>\s*(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$1\n  <ol>");
    expect(() => postprocessPage(moved, page)).toThrow(/observablehq-sidebar-close/);
  });

  it("stops when a page thought to have no sidebar has one, or the other way round", () => {
    const embed = shell.replace(/<input id="observablehq-sidebar-toggle"[\s\S]*<\/nav>\n/, "");
    expect(postprocessPage(embed, {file: "embed/eak-kloof.html", sidebar: false})).toContain('<html lang="nl-BE">');
    expect(() => postprocessPage(embed, page)).toThrow(/Toggle sidebar/);
    expect(() => postprocessPage(shell, {file: "embed/eak-kloof.html", sidebar: false})).toThrow(
      /embed\/eak-kloof\.html: expected 0 matches of .*Toggle sidebar.*found 1/
    );
    expect(hasSidebar("embed/eak-kloof.html")).toBe(false);
    expect(hasSidebar("maatregelen/cmw/2023.html")).toBe(true);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows the site's own origin and what DuckDB-WASM needs, nothing from another host", () => {
    const csp = contentSecurityPolicy("<p>no scripts</p>");
    expect(csp.split("; ")).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval' blob:",
      "worker-src 'self' blob:",
      "connect-src 'self' blob: data:",
      "img-src 'self' data: blob:",
      "style-src 'self' 'unsafe-inline'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'"
    ]);
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });

  it("hashes each inline script once, byte for byte, and never a script with src", () => {
    const csp = contentSecurityPolicy(
      `<script>a()</script><script type="module">a()</script><script>b() </script><script src="/x.js">c()</script>`
    );
    const hashes = csp.match(/'sha256-[^']+'/g);
    expect(hashes).toEqual([sha256("a()"), sha256("b() ")]);
    expect(csp).not.toContain(sha256("c()"));
  });

  it("hashes a script that spans lines, with its whitespace", () => {
    const body = "\n  const a = 1;\n  console.log(a);\n";
    expect(contentSecurityPolicy(`<script type="module">${body}</script>`)).toContain(sha256(body));
  });
});
