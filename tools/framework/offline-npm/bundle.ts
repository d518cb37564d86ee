import {build} from "esbuild";
import type {Plugin} from "esbuild";
import {installedVersion, parsePackagePath} from "./specifier.js";

/**
 * Builds the browser ES module for an installed package in the shape jsDelivr's "+esm" serves, so Framework
 * can treat it as a CDN download. Imports of other packages stay external as "/npm/<dep>@<version>/+esm":
 * Framework then resolves and de-duplicates them (one apache-arrow shared by parquet-wasm and DuckDB; with
 * two copies DuckDB silently creates no table).
 */
export async function bundlePackage(root: string, name: string, subpath: string): Promise<string> {
  const result = await build({
    // The package itself is the entry: a wrapper ("export * from …") makes esbuild collapse the external
    // re-exports, and d3's named exports would vanish.
    entryPoints: [subpath ? `${name}/${subpath}` : name],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    logLevel: "silent",
    conditions: ["browser", "import"],
    define: {"process.env.NODE_ENV": '"production"'},
    plugins: [externalizeDependencies(root, name)]
  });
  return result.outputFiles[0].text;
}

function externalizeDependencies(root: string, self: string): Plugin {
  return {
    name: "externalize-dependencies",
    setup(build) {
      build.onResolve({filter: /^[^./]/}, (args) => {
        // CommonJS require() calls are inlined: an external one fails at runtime with "Dynamic require".
        if (args.kind === "entry-point" || args.kind === "require-call") return undefined;
        const {name, path} = parsePackagePath(args.path);
        if (name === self) return undefined;
        const version = installedVersion(root, name);
        if (!version) return undefined; // not installed at the top level: let esbuild find and inline it
        return {path: `/npm/${name}@${version}/${path ? `${path}/` : ""}+esm`, external: true};
      });
    }
  };
}
