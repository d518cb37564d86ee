// Draws every chart at build time (after the snapshots): frames with static SVG for the pages, and exports.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {cards} from "../../src/cards/index.js";
import {charts} from "../../src/charts/index.js";
import {citationTitle, readSources} from "../../loaders/lib/sources.js";
import {replaceDirectory} from "../../loaders/lib/snapshots.js";
import type {CatalogueEntry} from "../../loaders/lib/catalogue.js";
import {paths} from "../paths.js";
import {openSnapshots} from "./query.js";
import {renderCards} from "./render-cards.js";
import {renderCatalogue, renderFiches} from "./render-catalogue.js";
import {writeChartFrame} from "./write-chart-frame.js";
import {rasterizeAll} from "./rasterize.js";

/**
 * Draws every chart's frame and the generated page parts into framesDir, and the chart exports into exportsDir;
 * both are written beside their folder and swapped in only when everything is drawn. PNG exports are skipped
 * when `png` is false (npm run dev: the pages do not need them and they take most of the time).
 */
export async function renderFrames(
  dataDir: string,
  {
    png = true,
    snapshotDir = paths.snapshots,
    framesDir = paths.frames,
    exportsDir = paths.exports,
    pngCache = paths.pngCache
  } = {}
) {
  const titles = Object.fromEntries([...readSources(dataDir)].map(([id, s]) => [id, citationTitle(s)]));
  const db = await openSnapshots(snapshotDir);
  const frames = `${framesDir}.staging-${process.pid}`;
  const exports = `${exportsDir}.staging-${process.pid}`;
  for (const dir of [frames, exports]) {
    rmSync(dir, {recursive: true, force: true});
    mkdirSync(dir, {recursive: true});
  }
  try {
    const rendered = [];
    const {datasets} = JSON.parse(readFileSync(join(snapshotDir, "catalogue.json"), "utf8")) as {
      datasets: CatalogueEntry[];
    };
    const keys = Object.fromEntries(datasets.map((d) => [d.id, d.key]));
    const breaks = Object.fromEntries(datasets.map((d) => [d.id, d.breaks]));
    const metadata = Object.fromEntries(datasets.map((d) => [d.id, d]));
    for (const chart of charts)
      rendered.push(await writeChartFrame(chart, db, titles, {framesDir: frames, exportsDir: exports}, keys, metadata));
    writeFileSync(join(frames, "cards-overzicht.html"), await renderCards(cards, db, titles, breaks));
    writeFileSync(join(frames, "fiches-alle.html"), await renderFiches(datasets, charts, db));
    writeFileSync(join(frames, "catalogue-alle.html"), renderCatalogue(datasets));
    if (png)
      await rasterizeAll(
        rendered.flatMap((chart) => chart.rasterJobs),
        pngCache
      );
    replaceDirectory(frames, framesDir);
    replaceDirectory(exports, exportsDir);
    return rendered;
  } finally {
    db.close();
    for (const dir of [frames, exports]) rmSync(dir, {recursive: true, force: true});
  }
}
