import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {renderAsync} from "@resvg/resvg-js";
import type {ResvgRenderOptions} from "@resvg/resvg-js";

const fontDir = join("node_modules", "dejavu-fonts-ttf", "ttf");
const fontFiles = readdirSync(fontDir)
  .filter((f) => /^DejaVuSans(-Bold)?\.ttf$/.test(f))
  .map((f) => join(fontDir, f));

/** One PNG to draw: an SVG at a pixel width, written to file. */
export interface RasterJob {
  svg: string;
  width: number;
  file: string;
}

function options(width: number): ResvgRenderOptions {
  return {
    fitTo: {mode: "width", value: width},
    background: "#ffffff",
    font: {fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans"}
  };
}

/**
 * SVG → PNG with resvg (its binary ships inside its npm package; nothing is downloaded). Fonts come from the
 * dejavu-fonts-ttf npm package, not the machine, so every machine draws the same pixels. Rasterizing is the
 * slowest step of the build (about a second per large PNG), so jobs run two at a time (renderAsync uses
 * libuv's thread pool) and a PNG whose SVG has not changed is copied from the cache.
 */
export async function rasterizeAll(jobs: RasterJob[], cacheDir: string, concurrency = 2): Promise<void> {
  mkdirSync(cacheDir, {recursive: true});
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const key = createHash("sha256").update(`${job.width}\n${job.svg}`).digest("hex").slice(0, 24);
      const cached = join(cacheDir, `${key}.png`);
      if (!existsSync(cached)) writeFileSync(cached, (await renderAsync(job.svg, options(job.width))).asPng());
      writeFileSync(job.file, readFileSync(cached));
    }
  };
  await Promise.all(Array.from({length: concurrency}, worker));
}
