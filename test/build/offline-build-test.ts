import {cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, inject, it} from "vitest";
import {buildSite, runOffline} from "./build-site.js";
import type {BuildReport} from "./build-site.js";

/** What "asks the network nothing" means, for the site and for the fixture that must fail it. */
function expectNoNetwork(report: BuildReport) {
  // The recorder must have run in Framework's process, or an empty list of attempts proves nothing.
  expect(report.recorded.some((process) => process.includes("observable.js build"))).toBe(true);
  expect(report.attempts).toEqual([]);
  expect(report.output).not.toMatch(/unable to fetch|network refused|offline build: refused/);
}

describe("the build", () => {
  const report = inject("build");

  it("succeeds with every outbound connection refused, and asks the network nothing", () => {
    expect(report.status).toBe(0);
    expectNoNetwork(report);
    // Every Node process of the build carried the recorder: npm, tsx running tools/build.ts, Framework.
    expect(report.recorded.some((process) => process.includes("tools/build.ts"))).toBe(true);
  });

  it("catches a page that reaches for the network while it is built (fixture)", () => {
    // The fixture's page imports from npm; built without tools/framework/offline-npm/, Framework asks the registry.
    const cli = resolve("node_modules/@observablehq/framework/dist/bin/observable.js");
    const output = join(mkdtempSync(join(tmpdir(), "boordtabel-fixture-")), "dist");
    const fixture = runOffline([process.execPath, cli, "build"], {
      cwd: "test/fixtures/network-page",
      env: {BOORDTABEL_OUTPUT: output, OBSERVABLE_TELEMETRY_DISABLE: "1"}
    });
    expect(fixture.attempts.join("\n")).toMatch(/registry\.npmjs\.org\/d3-dsv/);
    expect(() => expectNoNetwork(fixture)).toThrow();
  });

  it("puts every page and the snapshots at stable addresses into dist/", () => {
    for (const file of [
      "index.html",
      "werkzaamheid.html",
      "data/eak-werkzaamheid.parquet",
      "data/eak-werkzaamheid.csv",
      "data/catalogue.json"
    ])
      expect(existsSync(join("dist", file)), file).toBe(true);
    expect(readFileSync("dist/werkzaamheid.html", "utf8")).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|unpkg\.com/);
  });

  it("stops on bad data before touching dist/, naming file, row and column", () => {
    const data = join(mkdtempSync(join(tmpdir(), "boordtabel-bad-")), "data");
    cpSync("data", data, {recursive: true});
    const table = join(data, "eak/eak-werkzaamheid.csv");
    writeFileSync(table, readFileSync(table, "utf8").replace("2010;hinder;33,5;", "2010;hinder;133,5;"));
    const before = statSync("dist/index.html").mtimeMs;
    const broken = buildSite({BOORDTABEL_DATA: data});
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/eak-werkzaamheid\.csv, row \d+, column value: 133,5 is above the maximum 100/);
    expect(statSync("dist/index.html").mtimeMs).toBe(before);
  });
});
