// Builds the site once, offline, before the build and browser tests. The report goes to the tests through
// vitest's provide/inject, so the build test can assert on it without building twice.
import type {TestProject} from "vitest/node";
import {buildSite} from "./build/build-site.js";
import type {BuildReport} from "./build/build-site.js";

declare module "vitest" {
  export interface ProvidedContext {
    build: BuildReport;
  }
}

export default function setup(project: TestProject) {
  const report = buildSite();
  if (report.status !== 0) throw new Error(`npm run build failed:\n${report.output}`);
  // The build's step lines with their seconds, so a CI log shows where the time of the site tests goes.
  const steps = report.output.split("\n").filter((line) => /\(\d+(\.\d+)? s\)$|ready in/.test(line));
  console.log(`site build (offline) in ${report.seconds.toFixed(1)} s:\n  ${steps.join("\n  ")}`);
  project.provide("build", report);
}
