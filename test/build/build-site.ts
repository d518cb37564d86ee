import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";

export interface BuildReport {
  status: number | null;
  output: string;
  /** Outbound connections the build tried (each refused); empty for a hermetic build. */
  attempts: string[];
  /** The Node processes the network recorder was loaded into ("<pid> <script>"). */
  recorded: string[];
  /** Whether the build also ran in a network namespace with no interfaces but loopback (unshare -rn). */
  isolated: boolean;
  seconds: number;
}

function canUnshare(): boolean {
  return spawnSync("unshare", ["-rn", "true"]).status === 0;
}

const recorder = pathToFileURL(resolve("test/build/refuse-network.mjs")).href;

/**
 * Runs a command the way CI builds, but with every outbound connection refused: in an empty network namespace
 * where the kernel allows it, and always with a recorder preloaded through NODE_OPTIONS into every Node process
 * the command starts (npm, tsx, Framework, its data loaders), which refuses and logs non-loopback connections.
 */
export function runOffline(command: string[], options: {env?: Record<string, string>; cwd?: string} = {}): BuildReport {
  const log = join(mkdtempSync(join(tmpdir(), "boordtabel-net-")), "attempts.log");
  const isolated = canUnshare();
  const started = performance.now();
  // Inside the namespace only loopback is brought up: the build serves the staged site to Chromium on 127.0.0.1 to
  // print the fiches, and nothing else has an interface to leave by.
  const inside = ["sh", "-c", 'ip link set lo up 2>/dev/null; exec "$@"', "sh", ...command];
  const result = spawnSync(isolated ? "unshare" : command[0], isolated ? ["-rn", ...inside] : command.slice(1), {
    encoding: "utf8",
    cwd: options.cwd,
    env: {
      ...process.env,
      ...options.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${recorder}`.trim(),
      BOORDTABEL_NETWORK_LOG: log,
      npm_config_offline: "true"
    }
  });
  const lines = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").filter(Boolean) : [];
  const entries = (kind: string) => lines.filter((l) => l.startsWith(`${kind} `)).map((l) => l.slice(kind.length + 1));
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    attempts: entries("refused"),
    recorded: entries("loaded"),
    isolated,
    seconds: (performance.now() - started) / 1000
  };
}

/** `npm run build`, offline as above. */
export function buildSite(env: Record<string, string> = {}): BuildReport {
  return runOffline(["npm", "run", "build", "--silent"], {env});
}
