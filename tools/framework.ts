import {spawn} from "node:child_process";
import {join} from "node:path";

/**
 * Runs the Observable Framework CLI (build or preview) with the offline npm preload, so that it never reaches
 * the npm registry or a CDN: every npm import resolves to the lockfile-installed package in node_modules.
 */
export function runFramework(args: string[], env: Record<string, string> = {}): Promise<void> {
  const cli = join("node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./tools/offline-npm/register.ts", cli, ...args],
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
