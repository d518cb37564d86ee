// package.json declares every package the code imports: `npm ci` on a fresh clone installs exactly what the lockfile
// pins, and a package that is only there because another one depends on it (esbuild came with Framework) can vanish
// or change version when that other package moves. Every bare import and every Framework "npm:" import counts.
import {readFileSync, readdirSync} from "node:fs";
import {builtinModules} from "node:module";
import {join} from "node:path";
import ts from "typescript";
import {describe, expect, it} from "vitest";

/** Where the code lives. test/fixtures/ is left out: its network page imports an undeclared package on purpose. */
const folders = ["src", "tools", "loaders", "bench", "test"];
const skipped = ["test/fixtures", "test/output"];
const code = /\.(ts|js|mjs|cjs)$/;

function sourceFiles(): string[] {
  const files = readdirSync(".").filter((f) => code.test(f));
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (skipped.includes(path)) continue;
      if (entry.isDirectory()) visit(path);
      else if (code.test(entry.name) || entry.name.endsWith(".md")) files.push(path);
    }
  };
  folders.forEach(visit);
  return files;
}

/** The module specifiers a file imports (static, dynamic, type-only, re-exports); of a page, its ```js blocks. */
export function importsOf(path: string, text: string): string[] {
  const sources = path.endsWith(".md")
    ? [...text.matchAll(/^```js\b[^\n]*\n([\s\S]*?)^```/gm)].map(([, body]) => body)
    : [text];
  return sources.flatMap((source) => ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName));
}

/** The package a specifier names, or undefined for a relative path, a Node built-in or a Framework built-in. */
export function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/)/.test(specifier) || /^(node|observablehq):/.test(specifier)) return undefined;
  const bare = specifier.replace(/^npm:/, "");
  if (/^\w+:/.test(bare)) throw new Error(`${specifier}: an import protocol this test does not know`);
  const [first, second] = bare.split("/");
  const name = (first.startsWith("@") ? `${first}/${second}` : first).replace(/(?<=.)@.*$/, "");
  return builtinModules.includes(name) ? undefined : name;
}

describe("package.json", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string> | undefined>;
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

  it("declares every package the code imports", () => {
    const undeclared: string[] = [];
    let packages = 0;
    for (const file of sourceFiles())
      for (const specifier of importsOf(file, readFileSync(file, "utf8"))) {
        const name = packageOf(specifier);
        if (name === undefined) continue;
        packages += 1;
        if (!declared.has(name)) undeclared.push(`${file}: ${specifier}`);
      }
    expect(packages).toBeGreaterThan(50); // the lister found the imports at all
    expect(undeclared).toEqual([]);
  });
});

describe("the import lister", () => {
  it("finds static, dynamic, type-only and re-exported imports, and those in a page's js blocks", () => {
    const source = `import a from "a";\nimport type {B} from "@b/b/sub";\nexport * from "c";\nconst d = import("d");`;
    expect(importsOf("x.ts", source)).toEqual(["a", "@b/b/sub", "c", "d"]);
    expect(importsOf("x.md", '# T\n\n```js\nimport {e} from "npm:e@1/x";\n```\n\nimport f from "f"')).toEqual([
      "npm:e@1/x"
    ]);
  });

  it("names the package, and skips relative paths and built-ins", () => {
    expect(["@b/b/sub", "npm:e@1/x", "npm:@f/g@2", "parquet-wasm/node"].map(packageOf)).toEqual([
      "@b/b",
      "e",
      "@f/g",
      "parquet-wasm"
    ]);
    expect(["./x.js", "../y.js", "node:fs", "fs", "observablehq:stdlib"].map(packageOf)).toEqual(
      Array(5).fill(undefined)
    );
  });
});
