// Everything in tools/framework/ is written for one Framework release: it relies on how 1.13 resolves npm imports
// (offline-npm/), renders fenced blocks (chart-fences.ts), loads pages (embed-page.ts), lays out its page shell
// (postprocess-html.ts) and serves one root (site-root.ts). Another release stops here, before anything is built.
import {spawn} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";

export const frameworkVersion = "1.13.4";

const frameworkDir = join("node_modules", "@observablehq", "framework");

/** Throws unless node_modules holds the Framework release this folder was written for. */
export function checkFrameworkVersion(dir = frameworkDir): void {
  const {version} = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {version: string};
  if (version !== frameworkVersion)
    throw new Error(
      `Observable Framework ${version} is installed, but tools/framework/ is written for ${frameworkVersion} ` +
        "(npm resolution, fenced blocks, page loaders, page shell, root): review each file there for the new release"
    );
}

/**
 * Runs the Observable Framework CLI (build or preview) with the offline npm preload, so that it never reaches
 * the npm registry or a CDN: every npm import resolves to the lockfile-installed package in node_modules.
 */
export function runFramework(args: string[], env: Record<string, string> = {}): Promise<void> {
  checkFrameworkVersion();
  const cli = join(frameworkDir, "dist", "bin", "observable.js");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./tools/framework/offline-npm/register.ts", cli, ...args],
    {
      stdio: "inherit",
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", ...env}
    }
  );
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`observable ${args[0]} failed (${signal ?? `exit ${code}`})`))
    );
  });
}
