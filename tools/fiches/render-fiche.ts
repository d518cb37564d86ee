// One measure fiche for one year: the six fixed sections, each with the figures a source publishes for that
// year (value, unit, period, source, link to the dataset row and chart) or "niet gepubliceerd voor <jaar>".
import type {DimensionCode, MeasureCode} from "../../loaders/lib/coverage.js";
import type {PublishedFigure} from "../../loaders/publication/grid.js";
import {cellAnchor, fichePath, fichePdfPath, figureAnchor} from "../../loaders/publication/grid.js";
import type {GridForPages} from "../../loaders/publication/snapshot.js";
import {formatCount} from "../../src/components/format.js";
import {escapeHtml} from "../../src/components/html.js";
import {chartForDataset, staticChart} from "./charts.js";
import {cellOf, dimensionCodes, ficheRoutes} from "./grid-data.js";
import {ficheStyle} from "./style.js";

/** "2023K4" → "2023 K4 (vierde kwartaal: geen jaarcijfer)"; "2019-2021" → "2019-2021 (drie jaar samen)". */
export function periodText(figure: Pick<PublishedFigure, "period" | "span" | "partOfYear">): string {
  const quarter = /^(\d{4})K([1-4])$/.exec(figure.period);
  if (quarter)
    return `${quarter[1]} K${quarter[2]} (${["eerste", "tweede", "derde", "vierde"][Number(quarter[2]) - 1]} kwartaal, geen jaarcijfer)`;
  const half = /^(\d{4})H([12])$/.exec(figure.period);
  if (half) return `${half[1]} H${half[2]} (${half[2] === "1" ? "eerste" : "tweede"} jaarhelft, geen jaarcijfer)`;
  const month = /^(\d{4})M(\d{2})$/.exec(figure.period);
  if (month) {
    const name = new Date(Date.UTC(2000, Number(month[2]) - 1, 1)).toLocaleString("nl-BE", {month: "long"});
    return `${name} ${month[1]} (één maand, geen jaarcijfer)`;
  }
  if (figure.span) return `${figure.period} (periode van meer jaren, geen cijfer voor één jaar)`;
  return figure.period;
}

function figureRow(figure: PublishedFigure): string {
  const chart = chartForDataset(figure.dataset_id);
  const source = figure.derived
    ? // The derivation's own text starts "Afgeleid: …": said once.
      `Afgeleid door de site: ${escapeHtml(figure.source_section.replace(/^Afgeleid:\s*/, ""))}`
    : `<a href="${escapeHtml(figure.source_url)}" rel="external">${escapeHtml(figure.source_title || figure.source_id)}</a>, ${escapeHtml(figure.source_section)}`;
  const links = [
    `<a href="/bronnen#${escapeHtml(figure.dataset_id)}">Dataset <code>${escapeHtml(figure.dataset_id)}</code></a>, rij <code>${escapeHtml(figure.row_key)}</code>`,
    chart ? `<a href="${escapeHtml(chart.href)}">Grafiek</a>` : ""
  ].filter(Boolean);
  return `<tr id="${escapeHtml(figureAnchor(figure))}"><th scope="row">${escapeHtml(figure.label)}${figure.derived && !/afgeleid/i.test(figure.label) ? ' <span class="fiche__afgeleid">(afgeleid)</span>' : ""}</th>
<td class="num">${escapeHtml(formatCount(figure.value, figure.unit))}</td>
<td>${escapeHtml(periodText(figure))}</td>
<td>${source}</td>
<td>${links.join(" · ")}</td></tr>`;
}

