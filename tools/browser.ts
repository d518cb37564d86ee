import {existsSync} from "node:fs";
import {chromium} from "playwright-core";
import type {Browser, BrowserContext} from "playwright-core";

/** Flags that keep Chromium from calling Google's services, which this machine's closed network refuses. */
const quietFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--no-first-run",
  "--disable-quic",
  "--metrics-recording-only",
  "--no-pings"
];

/**
 * Debian's chromium where installed; otherwise the Chromium that the npm package @sparticuz/chromium ships
 * inside itself, so `npm ci` is all a fresh machine needs. Nothing downloads a browser.
 */
export async function findChromium(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const path of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (existsSync(path)) return path;
  const {default: sparticuz} = await import("@sparticuz/chromium");
  return sparticuz.executablePath();
}

/**
 * Diagnosis only: CHROMIUM_EXTRA_ARGS adds flags to every launch (split at spaces), CHROMIUM_JS_FLAGS passes V8
 * flags as one --js-flags (spaces kept), e.g. "--wasm-caching-threshold=1 --wasm-caching-timeout-ms=10".
 */
const extraArgs = [
  ...(process.env.CHROMIUM_EXTRA_ARGS ?? "").split(" ").filter(Boolean),
  ...(process.env.CHROMIUM_JS_FLAGS ? [`--js-flags=${process.env.CHROMIUM_JS_FLAGS}`] : [])
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: await findChromium(), args: [...quietFlags, ...extraArgs], headless: true});
}

/**
 * Chromium with a profile on disk, as a reader's browser has. A context from launchChromium().newContext() is
 * off the record (incognito): Chromium keeps no code cache for it, so a second visit there can never reuse
 * compiled code. This one keeps its HTTP cache and code caches in `userDataDir` between pages.
 */
export async function launchPersistentChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: await findChromium(),
    args: [...quietFlags, ...extraArgs],
    headless: true
  });
}
