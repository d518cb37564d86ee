import {createReadStream, existsSync, readFileSync, statSync} from "node:fs";
import {createServer} from "node:http";
import type {Server} from "node:http";
import type {AddressInfo, Socket} from "node:net";
import {basename, extname, join, normalize, resolve} from "node:path";
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
  ".arrow": "application/vnd.apache.arrow.stream",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf"
};
const compressible = new Set([".html", ".js", ".css", ".json", ".wasm", ".svg", ".csv", ".arrow"]);

/**
 * A file whose name carries its content hash (Framework's /_file/x.1a2b3c4d.arrow, /_npm/…/1a2b3c4d.js) never
 * changes under that name: the browser may keep it for a year without asking again. Everything else (pages,
 * downloads at stable addresses) is revalidated with its ETag on every use.
 */
export function cacheControl(pathname: string, file: string): string {
  const hashed =
    /^\/_(file|import|npm|node|observablehq)\//.test(pathname) && /(^|\.)[0-9a-f]{8}\.[a-z0-9]+$/.test(basename(file));
  return hashed ? "public, max-age=31536000, immutable" : "no-cache";
}

/** The brotli or gzip file the build wrote beside a large asset (tools/precompress.ts), if the browser takes it. */
function precompressedFile(file: string, accepted: string): {path: string; encoding: string} | undefined {
  for (const [encoding, suffix] of [
    ["br", ".br"],
    ["gzip", ".gz"]
  ])
    if (new RegExp(`\\b${encoding}\\b`).test(accepted) && existsSync(`${file}${suffix}`))
      return {path: `${file}${suffix}`, encoding};
  return undefined;
}

export interface StaticServer {
  origin: string;
  /** Bytes the server has written to every connection so far (headers and bodies, as on the wire). */
  bytesSent(): number;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** Extra pages that are not files of the site, by URL path (the benchmark's floor page): HTML text. */
  overlay?: Record<string, string>;
}

/**
 * Serves a built site on loopback the way a static host does: clean URLs (/werkzaamheid → werkzaamheid.html),
 * the precompressed .br or .gz beside a large asset when the browser accepts it, else gzip on the fly for text
 * and wasm; long caching for content-hashed names, ETag revalidation for the rest; 404 for anything else.
 * Used by tests and the benchmark.
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const extra = options.overlay?.[pathname];
    if (extra !== undefined) {
      response.writeHead(200, {"content-type": contentTypes[".html"], "cache-control": "no-cache"});
      response.end(extra);
      return;
    }
    const file = resolveFile(root, pathname);
    if (!file) {
      response.writeHead(404, {"content-type": "text/plain; charset=utf-8"});
      response.end("Niet gevonden");
      return;
    }
    const extension = extname(file);
    const stat = statSync(file);
    const etag = `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
    const headers: Record<string, string | number> = {
      "content-type": contentTypes[extension] ?? "application/octet-stream",
      "cache-control": cacheControl(pathname, file),
      etag,
      vary: "accept-encoding"
    };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const accepted = String(request.headers["accept-encoding"] ?? "");
    const precompressed = precompressedFile(file, accepted);
    if (precompressed) {
      response.writeHead(200, {
        ...headers,
        "content-encoding": precompressed.encoding,
        "content-length": statSync(precompressed.path).size
      });
      createReadStream(precompressed.path).pipe(response);
      return;
    }
    // Compressed once per file version and kept: compressing DuckDB's wasm on every request cost a second of CPU.
    const body = compressible.has(extension) && /\bgzip\b/.test(accepted) ? compressed(file) : undefined;
    response.writeHead(200, {
      ...headers,
      ...(body ? {"content-encoding": "gzip"} : {}),
      "content-length": body ? body.length : stat.size
    });
    if (body) response.end(body);
    else createReadStream(file).pipe(response);
  });
  let closedBytes = 0;
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((ready) => server.listen(options.port ?? 0, "127.0.0.1", ready));
  const {port: actual} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    bytesSent: () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, closedBytes),
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
