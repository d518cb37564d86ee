// Draws a chart as the site does, from the rows its SQL would return: through the definition's own toData,
// render and describe, into a jsdom document, with the series breaks of its datasets' metadata (data/).
import {readFileSync} from "node:fs";
import {findChart} from "../../src/charts/index.js";
import {collectBreaks} from "../../src/charts/breaks.js";
import type {Row} from "../../src/charts/types.js";
import {listDatasetFiles} from "../../loaders/lib/dataset.js";
import {normalizeMeta} from "../../loaders/lib/meta.js";
import type {SeriesBreak} from "../../loaders/lib/meta.js";
import {createDocument} from "./snapshot.js";

/** The source fields the SQL returns with every row; the drawing does not depend on their values. */
const provenance = {source_id: "test", source_section: "test", source_url: "https://example.org/"};

/** The breaks every dataset declares in data/<theme>/<id>.meta.json, as the build hands them to the charts. */
export const metadataBreaks: Record<string, SeriesBreak[]> = Object.fromEntries(
  listDatasetFiles("data").map(({meta}) => {
    const spec = normalizeMeta(JSON.parse(readFileSync(meta, "utf8")), meta);
    return [spec.id, spec.breaks];
  })
);

export function drawChart(id: string, rows: Row[], width = 640, breaks?: SeriesBreak[]) {
  const chart = findChart(id);
  if (!chart) throw new Error(`no chart ${id}`);
  const data = chart.toData(rows.map((r) => ({...provenance, ...r})));
  const context = {breaks: breaks ?? collectBreaks(chart.datasets, metadataBreaks)};
  const svg = chart.render(data, {document: createDocument(), width, ...context}) as SVGSVGElement;
  return {chart, data, svg, description: chart.describe(data, context), breaks: context.breaks};
}
