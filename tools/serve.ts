import {createReadStream, existsSync, readFileSync, statSync} from "node:fs";
import {createServer} from "node:http";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve} from "node:path";
import {gzipSync} from "node:zlib";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".parquet": "application/vnd.apache.parquet",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf"
};
const compressible = new Set([".html", ".js", ".css", ".json", ".wasm", ".svg", ".csv"]);

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on loopback the way a static host does: clean URLs (/werkzaamheid → werkzaamheid.html),
 * gzip for text and wasm when the browser accepts it, 404 for anything else. Used by tests and the benchmark.
 */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = resolveFile(root, pathname);
    if (!file) {
      response.writeHead(404, {"content-type": "text/plain; charset=utf-8"});
      response.end("Niet gevonden");
      return;
    }
    const extension = extname(file);
    const gzip = compressible.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const body = gzip ? compressed(file) : undefined;
    response.writeHead(200, {
      "content-type": contentTypes[extension] ?? "application/octet-stream",
      "cache-control": "no-cache",
      ...(body ? {"content-encoding": "gzip", vary: "accept-encoding"} : {}),
      "content-length": body ? body.length : statSync(file).size
    });
    if (body) response.end(body);
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(port, "127.0.0.1", ready));
  const {port: actual} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((done) => server.close(() => done()))
  };
}

/**
 * The gzip of a file, made once per version of the file: DuckDB's 35 MB wasm took the server a second of CPU
 * on every page load, which the test suite (a hundred loads on two cores) paid for again and again.
 */
const gzipCache = new Map<string, {mtimeMs: number; size: number; body: Buffer}>();
function compressed(file: string): Buffer {
  const {mtimeMs, size} = statSync(file);
  const cached = gzipCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.body;
  const body = gzipSync(readFileSync(file), {level: 6});
  gzipCache.set(file, {mtimeMs, size, body});
  return body;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, pathname));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, `${path}.html`, join(path, "index.html")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}
