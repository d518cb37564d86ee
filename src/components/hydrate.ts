// Makes the build-time charts interactive once DuckDB-WASM is ready: the period selector (kept in the URL),
// redrawing at the page's width, tooltips, and the table behind the chart. Until then, and if anything fails,
// the static chart stays, with a message.
import type {ChartDefinition, ChartMetadata, Row} from "../charts/types.js";
import {normalizeRow, yearsOf} from "../charts/types.js";
import {addGroupRoles} from "../grammar/aria-groups.js";
import {chartRows, describeChart, drawChart} from "../grammar/draw.js";
import {parseMetadata} from "../grammar/metadata.js";
import {shownColumns} from "../grammar/table.js";
import {renderTable} from "./frame/table.js";
import {addShareActions} from "./share.js";
import type {DatabaseClient} from "./data/open-database.js";
import type {Period, PeriodControl} from "./period-control.js";
import {addPeriodControl} from "./period-control.js";

/** DuckDBClient as the charts read it: rows as objects. */
export interface QueryClient extends DatabaseClient {
  query(sql: string): Promise<Iterable<Row>>;
}

/** The dataset ids the charts on this page read, so only those snapshots are decoded. */
export function datasetsOnPage(root: ParentNode, definitions: ChartDefinition[]): string[] {
  const ids = [...root.querySelectorAll<HTMLElement>("figure[data-chart]")].map((f) => f.dataset.chart);
  return [...new Set(definitions.filter((d) => ids.includes(d.id)).flatMap((d) => d.datasets))];
}

export type {Period} from "./period-control.js";
export {readPeriod, writePeriod} from "./period-control.js";

/** The metadata the build wrote into the frame (labels, units, series breaks); none if absent or unreadable. */
export function readMetadata(frame: HTMLElement): ChartMetadata {
  return parseMetadata(frame.dataset.metadata);
}

/** Restricts a chart's query to a period of years, in SQL, so DuckDB does the filtering. */
export function periodQuery(sql: string, period: Period | undefined): string {
  if (!period) return sql;
  return `SELECT * FROM (${sql}) AS chart WHERE chart.year BETWEEN ${period.from} AND ${period.to}`;
}

/** Runs a chart's query and notes on the frame how long DuckDB-WASM took (the benchmark reads data-query-ms). */
async function runQuery(frame: HTMLElement, db: QueryClient, sql: string): Promise<Row[]> {
  const started = performance.now();
  const result = await db.query(sql);
  frame.dataset.queryMs = (performance.now() - started).toFixed(1);
  return Array.from(result, (row) => normalizeRow({...row}));
}

/**
 * Hydrates the frames one after another, top of the page first. DuckDB-WASM runs one query at a time in its
 * worker anyway; sending them all at once only makes every chart wait for all the others, and the chart the
 * reader sees first become interactive last.
 */
export async function hydrateCharts(
  root: Document,
  db: Promise<QueryClient>,
  definitions: ChartDefinition[],
  controls: Map<HTMLElement, PeriodControl | undefined> = new Map()
) {
  for (const frame of root.querySelectorAll<HTMLElement>("figure[data-chart]")) {
    const definition = definitions.find((d) => d.id === frame.dataset.chart);
    if (!definition) continue;
    try {
      await hydrateChart(frame, definition, await db, controls.get(frame));
    } catch (error) {
      frame.dataset.state = "error";
      const message = root.createElement("p");
      message.className = "chart-frame__message";
      message.setAttribute("role", "status");
      message.textContent = `De interactieve versie kon niet geladen worden (${(error as Error).message}); de grafiek hierboven blijft geldig.`;
      frame.querySelector(".chart-frame__controls")?.append(message);
    }
  }
}

async function hydrateChart(
  frame: HTMLElement,
  definition: ChartDefinition,
  db: QueryClient,
  control: PeriodControl | undefined
) {
  const document = frame.ownerDocument;
  const plot = frame.querySelector<HTMLElement>(".chart-frame__plot")!;
  const all = await runQuery(frame, db, definition.sql);
  const years = yearsOf(all);
  // A frame built without data-years gets its selector now, from the data.
  if (!control && !frame.querySelector(".period-selector") && years.length > 1)
    control = addPeriodControl(frame, years);
  const metadata = readMetadata(frame);
  let data: Row[] = [];
  let width = 0;

  const draw = () => {
    // Noted so the ResizeObserver's first call, which reports the width just drawn at, does not draw again.
    width = plot.clientWidth;
    const chart = drawChart(definition, data, {width: Math.max(320, Math.min(width || 640, 960)), document, metadata});
    plot.replaceChildren(addGroupRoles(chart));
  };
  // The table and the text alternative depend on the rows only: written when the rows change, not on a resize.
  const describe = () => {
    // Looked up each time: replacing the table detaches the element found before.
    const table = frame.querySelector<HTMLElement>(".chart-frame__table-scroll");
    if (table) table.outerHTML = renderTable(shownColumns(definition, metadata, data), data, definition.title);
    frame.querySelector(".chart-frame__summary")!.textContent = describeChart(definition, data, {metadata});
  };
  // The whole series is already at hand; only a chosen period needs another query. Periods chosen quickly one
  // after another are drawn in the order chosen: the last one chosen is the one on screen.
  let latest = 0;
  const update = async (period: Period | undefined) => {
    const ticket = ++latest;
    const rows = period ? await runQuery(frame, db, periodQuery(definition.sql, period)) : all;
    if (ticket !== latest) return;
    data = chartRows(definition, rows, metadata);
    draw();
    describe();
  };

  // The period chosen before the data was there (or given in the address) is applied now.
  control?.connect(update);
  await update(control?.period);
  control?.settle();
  new ResizeObserver(() => {
    if (Math.abs(plot.clientWidth - width) >= 8) draw();
  }).observe(plot);
  addShareActions(frame, definition);
  frame.dataset.state = "interactive";
}
