// Draws a chart as the site does, from the rows its SQL would return: through the definition's own toData,
// render and describe, into a jsdom document.
import {findChart} from "../../src/charts/index.js";
import type {Row} from "../../src/charts/types.js";
import {createDocument} from "./snapshot.js";

/** The source fields the SQL returns with every row; the drawing does not depend on their values. */
const provenance = {source_id: "test", source_section: "test", source_url: "https://example.org/"};

export function drawChart(id: string, rows: Row[], width = 640) {
  const chart = findChart(id);
  if (!chart) throw new Error(`no chart ${id}`);
  const data = chart.toData(rows.map((r) => ({...provenance, ...r})));
  const svg = chart.render(data, {document: createDocument(), width}) as SVGSVGElement;
  return {chart, data, svg, description: chart.describe(data)};
}
