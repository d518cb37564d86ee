import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {CatalogueEntry} from "../../loaders/lib/catalogue.js";
import {citationTitle} from "../../loaders/lib/sources.js";
import {coverageText} from "../fiches/coverage-text.js";
import {paths} from "../paths.js";
import type {ChartDefinition} from "../../src/charts/types.js";
import {formatNumber} from "../../src/components/format.js";
import {scrollRegion} from "../../src/components/frame/table.js";
import {escapeHtml} from "../../src/components/html.js";
import {tableName} from "../../src/components/data/tables.js";
import {endSentence} from "../../src/grammar/categories.js";
import {describeBreak} from "./break-notes.js";
import type {SnapshotDatabase} from "./query.js";

const themeRelevance: Record<string, string> = {
  eak: "Opvolging van de werkzaamheid van personen met een arbeidsbeperking (strategische doelstelling 1 van de beleidsnota 2024-2029).",
  cmw: "Opvolging van collectief maatwerk: contingent, invulling en wachtenden (groeipad van minstens 1.000 extra plaatsen).",
  doorstroom: "Opvolging van de doorstroom van doelgroepwerknemers naar het normaal economisch circuit.",
  imw: "Opvolging van individueel maatwerk (sinds 1 juli 2023) in het reguliere circuit.",
  "lde-ama": "Opvolging van de lokale diensteneconomie en de arbeidsmatige activiteiten.",
  werkzoekenden: "Achtergrond: werkzoekenden uit kansengroepen en hun kansen op werk.",
  ondersteuning: "Achtergrond: ondersteuningsnoden van ondernemingen in de sociale economie.",
  begroting: "Achtergrond: middelen per maatregel zoals gepubliceerd.",
  context: "Achtergrond: arbeidsmarkt en omvang van de sector, zoals de beleidsdocumenten ze als context geven."
};

const themeOrder = Object.keys(themeRelevance);

/** Datasets in the order the site treats their themes (EAK first, background last), then by title. */
export function sortEntries(entries: CatalogueEntry[]): CatalogueEntry[] {
  const rank = (e: CatalogueEntry) => themeOrder.indexOf(e.theme) + 1 || themeOrder.length + 1;
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, "nl"));
}

/** A list of links to each dataset's section, so a long page can be navigated. */
function contents(entries: CatalogueEntry[], label: string): string {
  return `<nav aria-label="${label}"><ul class="dataset-index">${entries
    .map((e) => `<li><a href="#${escapeHtml(e.id)}">${escapeHtml(e.title)}</a></li>`)
    .join("")}</ul></nav>`;
}

const confidenceLabels: Record<string, string> = {
  seed: "uit een document van het Vlaams Parlement",
  high: "hoog (officiële bron, letterlijk gelezen)",
  medium: "middel (secundaire bron die de officiële bron citeert)",
  low: "laag (jaar, definitie of afbakening onzeker)"
};

async function confidenceSummary(db: SnapshotDatabase, id: string): Promise<string> {
  const rows = await db.query(
    `SELECT confidence, count(*) AS n FROM ${tableName(id)} WHERE NOT derived GROUP BY confidence ORDER BY n DESC`
  );
  return rows
    .map((r) => `${formatNumber(Number(r.n))} × ${confidenceLabels[String(r.confidence)] ?? r.confidence}`)
    .join("; ");
}

