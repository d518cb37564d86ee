// A link check over the built site: every internal link and anchor resolves.
import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {htmlFiles} from "./html-files.js";

function targetFile(from: string, href: string): string | undefined {
  const path = href.startsWith("/") ? join("dist", href) : join(from, "..", href);
  for (const candidate of [path, `${path}.html`, join(path, "index.html")])
    if (existsSync(candidate) && !candidate.endsWith("/")) return candidate;
  return undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file))
    ids.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return ids.get(file)!;
}

describe("links in the built site", () => {
  it("every internal link and anchor resolves", () => {
    const broken: string[] = [];
    for (const file of htmlFiles("dist")) {
      const html = readFileSync(file, "utf8");
      for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const href = raw.replace(/&amp;/g, "&");
        if (/^(https?:|mailto:|data:|blob:)/.test(href)) continue;
        const [path, anchor] = href.split("#");
        const target = path ? targetFile(file, path.split("?")[0]) : file;
        if (!target) broken.push(`${relative("dist", file)} → ${href}`);
        else if (anchor && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(anchor)))
          broken.push(`${relative("dist", file)} → ${href} (no id "${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every page carries a Content-Security-Policy limited to its own origin", () => {
    for (const file of htmlFiles("dist")) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
      expect(csp, file).toMatch(/default-src 'self'/);
      expect(csp, file).not.toMatch(/https?:/);
    }
  });
});
