import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

export interface BuildReport {
  status: number | null;
  output: string;
  /** Outbound connections the build tried (each refused); empty for a hermetic build. */
  attempts: string[];
  /** Whether the build also ran in a network namespace with no interfaces but loopback (unshare -rn). */
  isolated: boolean;
  seconds: number;
}

function canUnshare(): boolean {
  return spawnSync("unshare", ["-rn", "true"]).status === 0;
}

/**
 * Runs `npm run build` the way CI does, but with every outbound connection refused: in an empty network
 * namespace where the kernel allows it, and always with a preload that refuses and records non-loopback
 * connections in every Node process of the build.
 */
export function buildSite(env: Record<string, string> = {}): BuildReport {
  const log = join(mkdtempSync(join(tmpdir(), "boordtabel-net-")), "attempts.log");
  const isolated = canUnshare();
  const command = ["npm", "run", "build", "--silent"];
  const started = performance.now();
  const result = spawnSync(isolated ? "unshare" : command[0], isolated ? ["-rn", ...command] : command.slice(1), {
    encoding: "utf8",
    env: {
      ...process.env,
      ...env,
      BOORDTABEL_PRELOAD: "./test/build/refuse-network.ts",
      BOORDTABEL_NETWORK_LOG: log,
      npm_config_offline: "true"
    }
  });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    attempts: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").filter(Boolean) : [],
    isolated,
    seconds: (performance.now() - started) / 1000
  };
}
