// Makes the build-time charts interactive once DuckDB-WASM is ready: the period selector (kept in the URL),
// redrawing at the page's width, tooltips, and the table behind the chart. Until then, and if anything fails,
// the static chart stays, with a message.
import type {ChartDefinition, ChartMetadata, Row} from "../charts/types.js";
import {normalizeRow, yearsOf} from "./data/rows.js";
import {addGroupRoles} from "../grammar/aria-groups.js";
import {chartRows, describeChart, drawChart} from "../grammar/draw.js";
import {parseMetadata} from "../grammar/metadata.js";
import {shownColumns} from "../grammar/table.js";
import {renderTable} from "./frame/table.js";
import {addShareActions} from "./share.js";
import {askAll, chartQueries} from "./data/first-queries.js";
import type {DatabaseClient} from "./data/open-database.js";
import type {Period, PeriodControl} from "./period-control.js";
import {addPeriodControl} from "./period-control.js";

/** A chart query's answer: the rows, and the milliseconds DuckDB itself took (not the time the query waited). */
export interface ChartAnswer {
  rows: Iterable<Row>;
  ms: number;
}

/** The engine as the charts read it: rows as objects. */
export interface QueryClient extends DatabaseClient {
  query(sql: string): Promise<ChartAnswer>;
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

/** A chart query's rows, noting on the frame how long DuckDB-WASM took (the benchmark reads data-query-ms). */
async function readAnswer(frame: HTMLElement, answer: Promise<ChartAnswer>): Promise<Row[]> {
  const {rows, ms} = await answer;
  frame.dataset.queryMs = ms.toFixed(1);
  return Array.from(rows, (row) => normalizeRow({...row}));
}

/**
 * Hydrates the frames one after another, top of the page first. Every chart's query is sent as soon as DuckDB is
 * ready, in the same order (data/first-queries.ts): DuckDB answers the next chart's while the page draws one.
 */
export async function hydrateCharts(
  root: Document,
  db: Promise<QueryClient>,
  definitions: ChartDefinition[],
  controls: Map<HTMLElement, PeriodControl | undefined> = new Map()
) {
  const answers = db.then((client) => askAll((sql) => client.query(sql), chartQueries(root, definitions)));
  answers.catch(() => undefined); // each frame reports it
  for (const frame of root.querySelectorAll<HTMLElement>("figure[data-chart]")) {
    const definition = definitions.find((d) => d.id === frame.dataset.chart);
    if (!definition) continue;
    try {
      const first = (await answers).get(definition.sql)!;
      await hydrateChart(frame, definition, await db, first, controls.get(frame));
    } catch (error) {
      frame.dataset.state = "error";
      const message = root.createElement("p");
      message.className = "chart-frame__message";
      message.setAttribute("role", "status");
      message.textContent = `De interactieve versie kon niet geladen worden (${error instanceof Error ? error.message : String(error)}); de grafiek hierboven blijft geldig.`;
      frame.querySelector(".chart-frame__controls")?.append(message);
    }
  }
}

async function hydrateChart(
  frame: HTMLElement,
  definition: ChartDefinition,
  db: QueryClient,
  first: Promise<ChartAnswer>,
  control: PeriodControl | undefined
) {
  const document = frame.ownerDocument;
  const plot = frame.querySelector<HTMLElement>(".chart-frame__plot")!;
  const all = await readAnswer(frame, first);
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
    frame.querySelector(".chart-frame__summary")!.textContent = describeChart(definition, data, metadata);
  };
  // The whole series is already at hand; only a chosen period needs another query. Periods chosen quickly one
  // after another are drawn in the order chosen: the last one chosen is the one on screen.
  let latest = 0;
  const update = async (period: Period | undefined) => {
    const ticket = ++latest;
    const rows = period ? await readAnswer(frame, db.query(periodQuery(definition.sql, period))) : all;
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
