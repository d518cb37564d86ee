import {existsSync, readFileSync} from "node:fs";
import {extname, join} from "node:path";
import {bundlePackage} from "./bundle.js";
import {installedVersion, parsePackagePath, parseRegistryPath} from "./specifier.js";

/** Answered for packages Framework's client only references lazily and the project does not install. */
export const notInstalledVersion = "0.0.0-not-installed";

const contentTypes: Record<string, string> = {
  ".js": "application/javascript",
  ".mjs": "application/javascript",
  ".cjs": "application/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".css": "text/css"
};

export class OfflineRequestError extends Error {
  constructor(url: string) {
    super(`offline build: refused a request to ${url} (only the npm registry and CDN are answered, from node_modules)`);
    this.name = "OfflineRequestError";
  }
}

/**
 * A fetch that answers Framework's npm look-ups (registry.npmjs.org) and CDN downloads (cdn.jsdelivr.net)
 * from node_modules, passes loopback through, and refuses everything else. Versions come from the lockfile-
 * installed packages, so the build is as reproducible as `npm ci`.
 */
export function createOfflineFetch(root: string, passThrough: typeof fetch): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname === "registry.npmjs.org") return answerRegistry(root, url);
    if (url.hostname === "cdn.jsdelivr.net") return answerCdn(root, url);
    if (["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return passThrough(input, init);
    throw new OfflineRequestError(url.href);
  };
}

function answerRegistry(root: string, url: URL): Response {
  const {name, tag} = parseRegistryPath(url.pathname);
  const version = installedVersion(root, name) ?? notInstalledVersion;
  return Response.json(tag ? {name, version} : {name, versions: {[version]: {}}});
}

async function answerCdn(root: string, url: URL): Promise<Response> {
  const {name, version, path} = parsePackagePath(decodeURIComponent(url.pathname.replace(/^\/npm\//, "")));
  const installed = installedVersion(root, name);
  if (!installed) return new Response(`not installed: ${name}`, {status: 404});
  if (version && version !== installed)
    return new Response(`installed ${name}@${installed}, asked ${version}`, {status: 404});
  if (path === "+esm" || path.endsWith("/+esm")) {
    const body = await bundlePackage(root, name, path.replace(/\/?\+esm$/, ""));
    // Framework rewrites the imports of a download only when it is labelled application/javascript, as
    // jsDelivr labels it; text/javascript would leave "/npm/…" imports unresolved in the built site.
    return new Response(body, {headers: {"content-type": "application/javascript; charset=utf-8"}});
  }
  const file = join(root, "node_modules", name, path);
  if (!path || !existsSync(file)) return new Response(`not found: ${name}/${path}`, {status: 404});
  return new Response(readFileSync(file), {
    headers: {"content-type": contentTypes[extname(file)] ?? "application/octet-stream"}
  });
}
