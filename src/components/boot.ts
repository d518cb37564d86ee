// What every page with charts runs: start DuckDB-WASM and the download of the Arrow snapshots its charts need,
// add the period selectors, and hydrate the frames once DuckDB is ready. The static charts are on screen before
// this starts; nothing here blocks them. This module imports only the engine: the chart definitions (Plot, d3)
// load while DuckDB starts, not before it.
import type {EngineFiles} from "./data/engine.js";
import {Engine, fetchTables} from "./data/engine.js";
import type {SnapshotFile} from "./data/tables.js";
import {datasetsInFrames, tableFiles} from "./data/tables.js";
import type {PeriodControl} from "./period-control.js";
import {addPeriodControl} from "./period-control.js";

export function bootCharts(arrowFiles: Record<string, SnapshotFile>, engineFiles: EngineFiles): Promise<void> {
  if (typeof engineFiles?.wasm !== "string")
    throw new Error("bootCharts(arrowFiles, engineFiles): see the README, 'Adding data, a loader, a page'");
  const definitions = import("../charts/index.js");
  const engine = new Engine(engineFiles, fetchTables(tableFiles(arrowFiles, datasetsInFrames(document))));
  const controls = new Map<HTMLElement, PeriodControl | undefined>();
  for (const frame of document.querySelectorAll<HTMLElement>("figure[data-chart]"))
    controls.set(frame, addPeriodControl(frame));
  const client = engine.ready.then(() => ({
    query: (sql: string) => engine.timedQuery(sql).then(({result, ms}) => ({rows: result.toArray(), ms}))
  }));
  return Promise.all([import("./hydrate.js"), definitions]).then(([{hydrateCharts}, {charts}]) => {
    // Read by the benchmark: where a page's time goes, beside when DuckDB was ready (engine.ts).
    performance.mark("page:chart-code");
    return hydrateCharts(document, client, charts, controls);
  });
}
