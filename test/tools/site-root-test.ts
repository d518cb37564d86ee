// Framework's root, assembled in generated/site/ (tools/framework/site-root.ts): links to src/ and to the generated
// folders, nothing generated inside src/, and a loud stop when Framework or src/ is not what the glue expects.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {checkFrameworkVersion, frameworkVersion} from "../../tools/framework/run.js";
import {assembleSiteRoot, plannedLinks, rootLinks} from "../../tools/framework/site-root.js";
import {paths} from "../../tools/paths.js";

describe("assembleSiteRoot", () => {
  let dir: string;
  let src: string;
  let root: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "boordtabel-root-"));
    src = join(dir, "src");
    root = join(dir, "generated", "site");
    mkdirSync(join(src, "components"), {recursive: true});
    writeFileSync(join(src, "index.md"), "# Overzicht\n");
    writeFileSync(join(src, "components", "boot.ts"), "export {};\n");
    writeFileSync(join(src, ".DS_Store"), "");
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it("links every visible top-level entry of src/ into the root, so edits in src/ show at once", () => {
    assembleSiteRoot({src, root});
    expect(lstatSync(join(root, "index.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, "components", "boot.ts"), "utf8")).toBe("export {};\n");
    writeFileSync(join(src, "index.md"), "# Nieuw\n");
    expect(readFileSync(join(root, "index.md"), "utf8")).toBe("# Nieuw\n");
    expect(existsSync(join(root, ".DS_Store"))).toBe(false);
  });

  it("links the generated folders and the embed loader under the names the pages and dist/ use", () => {
    assembleSiteRoot({src, root});
    for (const name of ["_snapshots", "_engine", "embed/[chart].md.ts"])
      expect(lstatSync(join(root, name)).isSymbolicLink(), name).toBe(true);
    expect(Object.keys(rootLinks)).toEqual(["_snapshots", "_engine", "embed/[chart].md.ts"]);
  });

  it("follows src/: a page added is linked, a page removed is unlinked, Framework's cache stays", () => {
    assembleSiteRoot({src, root});
    mkdirSync(join(root, ".observablehq", "cache"), {recursive: true});
    writeFileSync(join(src, "nieuw.md"), "# Nieuw\n");
    rmSync(join(src, "index.md"));
    writeFileSync(join(root, "stray.txt"), "");
    assembleSiteRoot({src, root});
    expect(readdirSync(root).sort()).toEqual(
      [".observablehq", "_engine", "_snapshots", "components", "embed", "nieuw.md"].sort()
    );
  });

  it("replaces a link that points elsewhere", () => {
    mkdirSync(root, {recursive: true});
    symlinkSync("../elsewhere", join(root, "components"));
    assembleSiteRoot({src, root});
    expect(readFileSync(join(root, "components", "boot.ts"), "utf8")).toBe("export {};\n");
  });

  it("stops when src/ still holds what an older build generated there", () => {
    mkdirSync(join(src, "_snapshots"));
    expect(() => assembleSiteRoot({src, root})).toThrow(/src\/_snapshots: Framework's root takes names/);
    expect(() => plannedLinks(["index.md", "embed"], "src")).toThrow(/src\/embed/);
    expect(() => plannedLinks(["index.md", "_charts"], "src")).toThrow(/src\/_charts/);
  });
});

describe("the generated folder", () => {
  it("holds every path the build generates", () => {
    for (const [name, path] of Object.entries(paths))
      if (!["data", "src", "dist", "generated"].includes(name))
        expect(path.startsWith(`${paths.generated}/`), name).toBe(true);
  });

  it("is git-ignored, and the README lists each of its folders", () => {
    expect(readFileSync(".gitignore", "utf8").split("\n")).toContain(`${paths.generated}/`);
    const readme = readFileSync("README.md", "utf8");
    for (const path of Object.values(paths)) expect(readme, path).toContain(`${path}/`);
  });
});

describe("the Framework version", () => {
  it("is the one tools/framework/ is written for, in package.json and in node_modules", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {dependencies: Record<string, string>};
    expect(pkg.dependencies["@observablehq/framework"]).toBe(frameworkVersion);
    expect(() => checkFrameworkVersion()).not.toThrow();
  });

  it("stops the build when another release is installed", () => {
    const dir = mkdtempSync(join(tmpdir(), "boordtabel-framework-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({version: "1.14.0"}));
    expect(() => checkFrameworkVersion(dir)).toThrow(/Framework 1\.14\.0 is installed.*written for 1\.13\.4/);
    rmSync(dir, {recursive: true, force: true});
  });
});
