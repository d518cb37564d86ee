// The page "Wat wordt gepubliceerd?": per measure a table of sections × years. A cell links to the fiche section,
// the datasets and their chart where a figure is published, and says "niet gepubliceerd" where none is.
import type {MeasureCode} from "../../loaders/lib/coverage.js";
import type {GridCell} from "../../loaders/publication/grid.js";
import {cellAnchor, fichePath} from "../../loaders/publication/grid.js";
import type {GridForPages} from "../../loaders/publication/snapshot.js";
import {escapeHtml} from "../../src/components/html.js";
import {chartForDataset} from "./charts.js";
import {dimensionCodes, measureCodes} from "./grid-data.js";
import {ficheStyle} from "./style.js";

/** Per measure: cells with a yearly (or part-year) figure, cells with only a multi-year figure, empty cells. */
export function countCells(grid: GridForPages, measure: MeasureCode) {
  const cells = grid.cells.filter((c) => c.measure === measure);
  const count = (status: GridCell["status"]) => cells.filter((c) => c.status === status).length;
  return {
    total: cells.length,
    published: count("gepubliceerd"),
    spanOnly: count("alleen-periode"),
    empty: count("niet-gepubliceerd")
  };
}

function cellHtml(grid: GridForPages, cell: GridCell): string {
  if (!cell.figures.length) return `<td class="rooster__nee">niet gepubliceerd</td>`;
  const n = cell.figures.length;
  const label =
    cell.status === "alleen-periode" ? `alleen ${cell.figures[0].period}` : n === 1 ? "1 cijfer" : `${n} cijfers`;
  const datasets = [...new Set(cell.figures.map((f) => f.dataset_id))].map((id) => {
    const chart = chartForDataset(id);
    return `<span class="rooster__data"><a href="/bronnen#${escapeHtml(id)}">${escapeHtml(id)}</a>${chart ? ` · <a href="${escapeHtml(chart.href)}" aria-label="Grafiek: ${escapeHtml(chart.chart.title)}">grafiek</a>` : ""}</span>`;
  });
  const className = cell.status === "alleen-periode" ? "rooster__periode" : "rooster__ja";
  return `<td class="${className}"><a href="${fichePath(cell.measure, cell.year)}#${cellAnchor(cell.dimension)}">${escapeHtml(label)}</a>${datasets.join("")}</td>`;
}

function measureTable(grid: GridForPages, measure: MeasureCode): string {
  const years = grid.years[measure];
  const counts = countCells(grid, measure);
  const title = grid.measures[measure];
  const rows = dimensionCodes
    .map((dimension) => {
      const cells = years.map(
        (year) => grid.cells.find((c) => c.measure === measure && c.dimension === dimension && c.year === year)!
      );
      return `<tr><th scope="row">${escapeHtml(grid.dimensions[dimension])}</th>${cells.map((c) => cellHtml(grid, c)).join("")}</tr>`;
    })
    .join("\n");
  return `<section id="maatregel-${measure}" aria-labelledby="maatregel-${measure}-titel">
<h2 id="maatregel-${measure}-titel">${escapeHtml(title)}</h2>
<p class="rooster__samenvatting">${years[0]}-${years[years.length - 1]}: ${counts.published} van de ${counts.total} cellen hebben een gepubliceerd cijfer${counts.spanOnly ? `, ${counts.spanOnly} alleen een cijfer over meer jaren` : ""}; ${counts.empty} cellen zijn niet gepubliceerd.</p>
<div class="rooster__scroll" role="region" aria-labelledby="rooster-${measure}" tabindex="0"><table class="rooster">
<caption id="rooster-${measure}">${escapeHtml(title)}: gepubliceerde cijfers per onderdeel en jaar</caption>
<thead><tr><th scope="col">Onderdeel</th>${years.map((y) => `<th scope="col">${y}</th>`).join("")}</tr></thead>
<tbody>${rows}</tbody></table></div>
</section>`;
}

export function renderGrid(grid: GridForPages): string {
  const undated = grid.undated.length
    ? `<p>${grid.undated.length} gepubliceerde cijfers noemen geen jaar en staan niet in het rooster: ${[...new Set(grid.undated.map((f) => f.dataset_id))].map((id) => `<a href="/bronnen#${escapeHtml(id)}">${escapeHtml(id)}</a>`).join(", ")}.</p>`
    : "";
  return `${ficheStyle}
<nav aria-label="Maatregelen"><ul>${measureCodes.map((m) => `<li><a href="#maatregel-${m}">${escapeHtml(grid.measures[m])}</a></li>`).join("")}</ul></nav>
${measureCodes.map((m) => measureTable(grid, m)).join("\n")}
${undated}
`;
}
