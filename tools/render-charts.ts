// Draws every chart at build time (after the snapshots): frames with static SVG for the pages, and exports.
import {readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {cards} from "../src/cards/index.js";
import {charts} from "../src/charts/index.js";
import {citationTitle, readSources} from "../loaders/lib/sources.js";
import {replaceDirectory} from "../loaders/lib/snapshots.js";
import {openSnapshots} from "./charts/query.js";
import type {CatalogueEntry} from "../loaders/lib/catalogue.js";
import {renderCards} from "./charts/render-cards.js";
import {renderCatalogue, renderFiches} from "./charts/render-catalogue.js";
import {renderChart} from "./charts/render-charts.js";
import {rasterizeAll} from "./charts/rasterize.js";

/**
 * Draws every chart and the generated page parts into outDir (swapped in whole when done). PNG exports are
 * skipped when `png` is false (npm run dev: the pages do not need them and they take most of the time).
 */
export async function renderAllCharts(
  dataDir: string,
  {png = true, snapshotDir = "src/_snapshots", outDir = "src/_charts"} = {}
) {
  const titles = Object.fromEntries([...readSources(dataDir)].map(([id, s]) => [id, citationTitle(s)]));
  const db = await openSnapshots(snapshotDir);
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, {recursive: true, force: true});
  try {
    const rendered = [];
    const {datasets} = JSON.parse(readFileSync(join(snapshotDir, "catalogue.json"), "utf8")) as {
      datasets: CatalogueEntry[];
    };
    const keys = Object.fromEntries(datasets.map((d) => [d.id, d.key]));
    const breaks = Object.fromEntries(datasets.map((d) => [d.id, d.breaks]));
    const metadata = Object.fromEntries(datasets.map((d) => [d.id, d]));
    for (const chart of charts) rendered.push(await renderChart(chart, db, titles, staging, keys, metadata));
    writeFileSync(join(staging, "cards-overzicht.html"), await renderCards(cards, db, titles, breaks));
    writeFileSync(join(staging, "fiches-alle.html"), await renderFiches(datasets, charts, db));
    writeFileSync(join(staging, "catalogue-alle.html"), renderCatalogue(datasets));
    if (png)
      await rasterizeAll(
        rendered.flatMap((chart) => chart.rasterJobs),
        join("src", ".observablehq", "cache", "boordtabel-png")
      );
    replaceDirectory(staging, outDir);
    return rendered;
  } finally {
    db.close();
    rmSync(staging, {recursive: true, force: true});
  }
}
