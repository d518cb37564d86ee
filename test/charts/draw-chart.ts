// Draws a chart as the site does, from the rows its SQL would return: through src/grammar/draw.ts into a jsdom
// document, with the metadata of its datasets as the build hands it over (read here from data/**/<id>.meta.json).
import {readFileSync} from "node:fs";
import {findChart} from "../../src/charts/index.js";
import type {ChartMetadata, Row} from "../../src/charts/types.js";
import {chartRows, describeChart, drawChart as draw} from "../../src/grammar/draw.js";
import {collectMetadata} from "../../src/grammar/metadata.js";
import type {DatasetMetadata} from "../../src/grammar/metadata.js";
import {listDatasetFiles} from "../../loaders/lib/dataset.js";
import {normalizeMeta} from "../../loaders/lib/meta.js";
import type {SeriesBreak} from "../../loaders/lib/meta.js";
import {createDocument} from "./snapshot.js";

/** The source fields the SQL returns with every row; the drawing does not depend on their values. */
const provenance = {source_id: "test", source_section: "test", source_url: "https://example.org/"};

/** Every dataset's metadata as data/<theme>/<id>.meta.json declares it. */
export const datasetMetadata: Record<string, DatasetMetadata> = Object.fromEntries(
  listDatasetFiles("data").map(({meta}) => {
    const spec = normalizeMeta(JSON.parse(readFileSync(meta, "utf8")), meta);
    return [spec.id, spec];
  })
);

/** The breaks every dataset declares, as the build hands them to the charts. */
export const metadataBreaks: Record<string, SeriesBreak[]> = Object.fromEntries(
  Object.entries(datasetMetadata).map(([id, meta]) => [id, meta.breaks])
);

export function chartMetadata(id: string): ChartMetadata {
  const chart = findChart(id);
  if (!chart) throw new Error(`no chart ${id}`);
  return collectMetadata(chart.datasets, datasetMetadata);
}

export function drawChart(id: string, rows: Row[], width = 640, breaks?: SeriesBreak[]) {
  const chart = findChart(id);
  if (!chart) throw new Error(`no chart ${id}`);
  const metadata = {...chartMetadata(id), ...(breaks ? {breaks} : {})};
  const data = chartRows(
    chart,
    rows.map((r) => ({...provenance, ...r})),
    metadata
  );
  const svg = draw(chart, data, {document: createDocument(), width, metadata});
  const describe = () => describeChart(chart, data, metadata);
  return {chart, data, svg, description: describe(), describe, breaks: metadata.breaks, metadata};
}
