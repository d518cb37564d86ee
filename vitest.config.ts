import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*-test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // The build and browser tests share dist/ and Chromium; running files one at a time keeps 2 cores calm.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000
  }
});
