// .ci/run on a registry that stalls: the install is tried again, up to three times, before the tests run. A fake
// npm (and sleep, so the test does not wait) on the PATH records each call and fails `npm ci` as often as asked.
import {spawnSync} from "node:child_process";
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

function runCi(failingInstalls: number, testStatus = 0) {
  const root = mkdtempSync(join(tmpdir(), "ci-run-"));
  mkdirSync(join(root, ".ci"));
  copyFileSync(".ci/run", join(root, ".ci/run"));
  const bin = join(root, "bin");
  mkdirSync(bin);
  const log = join(root, "calls");
  writeFileSync(log, "");
  const npm = `#!/usr/bin/env bash
echo "npm $1" >> "${log}"
if [ "$1" = ci ]; then
  [ "$(grep -c '^npm ci' "${log}")" -gt ${failingInstalls} ] || exit 1
fi
[ "$1" = test ] && exit ${testStatus}
exit 0
`;
  writeFileSync(join(bin, "npm"), npm);
  writeFileSync(join(bin, "sleep"), `#!/usr/bin/env bash\necho "sleep $1" >> "${log}"\n`);
  chmodSync(join(bin, "npm"), 0o755);
  chmodSync(join(bin, "sleep"), 0o755);
  const run = spawnSync("bash", [join(root, ".ci/run")], {env: {...process.env, PATH: `${bin}:${process.env.PATH}`}});
  const calls = readFileSync(log, "utf8").trim().split("\n");
  rmSync(root, {recursive: true, force: true});
  return {status: run.status, calls};
}

describe(".ci/run", () => {
  it("installs once and runs the tests when the registry answers", () => {
    expect(runCi(0)).toEqual({status: 0, calls: ["npm ci", "npm test"]});
  });

  it("tries the install again after a stall, then runs the tests", () => {
    expect(runCi(2)).toEqual({status: 0, calls: ["npm ci", "sleep 20", "npm ci", "sleep 40", "npm ci", "npm test"]});
  });

  it("fails without running the tests when the install fails three times", () => {
    expect(runCi(3)).toEqual({status: 1, calls: ["npm ci", "sleep 20", "npm ci", "sleep 40", "npm ci"]});
  });

  it("fails when the tests fail", () => {
    expect(runCi(0, 1).status).toBe(1);
  });
});
