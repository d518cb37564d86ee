// Fenced blocks for the generated pages: "```maatregelfiche cmw-2023" (one fiche) and "```publicatie overzicht"
// (the grid). They are rendered when Framework parses the page, from the grid the snapshot step just wrote, so a
// page loader's cached output (which Framework renews only when the loader file changes) never holds old figures.
import type {MeasureCode} from "../../loaders/lib/coverage.js";
import {measures} from "../../loaders/lib/coverage.js";
import {readGrid} from "./grid-data.js";
import {renderFiche} from "./render-fiche.js";
import {renderGrid} from "./render-grid.js";

export function renderFicheFence(info: string): string | undefined {
  const fiche = /^maatregelfiche\s+([a-z-]+)-(\d{4})$/.exec(info);
  if (fiche) {
    const [, measure, year] = fiche;
    if (!(measure in measures)) throw new Error(`unknown measure "${measure}" in a maatregelfiche block`);
    return renderFiche(readGrid(), measure as MeasureCode, Number(year));
  }
  if (info === "publicatie overzicht") return renderGrid(readGrid());
  return undefined;
}
