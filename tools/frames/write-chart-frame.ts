import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvFormat} from "d3";
import {JSDOM} from "jsdom";
import type {ChartDefinition, RenderOptions, Row} from "../../src/charts/types.js";
import {yearsOf} from "../../src/components/data/rows.js";
import type {ChartMetadata} from "../../src/charts/types.js";
import {chartRows, drawChart, legendOf} from "../../src/grammar/draw.js";
import {periodLabel} from "../../src/grammar/periods.js";
import {collectMetadata} from "../../src/grammar/metadata.js";
import type {DatasetMetadata} from "../../src/grammar/metadata.js";
import {tableColumns} from "../../src/grammar/table.js";
import {describeBreak} from "./break-notes.js";
import {collectSources, hasDerivedRows} from "../../src/components/frame/sources.js";
import type {CitedSource} from "../../src/components/frame/sources.js";
import {renderFrame} from "../../src/components/frame/render-frame.js";
import {addGroupRoles} from "../../src/grammar/aria-groups.js";
import {composeExportSvg, exportWidth} from "./export-svg.js";
import {describeAlternatives} from "./alternatives.js";
import type {SnapshotDatabase} from "./query.js";
import type {RasterJob} from "./rasterize.js";

/**
 * The widths a chart is drawn at for the page before hydration: 640 px, and a phone's width, where the 640 px
 * drawing scaled down to fit wrote its labels at some 5 px until the page redrew it. The page's CSS shows the one
 * that fits the screen (also without JavaScript); hydration replaces both with one drawing at the page's width.
 */
const staticWidths = [
  {width: 640, fit: "wide"},
  {width: 300, fit: "narrow"}
] as const;

function drawStatic(definition: ChartDefinition, data: Row[], options: RenderOptions, fit: string): string {
  const element = addGroupRoles(drawChart(definition, data, options));
  element.classList.add(`chart-frame__static--${fit}`);
  return element.outerHTML;
}

/** Pixel widths of the PNG exports: twice the SVG for screens, and an A4 text column (16 cm) at 300 dpi. */
export const pngWidths = {screen: exportWidth * 2, a4: 1890};

export interface RenderedChart {
  id: string;
  frame: string;
  rows: number;
  /** The PNG exports still to draw (tools/frames/rasterize.ts). */
  rasterJobs: RasterJob[];
}

/** The period the rows cover, from the chart's period column ("2002-2023"), or from a period column. */
export function describePeriod(definition: ChartDefinition, rows: Row[]): string {
  const column = !yearsOf(rows).length && rows.some((r) => "period" in r) ? "period" : "year";
  const values = [...new Set(rows.map((r) => r[column]).filter((v) => v !== undefined && v !== null))]
    .map(String)
    .sort();
  if (!values.length) return "onbekend";
  // Written as the charts write periods ("2025 H1", "jun. 2012"); "2002-2023" between plain years.
  const [first, last] = [values[0], values[values.length - 1]].map(periodLabel);
  if (values.length === 1) return first;
  return /^\d{4}$/.test(first) && /^\d{4}$/.test(last) ? `${first}-${last}` : `${first} tot ${last}`;
}

/**
 * Draws one chart at build time from its definition: the frame HTML with the static SVG for the page, and the
 * exports (SVG and PNG with title and source drawn in, CSV of exactly the data shown) at stable addresses.
 */
export async function writeChartFrame(
  definition: ChartDefinition,
  db: SnapshotDatabase,
  titles: Record<string, string>,
  {framesDir, exportsDir}: {framesDir: string; exportsDir: string},
  keys: Record<string, string[]> = {},
  metadataByDataset: Record<string, DatasetMetadata> = {}
): Promise<RenderedChart> {
  const rows = await db.query(definition.sql);
  if (!rows.length) throw new Error(`chart ${definition.id}: its query returned no rows`);
  const metadata = collectMetadata(definition.datasets, metadataByDataset);
  const data = chartRows(definition, rows, metadata);
  const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
  const svg = staticWidths
    .map(({width, fit}) => drawStatic(definition, data, {document, width, metadata}, fit))
    .join("");
  const sources = collectSources(rows, titles);
  const period = describePeriod(definition, rows);
  const alternatives = await describeAlternatives(db, definition.datasets, keys, titles, rows);
  const frame = renderFrame({
    definition,
    svg,
    data,
    sources,
    derived: hasDerivedRows(rows),
    period,
    alternatives,
    metadata,
    breakNotes: metadata.breaks.map(describeBreak),
    datasetNotes: definition.datasets.flatMap((id) => metadataByDataset[id]?.notes ?? []),
    years: yearsOf(rows)
  });
  writeFileSync(join(framesDir, `${definition.id}.html`), frame);
  const rasterJobs = writeExports(definition, exportsDir, data, sources, period, document, metadata);
  return {id: definition.id, frame, rows: data.length, rasterJobs};
}

function writeExports(
  definition: ChartDefinition,
  exportsDir: string,
  data: Row[],
  sources: CitedSource[],
  period: string,
  document: Document,
  metadata: ChartMetadata
): RasterJob[] {
  const height = 360;
  const chart = drawChart(definition, data, {document, width: exportWidth, height, metadata});
  // XML, not HTML serialisation: a standalone SVG must escape "<" in attributes (an aria text like "<5 VTE").
  const xml = new document.defaultView!.XMLSerializer().serializeToString(chart);
  const svg = composeExportSvg(definition, xml, height, sources, period, legendOf(definition, metadata, data));
  const base = join(exportsDir, definition.id);
  writeFileSync(`${base}.svg`, svg);
  const columns = [
    ...tableColumns(definition, metadata, data).map((c) => c.name),
    "source_id",
    "source_section",
    "source_url"
  ];
  const unique = [...new Set(columns)];
  writeFileSync(
    `${base}.csv`,
    `${csvFormat(
      data.map((row) => Object.fromEntries(unique.map((c) => [c, row[c] ?? ""]))),
      unique
    )}\n`
  );
  return [
    {svg, width: pngWidths.screen, file: `${base}.png`},
    {svg, width: pngWidths.a4, file: `${base}-a4.png`}
  ];
}
