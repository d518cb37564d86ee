import {availableParallelism} from "node:os";
import {defineConfig} from "vitest/config";

// Two kinds of tests. "unit" needs no build and no browser (loaders, derivations, formatting, chart SVGs, frame
// HTML, post-processing, CSP, offline npm resolution, refresh): npm run test:unit. "site" builds the site once,
// offline, then checks dist/ and every page in Chromium: npm run test:site. npm test runs lint, unit, site.
const cores = availableParallelism();
const site = ["test/browser/**/*-test.ts", "test/build/**/*-test.ts"];

export default defineConfig({
  test: {
    // One worker per core for the unit tests (vitest leaves a core free by default: on two cores, one worker). They
    // compute, and vitest's own process has little to do meanwhile. The site project runs in a single fork.
    maxWorkers: cores,
    minWorkers: cores,
    // A worker runs test file after test file and keeps the modules it imported (d3, Plot, jsdom, DuckDB, the
    // loaders) instead of a new process importing them again for each file, where most of the unit time went.
    // Safe here: no test mocks a module or changes the environment; the one that stubs fetch unstubs it after
    // each test. (Only this pool-wide setting does it: a project's own `isolate` does not reuse the process.)
    poolOptions: {forks: {isolate: false}},
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*-test.ts", "tools/**/*-test.ts"],
          exclude: [...site, "**/node_modules/**"],
          testTimeout: 60_000
        }
      },
      {
        test: {
          name: "site",
          include: site,
          globalSetup: ["test/global-setup.ts"],
          // The build and browser test files share dist/ and run one at a time; inside a file the page checks run
          // concurrently (it.concurrent), up to maxConcurrency pages at once: the suite waits more than it computes.
          pool: "forks",
          poolOptions: {forks: {singleFork: true}},
          // Each file starts from fresh modules, as before the unit tests stopped isolating theirs.
          isolate: true,
          maxConcurrency: 3,
          testTimeout: 300_000,
          hookTimeout: 600_000
        }
      }
    ]
  }
});