function section(grid: GridForPages, measure: MeasureCode, dimension: DimensionCode, year: number, drawn: Set<string>) {
  const cell = cellOf(grid, measure, dimension, year);
  const id = cellAnchor(dimension);
  const title = grid.dimensions[dimension];
  const heading = `<h2 id="${id}-titel">${escapeHtml(title)}</h2>`;
  const otherYears = grid.cells
    .filter((c) => c.measure === measure && c.dimension === dimension && c.figures.length && c.year !== year)
    .map((c) => `<a href="${fichePath(measure, c.year)}#${id}">${c.year}</a>`);
  const elsewhere = otherYears.length
    ? ` Wel een cijfer in een ander jaar: ${otherYears.join(", ")}.`
    : " Ook voor geen ander jaar publiceert een bron hier een cijfer.";
  if (!cell.figures.length)
    return `<section class="fiche__sectie fiche__sectie--leeg" id="${id}" aria-labelledby="${id}-titel">${heading}
<p class="fiche__leeg"><strong>Niet gepubliceerd voor ${year}.</strong>${elsewhere}</p></section>`;
  const spanNote =
    cell.status === "alleen-periode"
      ? `<p class="fiche__let-op">Voor ${year} alleen een cijfer over meer jaren samen; er is geen cijfer voor ${year} alleen.</p>`
      : "";
  const charts = [...new Set(cell.figures.map((f) => f.dataset_id))]
    .map((datasetId) => chartForDataset(datasetId))
    .filter((c) => c !== undefined)
    .filter((c) => !drawn.has(c.chart.id))
    .slice(0, 2)
    .map(({chart, href}) => {
      drawn.add(chart.id);
      const image = staticChart(chart.id);
      return image
        ? `<figure class="fiche__grafiek"><figcaption><strong>${escapeHtml(chart.title)}</strong>. De hele gepubliceerde reeks van de dataset, niet alleen ${year}. <a href="${escapeHtml(href)}">Grafiek met tabel en bronnen</a></figcaption>${image}</figure>`
        : "";
    })
    .join("\n");
  return `<section class="fiche__sectie" id="${id}" aria-labelledby="${id}-titel">${heading}${spanNote}
<div class="fiche__scroll" role="region" aria-labelledby="${id}-tabel" tabindex="0"><table class="fiche__tabel"><caption id="${id}-tabel">${escapeHtml(title)}: gepubliceerde cijfers voor ${year}</caption>
<thead><tr><th scope="col">Cijfer</th><th scope="col">Waarde</th><th scope="col">Periode</th><th scope="col">Bron</th><th scope="col">Data</th></tr></thead>
<tbody>${cell.figures.map(figureRow).join("\n")}</tbody></table></div>
${charts}</section>`;
}

/** The whole fiche of one measure and year, as HTML for a page (and, printed, its PDF). */
export function renderFiche(grid: GridForPages, measure: MeasureCode, year: number): string {
  const routes = ficheRoutes(grid).filter(([m]) => m === measure);
  if (!routes.some(([, y]) => y === year)) throw new Error(`no fiche for ${measure} ${year}: no published figure`);
  const drawn = new Set<string>();
  const sections = dimensionCodes.map((dimension) => section(grid, measure, dimension, year, drawn));
  const published = dimensionCodes.filter((d) => cellOf(grid, measure, d, year).figures.length).length;
  const silent = grid.years[measure].filter((y) => !routes.some(([, r]) => r === y));
  const years = routes
    .map(([, y]) =>
      y === year
        ? `<li><a href="${fichePath(measure, y)}" aria-current="page">${y}</a></li>`
        : `<li><a href="${fichePath(measure, y)}">${y}</a></li>`
    )
    .join("");
  const cited = [
    ...new Set(
      dimensionCodes.flatMap((d) =>
        cellOf(grid, measure, d, year)
          .figures.filter((f) => !f.derived)
          .map((f) => f.source_id)
      )
    )
  ];
  const sources = cited
    .map((id) => grid.sources[id])
    .filter((s) => s !== undefined)
    .map(
      (s) =>
        `<li>${escapeHtml(s.title)}. ${escapeHtml(s.publisher)}${s.date ? `, ${escapeHtml(s.date)}` : ""}${s.identifier ? `, ${escapeHtml(s.identifier)}` : ""}. <a href="${escapeHtml(s.source_url)}" rel="external">${escapeHtml(s.source_url)}</a></li>`
    )
    .join("\n");
  return `${ficheStyle}
<div class="fiche">
<p class="fiche__acties"><a href="${fichePdfPath(measure, year)}" rel="external">Afdrukbare versie (PDF, A4)</a> · <a href="/wat-wordt-gepubliceerd#maatregel-${measure}">Wat wordt gepubliceerd over deze maatregel?</a></p>
<nav class="fiche__jaren" aria-label="Jaar van de fiche"><ul>${years}</ul></nav>
<p>Deze fiche toont per onderdeel de cijfers die een openbare bron voor ${year} publiceert, met hun periode en bron. Waar geen enkele bron een cijfer geeft, staat "niet gepubliceerd voor ${year}": de site vult niets aan en schat niets. ${published} van de ${dimensionCodes.length} onderdelen hebben een cijfer voor ${year}.${silent.length ? ` Voor ${silent.join(", ")} publiceert geen bron een cijfer over deze maatregel.` : ""} Cijfers van een kwartaal, een maand of meer jaren dragen hun periode; ze zijn geen jaarcijfer voor ${year}.</p>
${sections.join("\n")}
<section class="fiche__bronnen" id="bronnen" aria-labelledby="bronnen-titel"><h2 id="bronnen-titel">Bronnen</h2>
<ol>${sources}</ol>
<p>Deze fiche is berekend uit de metadata van de datasets van de Boordtabel Sociale Economie (tabellen <code>publicatie_overzicht</code> en <code>publicatie_cijfers</code> in de <a href="/sql">SQL-verkenner</a>).</p></section>
</div>
`;
}
