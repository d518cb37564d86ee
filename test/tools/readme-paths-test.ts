// The README names no file that does not exist. Every code-formatted name in README.md that looks like a path is
// checked: a repository path (placeholders such as <id> stand for one path segment) must match a tracked file or
// folder, a bare file name the name of a tracked file, a generated path a folder tools/paths.ts names, and an npm
// scope a package package.json declares. Site addresses (/charts/<id>.svg), page imports (./x.js) and paths
// outside the repository (../shared/) are not files of this repository and are left alone.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {paths} from "../../tools/paths.js";

/** The path-like names in code spans and code blocks of a markdown text. */
export function pathLikeNames(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map(([, body]) => body);
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, "");
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map(([, span]) => span);
  const tokens = [...blocks, ...spans].flatMap((text) => text.split(/[\s"'`]+/));
  const names = tokens
    .map((token) => token.replace(/^[(]+/, "").replace(/[),;:.]+$/, ""))
    .filter((name) => !/[(){}=]/.test(name) && !/^https?:/.test(name))
    .filter(
      (name) => name.includes("/") || /^[\w*<>.[\]-]+\.(ts|js|mjs|json|md|css|csv|parquet|arrow|wasm)$/.test(name)
    );
  return [...new Set(names)];
}

/** A name with <placeholders> and * as a regular expression over paths. */
function pattern(name: string): RegExp {
  const source = name
    .split(/(<[^>]+>|\*)/)
    .map((part) => (/^(<[^>]+>|\*)$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}${name.endsWith("/") ? "" : "$"}`);
}

/** Why a name is not a file of the repository, or undefined when it is. */
export function checkName(name: string, tracked: string[], declared: Set<string>): string | undefined {
  if (name.startsWith("/") || name.startsWith("./") || name.startsWith("../")) return undefined;
  if (name.startsWith("@")) return declared.has(name) ? undefined : `${name}: not a package package.json declares`;
  if (name === `${paths.dist}/` || name.startsWith(`${paths.dist}/`)) return undefined;
  if (name.startsWith(`${paths.generated}/`)) {
    const folder = name.split("/").slice(0, 2).join("/");
    const named = Object.values(paths).some((path) => path === folder || name === `${paths.generated}/`);
    return named ? undefined : `${name}: ${folder} is not a folder tools/paths.ts names`;
  }
  const regex = pattern(name);
  const candidates = name.includes("/") ? tracked : tracked.map((file) => file.split("/").at(-1)!);
  return candidates.some((file) => regex.test(file)) ? undefined : `${name}: no such file in the repository`;
}

describe("README.md", () => {
  const tracked = execFileSync("git", ["ls-files"], {encoding: "utf8"}).trim().split("\n");
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string> | undefined>;
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

  it("names no file that does not exist", () => {
    const names = pathLikeNames(readFileSync("README.md", "utf8"));
    expect(names.length).toBeGreaterThan(40); // the extraction found the names at all
    expect(names.map((name) => checkName(name, tracked, declared)).filter(Boolean)).toEqual([]);
  });

  it("finds a missing file, folder, generated folder or package (the check can fail)", () => {
    const text = [
      "`tools/render-charts.ts` and `src/_charts/` from",
      "```\ngenerated/charts/<id>.html\n```",
      "`@duckdb/nope`, `no-such-file.ts`, `data/<theme>/<id>.xlsx`, but `data/<theme>/<id>.csv` and `/charts/<id>.svg`"
    ].join("\n");
    const names = pathLikeNames(text);
    expect(names).toContain("data/<theme>/<id>.csv");
    const problems = names.map((name) => checkName(name, tracked, declared)).filter(Boolean);
    expect(problems).toEqual([
      "generated/charts/<id>.html: generated/charts is not a folder tools/paths.ts names",
      "tools/render-charts.ts: no such file in the repository",
      "src/_charts/: no such file in the repository",
      "@duckdb/nope: not a package package.json declares",
      "no-such-file.ts: no such file in the repository",
      "data/<theme>/<id>.xlsx: no such file in the repository"
    ]);
  });
});
