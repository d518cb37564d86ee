// Reads the grid the snapshot step computed (generated/snapshots/publicatie-overzicht.json) for the pages.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {DimensionCode, MeasureCode} from "../../loaders/lib/coverage.js";
import {dimensionCodes, measureCodes} from "../../loaders/lib/coverage.js";
import type {GridCell} from "../../loaders/publication/grid.js";
import {ficheYears} from "../../loaders/publication/grid.js";
import type {GridForPages} from "../../loaders/publication/snapshot.js";
import {gridJsonFile} from "../../loaders/publication/snapshot.js";
import {paths} from "../paths.js";

export function readGrid(snapshotDir: string = paths.snapshots): GridForPages {
  const file = join(snapshotDir, gridJsonFile);
  if (!existsSync(file)) throw new Error(`${file} is missing: run the snapshot step (npm run data) first`);
  return JSON.parse(readFileSync(file, "utf8")) as GridForPages;
}

/** Every fiche page as [measure, year]: one per measure and year with at least one published figure. */
export function ficheRoutes(grid: GridForPages): [MeasureCode, number][] {
  return measureCodes.flatMap((measure) =>
    ficheYears(grid, measure).map((year) => [measure, year] as [MeasureCode, number])
  );
}

export function cellOf(grid: GridForPages, measure: MeasureCode, dimension: DimensionCode, year: number): GridCell {
  const cell = grid.cells.find((c) => c.measure === measure && c.dimension === dimension && c.year === year);
  return cell ?? {measure, dimension, year, status: "niet-gepubliceerd", figures: []};
}

export {dimensionCodes, measureCodes};

/**
 * For observablehq.config.ts: the fiche pages (dynamic paths) and one sidebar link per measure, to its latest
 * fiche. Empty when the snapshots are not there yet (the config is also read outside a build).
 */
export function fichePages(): {paths: string[]; sidebar: {name: string; path: string}[]} {
  let grid: GridForPages;
  try {
    grid = readGrid();
  } catch {
    return {paths: [], sidebar: []};
  }
  const routes = ficheRoutes(grid);
  const sidebar = measureCodes.flatMap((measure) => {
    const latest = routes.filter(([m]) => m === measure).at(-1);
    return latest ? [{name: grid.measures[measure], path: `/maatregelen/${measure}/${latest[1]}`}] : [];
  });
  return {paths: routes.map(([m, y]) => `/maatregelen/${m}/${y}`), sidebar};
}
