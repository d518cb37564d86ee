// npm run build: validate data/ and write the snapshots, build the site with Framework (offline), add the
// stable download addresses, and only then replace dist/. A failure at any step leaves dist/ as it was.
import {publicationSnapshots} from "../loaders/publication/snapshot.js";
import {cpSync, existsSync, mkdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {runCli} from "../loaders/lib/cli.js";
import {buildSnapshots, replaceDirectory} from "../loaders/lib/snapshots.js";
import {fichePages} from "./fiches/grid-data.js";
import {printFichePdfs} from "./fiches/print-pdfs.js";
import {runFramework} from "./framework/run.js";
import {postprocessSite} from "./framework/postprocess-html.js";
import {assembleSiteRoot} from "./framework/site-root.js";
import {precompressSite} from "./precompress.js";
import {writeEngineAssets} from "./engine-assets.js";
import {renderFrames} from "./frames/render-all.js";
import {paths} from "./paths.js";

// BOORDTABEL_DIST builds beside dist/ (e.g. while a benchmark still serves the old one).
const target = process.env.BOORDTABEL_DIST ?? paths.dist;
const staging = `${target}.staging-${process.pid}`;

/** Runs one step of the build and logs what it says with the seconds it took: where the build's time goes. */
async function step<T>(run: () => T | Promise<T>, say: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${say(result)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

runCli(async () => {
  const started = performance.now();
  const data = process.env.BOORDTABEL_DATA ?? paths.data;
  await step(
    () => buildSnapshots(data, paths.snapshots, {generated: publicationSnapshots}),
    (datasets) => `snapshots: ${datasets.length} datasets valid and written`
  );
  await step(
    () => renderFrames(data),
    (charts) => `charts: ${charts.length} drawn with their exports`
  );
  writeEngineAssets();
  assembleSiteRoot();
  rmSync(staging, {recursive: true, force: true});
  try {
    await step(
      () => runFramework(["build"], {BOORDTABEL_OUTPUT: staging}),
      () => "framework: pages built"
    );
    publishDownloads(staging);
    publishFonts(staging);
    postprocessSite(staging);
    // The fiches print in Chromium while zlib compresses on its own threads: the two steps share no file (PDFs are
    // not compressed, and nothing the printing reads is written by the compression).
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    await Promise.all([
      step(
        () => printFichePdfs(staging, fichePages().paths),
        (count) => `fiches: ${count} PDF's (A4) printed`
      ),
      step(
        () => precompressSite(staging),
        (c) => `precompressed: ${c.files} files, ${mb(c.bytes)} → brotli ${mb(c.brotliBytes)}, gzip ${mb(c.gzipBytes)}`
      )
    ]);
    replaceDirectory(staging, target);
  } finally {
    if (existsSync(staging)) rmSync(staging, {recursive: true, force: true});
  }
  console.log(`build: ${target}/ ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

/** Snapshots (/data/<id>.parquet, .csv, catalogue.json; the .arrow twins are for the pages, under /_file/) and chart exports (/charts/<id>.svg, .png, .csv) at stable addresses. */
function publishDownloads(out: string) {
  const target = join(out, "data");
  mkdirSync(target, {recursive: true});
  cpSync(paths.snapshots, target, {recursive: true, filter: (source) => !/\.(js|arrow)$/.test(source)});
  cpSync(paths.exports, join(out, "charts"), {recursive: true});
}

/** The self-hosted font files named in observablehq.config.ts, from the lockfile-installed npm package. */
function publishFonts(out: string) {
  const source = "node_modules/@fontsource/source-serif-4/files";
  mkdirSync(join(out, "_fonts"), {recursive: true});
  for (const weight of [400, 700]) {
    const file = `source-serif-4-latin-${weight}-normal.woff2`;
    cpSync(join(source, file), join(out, "_fonts", file));
  }
}
