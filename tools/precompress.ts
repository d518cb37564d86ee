// Brotli and gzip files beside the site's large assets (x.wasm → x.wasm.br, x.wasm.gz), for static hosts that
// serve a precompressed file when the browser accepts its encoding (nginx gzip_static/brotli_static, Caddy
// precompressed, Netlify, GitHub Pages for gzip) and for tools/serve.ts. Brotli at its highest quality makes
// DuckDB's engine (35,7 MB) about a fifth smaller than gzip does; it costs build time once instead of every
// reader's bandwidth.
import {readFileSync, readdirSync, renameSync, statSync, writeFileSync} from "node:fs";
import {extname, join} from "node:path";
import {promisify} from "node:util";
import {brotliCompress, constants, gzip} from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Types worth compressing; images and fonts already are. */
const extensions = new Set([".js", ".css", ".wasm", ".json", ".arrow", ".csv", ".svg", ".html"]);
/** Below this a compressed twin saves too little to be worth a file. */
export const MIN_BYTES = 20_000;

function listFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface PrecompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/**
 * Writes a file under another name and renames it into place: the build prints the fiches from the staged site
 * while this runs, and its server, which prefers a .br or .gz beside a file, must never find one half-written.
 */
function writeWhole(file: string, bytes: Buffer) {
  writeFileSync(`${file}.partial`, bytes);
  renameSync(`${file}.partial`, file);
}

export async function precompressSite(dir: string): Promise<PrecompressReport> {
  const files = listFiles(dir).filter((f) => extensions.has(extname(f)) && statSync(f).size >= MIN_BYTES);
  const report: PrecompressReport = {files: files.length, bytes: 0, brotliBytes: 0, gzipBytes: 0};
  // One file at a time: the zlib thread pool already uses the cores, and the engine alone is 35 MB.
  for (const file of files) {
    const raw = readFileSync(file);
    const [br, gzipped] = await Promise.all([
      brotli(raw, {
        params: {
          // Quality 11 on the 35 MB engine takes minutes; 9 is within a few per cent of it.
          [constants.BROTLI_PARAM_QUALITY]: raw.length > 5_000_000 ? 9 : 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length
        }
      }),
      gz(raw, {level: 9})
    ]);
    writeWhole(`${file}.br`, br);
    writeWhole(`${file}.gz`, gzipped);
    report.bytes += raw.length;
    report.brotliBytes += br.length;
    report.gzipBytes += gzipped.length;
  }
  return report;
}
