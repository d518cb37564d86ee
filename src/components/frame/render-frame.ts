import type {ChartDefinition, ChartMetadata, Row} from "../../charts/types.js";
import {noMetadata} from "../../charts/types.js";
import {describeChart, legendOf} from "../../grammar/draw.js";
import {shownColumns} from "../../grammar/table.js";
import {escapeHtml} from "../html.js";
import type {CitedSource} from "./sources.js";
import {renderTable} from "./table.js";

const maxSections = 4;

export interface FrameContent {
  definition: ChartDefinition;
  /**
   * The chart drawn at build time (SVG markup), at 640 px and at a phone's width (classes chart-frame__static--wide
   * and --narrow, of which the page's CSS shows one); the page shows it at once and hydration replaces it.
   */
  svg: string;
  data: Row[];
  sources: CitedSource[];
  derived: boolean;
  /** "2002-2023", the period the data covers. */
  period: string;
  /** Other published values of drawn observations (sources that disagree), with which one is shown and why. */
  alternatives?: string[];
  /** The metadata of the chart's datasets (labels, units, series breaks), kept in the frame for hydration. */
  metadata?: ChartMetadata;
  /** The series breaks explained, as notes. */
  breakNotes?: string[];
  /** The notes of the chart's datasets (meta.json): the chart's own notes say only what these do not. */
  datasetNotes?: string[];
  /** The years of the chart's period column, for the period selector the page adds before DuckDB is ready. */
  years?: number[];
}

/**
 * The frame every chart stands in, on pages and embeds alike (after OWID's "chart sandwich"): title and
 * subtitle, the chart, a short text alternative and one source line. The table behind the chart and, in a
 * second disclosure, the full source list, the notes, other published values, the period, downloads and
 * links to the indicator fiche and the dataset are one click away. All of it is plain HTML that works
 * without JavaScript; components/hydrate.ts adds the period selector, tooltips and the share actions.
 */
export function renderFrame({
  definition: d,
  svg,
  data,
  sources,
  derived,
  period,
  alternatives = [],
  metadata = noMetadata,
  breakNotes = [],
  datasetNotes = [],
  years = []
}: FrameContent): string {
  const entries = legendOf(d, metadata, data);
  const legend = entries.length
    ? `<ul class="chart-frame__legend" aria-label="Legende">${entries
        .map(
          (e) => `<li><span class="swatch" style="background:${escapeHtml(e.color)}"></span>${escapeHtml(e.label)}</li>`
        )
        .join("")}</ul>`
    : "";
  const sourceItems = sources
    .map((s) => {
      // A source cited cell by cell (one section per quarter) would fill the footer; the CSV keeps every one.
      const shown = s.sections.slice(0, maxSections);
      const more = s.sections.length - shown.length;
      const where = shown.length
        ? `, ${escapeHtml(shown.join("; "))}${more ? ` en ${more} andere plaatsen (zie de CSV)` : ""}`
        : "";
      return `<li><a href="${escapeHtml(s.url)}" rel="external">${escapeHtml(s.title)}</a>${where}</li>`;
    })
    .join("");
  const notes = [
    ...breakNotes,
    ...(d.notes ?? []),
    ...datasetNotes,
    ...(derived
      ? ["Afgeleide cijfers (zoals de kloof of een vullingsgraad) berekent de site uit de gepubliceerde cijfers."]
      : [])
  ];
  const description = describeChart(d, data, metadata);
  const links = [
    `<a href="/charts/${d.id}.svg" download rel="external">SVG</a>`,
    `<a href="/charts/${d.id}.png" download rel="external">PNG</a>`,
    `<a href="/charts/${d.id}-a4.png" download rel="external">PNG (A4, 300 dpi)</a>`,
    `<a href="/charts/${d.id}.csv" download rel="external">CSV</a>`
  ].join(" ");
  const related = [
    `<a href="/fiches#${escapeHtml(d.fiche ?? d.datasets[0])}">Indicatorfiche</a>`,
    ...d.datasets.map((id) => `<a href="/bronnen#${escapeHtml(id)}">Dataset ${escapeHtml(id)}</a>`)
  ]
    .filter(Boolean)
    .join(" · ");
  return `<figure class="chart-frame" id="grafiek-${d.id}" data-chart="${d.id}" data-state="static" data-datasets="${escapeHtml(d.datasets.join(" "))}"${years.length > 1 ? ` data-years="${years.join(" ")}"` : ""} data-metadata="${escapeHtml(JSON.stringify(metadata))}" aria-labelledby="grafiek-${d.id}-titel">
<header class="chart-frame__header"><h2 class="chart-frame__title" id="grafiek-${d.id}-titel">${escapeHtml(d.title)}</h2>
<p class="chart-frame__subtitle">${escapeHtml(d.subtitle)}</p></header>
<div class="chart-frame__controls"></div>
${legend}
<div class="chart-frame__plot">${svg}</div>
<p class="chart-frame__summary">${escapeHtml(description)}</p>
<details class="chart-frame__table"><summary>Tabel met de cijfers</summary>
${renderTable(shownColumns(d, metadata, data), data, d.title)}
</details>
<footer class="chart-frame__footer">
<p class="chart-frame__sources"><strong>Bron:</strong> ${sourceLine(sources)}</p>
<details class="chart-frame__more"><summary>Alle bronnen, noten en downloads</summary>
<div class="chart-frame__source-list"><strong>Bronnen:</strong><ul>${sourceItems}</ul></div>
${notes.length ? `<div class="chart-frame__notes"><strong>Noten:</strong><ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul></div>` : ""}
${alternatives.length ? `<div class="chart-frame__alternatives"><strong>Andere bronnen:</strong><ul>${alternatives.map((a) => `<li>${escapeHtml(a)}</li>`).join("")}</ul></div>` : ""}
<p class="chart-frame__period">Periode: ${escapeHtml(period)}. Boordtabel Sociale Economie.</p>
<p class="chart-frame__downloads">Downloaden: ${links}</p>
<p class="chart-frame__related">${related}</p>
</details>
<div class="chart-frame__share"></div>
</footer>
</figure>`;
}

/** "Beleidsnota … (Stuk 133 (2024-2025) – Nr. 1) en 6 andere bronnen": the first source, linked, and how many more. */
export function sourceLine(sources: CitedSource[]): string {
  if (!sources.length) return "zie de noten";
  const [first, ...rest] = sources;
  const more = rest.length === 1 ? " en 1 andere bron" : rest.length > 1 ? ` en ${rest.length} andere bronnen` : "";
  return `<a href="${escapeHtml(first.url)}" rel="external">${escapeHtml(first.title)}</a>${more}`;
}
