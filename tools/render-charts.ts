// Draws every chart at build time (after the snapshots): frames with static SVG for the pages, and exports.
import {rmSync} from "node:fs";
import {charts} from "../src/charts/index.js";
import {readSources} from "../loaders/lib/sources.js";
import {replaceDirectory} from "../loaders/lib/snapshots.js";
import {openSnapshots} from "./charts/query.js";
import {renderChart} from "./charts/render-charts.js";

export async function renderAllCharts(dataDir: string, snapshotDir = "src/_snapshots", outDir = "src/_charts") {
  const titles = Object.fromEntries([...readSources(dataDir)].map(([id, s]) => [id, s.title]));
  const db = await openSnapshots(snapshotDir);
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, {recursive: true, force: true});
  try {
    const rendered = [];
    for (const chart of charts) rendered.push(await renderChart(chart, db, titles, staging));
    replaceDirectory(staging, outDir);
    return rendered;
  } finally {
    db.close();
    rmSync(staging, {recursive: true, force: true});
  }
}