/** Where each chart is placed: the page whose markdown has its "```chart <id>" fence. */
export function findChartPages(srcDir: string = paths.src): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(srcDir).filter((f) => f.endsWith(".md"))) {
    const page = file === "index.md" ? "/" : `/${file.replace(/\.md$/, "")}`;
    for (const [, id] of readFileSync(join(srcDir, file), "utf8").matchAll(/^```chart\s+([a-z0-9-]+)\s*$/gm))
      if (!pages.has(id)) pages.set(id, page);
  }
  return pages;
}

function chartLinks(id: string, charts: ChartDefinition[], pages: Map<string, string>): string {
  const using = charts.filter((c) => c.datasets.includes(id) && pages.has(c.id));
  return using.length
    ? `<p>Grafieken: ${using.map((c) => `<a href="${pages.get(c.id)}#grafiek-${c.id}">${escapeHtml(c.title)}</a>`).join("; ")}</p>`
    : "";
}

/**
 * One indicator fiche per dataset, in the form of Bijlage IX of the beleidsnota 2024-2029. Where the metadata
 * carries the fiche of the beleidsnota (meta.indicator) that text is used; otherwise each field is filled from
 * the metadata, and says so.
 */
export async function renderFiches(
  entries: CatalogueEntry[],
  charts: ChartDefinition[],
  db: SnapshotDatabase
): Promise<string> {
  const sections: string[] = [];
  const pages = findChartPages();
  const sorted = sortEntries(entries);
  sections.push(contents(sorted, "Fiches"));
  for (const e of sorted) {
    const f = e.indicator;
    const sources = e.sources
      .map((s) => `<a href="${escapeHtml(s.source_url)}" rel="external">${escapeHtml(citationTitle(s))}</a>`)
      .join("; ");
    const fields: [string, string][] = [
      ["Benaming", escapeHtml(f?.benaming ?? e.title)],
      ["Definitie", escapeHtml(f?.definitie ?? e.definition)],
      [
        "Berekeningswijze",
        escapeHtml(
          f?.berekeningswijze ??
            (e.derivedRows
              ? `Gepubliceerde cijfers; ${e.derivedRows} afgeleide rijen berekent de site uit die cijfers (zie noten).`
              : "Gepubliceerde cijfers, overgenomen zoals de bron ze drukt; de site berekent niets.")
        )
      ],
      ["Bron", f ? `${escapeHtml(f.bron)} Bronnen in deze dataset: ${sources}` : sources],
      ["Meetfrequentie", escapeHtml(f?.meetfrequentie ?? e.frequency)],
      [
        "Kwaliteitsbeoordeling",
        escapeHtml(
          `${f ? `${f.kwaliteitsbeoordeling} ` : ""}Betrouwbaarheid van de rijen: ${await confidenceSummary(db, e.id)}.`
        )
      ],
      ["Streefwaarde", escapeHtml(f?.streefwaarde ?? "Geen streefwaarde gepubliceerd.")],
      ["Beleidsmatige relevantie", escapeHtml(f?.beleidsmatige_relevantie ?? themeRelevance[e.theme] ?? "")]
    ];
    sections.push(`<section class="fiche" id="${escapeHtml(e.id)}" aria-labelledby="fiche-${escapeHtml(e.id)}">
<h2 id="fiche-${escapeHtml(e.id)}">${escapeHtml(e.title)}</h2>
<dl>${fields.map(([term, text]) => `<dt>${term}</dt><dd>${text}</dd>`).join("\n")}</dl>
${chartLinks(e.id, charts, pages)}
<p><a href="/bronnen#${escapeHtml(e.id)}">Dataset ${escapeHtml(e.id)}: kolommen en downloads</a></p>
</section>`);
  }
  return sections.join("\n");
}

/** The data page's catalogue: every dataset with its columns, units, row count, sources, notes and downloads. */
export function renderCatalogue(entries: CatalogueEntry[]): string {
  const sorted = sortEntries(entries);
  return `${contents(sorted, "Datasets")}\n${sorted
    .map((e) => {
      const columns = e.columns
        .map(
          (c) =>
            `<tr><td><code>${escapeHtml(c.name)}</code></td><td>${escapeHtml(c.label)}</td><td>${escapeHtml(c.type)}</td><td>${escapeHtml(c.unit ?? "")}</td></tr>`
        )
        .join("");
      const sources = e.sources
        .map(
          (s) =>
            `<li><a href="${escapeHtml(s.source_url)}" rel="external">${escapeHtml(citationTitle(s))}</a>${s.publisher ? `, ${escapeHtml(s.publisher)}` : ""}${s.date ? ` (${escapeHtml(s.date)})` : ""}</li>`
        )
        .join("");
      const notes = [...e.notes, ...e.breaks.map(describeBreak)];
      return `<section class="dataset" id="${escapeHtml(e.id)}" aria-labelledby="dataset-${escapeHtml(e.id)}">
<h2 id="dataset-${escapeHtml(e.id)}">${escapeHtml(e.title)}</h2>
<p><code>${escapeHtml(e.id)}</code> · tabel <code>${escapeHtml(tableName(e.id))}</code> in de SQL-verkenner · ${formatNumber(e.rows)} rijen${e.derivedRows ? ` waarvan ${formatNumber(e.derivedRows)} afgeleid` : ""} · eenheid: ${escapeHtml(e.unit)}</p>
<p>${coverageText(e.coverage)}</p>
<p>${escapeHtml(e.definition)} Populatie: ${escapeHtml(endSentence(e.population))} Frequentie: ${escapeHtml(e.frequency)}</p>
<p>Downloaden: <a href="/data/${escapeHtml(e.id)}.parquet" download rel="external">Parquet</a> · <a href="/data/${escapeHtml(e.id)}.csv" download rel="external">CSV</a> · <a href="/fiches#${escapeHtml(e.id)}">Indicatorfiche</a></p>
<details><summary>Kolommen (${e.columns.length})</summary>
${scrollRegion(`kolommen van ${e.title}`, `<table><thead><tr><th scope="col">Kolom</th><th scope="col">Betekenis</th><th scope="col">Type</th><th scope="col">Eenheid</th></tr></thead><tbody>${columns}</tbody></table>`)}</details>
<p><strong>Bronnen</strong></p><ul>${sources}</ul>
${notes.length ? `<details><summary>Noten (${notes.length})</summary><ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul></details>` : ""}
<p class="licence">Licentie: ${escapeHtml(e.licence)}</p>
</section>`;
    })
    .join("\n")}`;
}
