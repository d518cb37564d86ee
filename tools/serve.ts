import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer} from "node:http";
import type {Server} from "node:http";
import type {AddressInfo, Socket} from "node:net";
import {extname, join, normalize, resolve} from "node:path";
import {createGzip} from "node:zlib";

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
  ".woff2": "font/woff2"
};
const compressible = new Set([".html", ".js", ".css", ".json", ".wasm", ".svg", ".csv"]);

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
 * gzip for text and wasm when the browser accepts it, 404 for anything else. Used by tests and the benchmark.
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
    const gzip = compressible.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    response.writeHead(200, {
      "content-type": contentTypes[extension] ?? "application/octet-stream",
      "cache-control": "no-cache",
      ...(gzip ? {"content-encoding": "gzip", vary: "accept-encoding"} : {"content-length": statSync(file).size})
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({level: 6})) : stream).pipe(response);
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

function resolveFile(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, pathname));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, `${path}.html`, join(path, "index.html")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}
