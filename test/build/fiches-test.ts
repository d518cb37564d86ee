// The built fiches, grid page and PDFs (dist/, from the offline build of the global setup).
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {dimensionCodes} from "../../loaders/lib/coverage.js";
import {cellAnchor} from "../../loaders/publication/grid.js";
import {countCells} from "../../tools/fiches/render-grid.js";
import {ficheRoutes, readGrid} from "../../tools/fiches/grid-data.js";
import {readPdf} from "../fiches/pdf-text.js";

const grid = readGrid();
const routes = ficheRoutes(grid);
const catalogue = JSON.parse(readFileSync("dist/data/catalogue.json", "utf8")) as {datasets: {id: string}[]};
const datasetIds = new Set(catalogue.datasets.map((d) => d.id));

/** The HTML of one section of a built fiche page. */
function sectionOf(html: string, dimension: string): string | undefined {
  const start = html.indexOf(
    `<section class="fiche__sectie`,
    html.indexOf(`id="${cellAnchor(dimension as never)}"`) - 60
  );
  if (start < 0 || !html.includes(`id="${cellAnchor(dimension as never)}"`)) return undefined;
  return html.slice(start, html.indexOf("</section>", start));
}

/** Each problem of a built fiche: a section missing, or a figure row without a link to its dataset row. */
export function ficheProblems(html: string, year: number, csv: (id: string) => string): string[] {
  const problems: string[] = [];
  for (const dimension of dimensionCodes) {
    const section = sectionOf(html, dimension);
    if (!section) {
      problems.push(`${dimension}: section missing`);
      continue;
    }
    const rows = [...section.matchAll(/<tr id="cijfer-[^"]*">([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
    if (!rows.length) {
      if (!section.includes(`Niet gepubliceerd voor ${year}.`))
        problems.push(`${dimension}: no figure and no "niet gepubliceerd"`);
      continue;
    }
    for (const row of rows) {
      const link =
        /<a href="(?:\.\.\/)*\/?bronnen#([a-z0-9-]+)">Dataset <code>[^<]+<\/code><\/a>, rij <code>([^<]+)<\/code>/.exec(
          row
        );
      if (!link || !datasetIds.has(link[1])) {
        problems.push(`${dimension}: a figure without a link to a dataset row: ${row.slice(0, 120)}`);
        continue;
      }
      // The row key names a row of the dataset's CSV download: every key value appears in one line.
      const values = link[2]
        .replace(/&#39;/g, "'")
        .split("; ")
        .map((pair) => pair.split("=")[1]);
      if (
        !csv(link[1])
          .split("\n")
          .some((line) => values.every((v) => line.split(",").includes(v) || line.includes(`"${v}`)))
      )
        problems.push(`${dimension}: ${link[1]} has no row ${link[2]}`);
    }
  }
  return problems;
}

const csvCache = new Map<string, string>();
const csv = (id: string) => {
  if (!csvCache.has(id)) csvCache.set(id, readFileSync(join("dist/data", `${id}.csv`), "utf8"));
  return csvCache.get(id)!;
};
const page = (measure: string, year: number) => readFileSync(`dist/maatregelen/${measure}/${year}.html`, "utf8");

describe("measure fiches", () => {
  it("exist for every measure", () => {
    expect(new Set(routes.map(([m]) => m))).toEqual(new Set(["cmw", "lde", "imw", "ama", "bw-sw-invoeg"]));
  });

  for (const [measure, year] of routes)
    it(`/maatregelen/${measure}/${year}: every section links each figure to a data row or says it is not published`, () => {
      const html = page(measure, year);
      expect(ficheProblems(html, year, csv)).toEqual([]);
      expect(html).toContain(`href="/maatregelen/${measure}-${year}.pdf"`);
    });

  it("the check fails on a figure without its dataset link, and on an empty section without the words", () => {
    const html = page("cmw", 2023);
    expect(ficheProblems(html.replace(/<a href="[./]*bronnen#cmw-contingent">/, "<a>"), 2023, csv)).not.toEqual([]);
    const empty = page("imw", 2023);
    expect(ficheProblems(empty, 2023, csv)).toEqual([]);
    expect(ficheProblems(empty.replace("Niet gepubliceerd voor 2023.", ""), 2023, csv)).not.toEqual([]);
  });
});

describe("fiche PDFs", () => {
  for (const [measure, year] of routes)
    it(`${measure}-${year}.pdf is A4 and carries the fiche's sources`, () => {
      const file = `dist/maatregelen/${measure}-${year}.pdf`;
      expect(existsSync(file)).toBe(true);
      const pages = readPdf(readFileSync(file));
      expect(pages.length).toBeGreaterThan(0);
      for (const p of pages) {
        // A4 is 595 × 842 pt; Chromium rounds the paper to its own inch values (595,92 × 842,4).
        expect(Math.abs(p.width - 595.3)).toBeLessThan(1.5);
        expect(Math.abs(p.height - 841.9)).toBeLessThan(1.5);
      }
      // NFKC: Chromium draws "fi" as one ligature glyph, which maps to U+FB01.
      const text = pages
        .map((p) => p.text)
        .join(" ")
        .normalize("NFKC")
        .replace(/\s+/g, "");
      expect(text).toContain("Bronnen");
      const sources = new Set(
        grid.figures.filter((f) => f.measure === measure && f.year === year && !f.derived).map((f) => f.source_id)
      );
      expect(sources.size).toBeGreaterThan(0);
      for (const id of sources) expect(text, id).toContain(grid.sources[id].title.replace(/\s+/g, ""));
    });
});

describe("the grid page", () => {
  const html = readFileSync("dist/wat-wordt-gepubliceerd.html", "utf8");

  it("has one cell per measure, section and year: a link to the fiche section, or 'niet gepubliceerd'", () => {
    for (const measure of Object.keys(grid.years) as (keyof typeof grid.years)[]) {
      const {published, spanOnly, empty, total} = countCells(grid, measure);
      expect(published + spanOnly + empty).toBe(total);
      const table = html.slice(
        html.indexOf(`id="maatregel-${measure}"`),
        html.indexOf("</table>", html.indexOf(`id="maatregel-${measure}"`))
      );
      expect(table.match(/<td class="rooster__nee">niet gepubliceerd<\/td>/g)?.length ?? 0).toBe(empty);
      const links = [
        ...table.matchAll(/<td class="rooster__(?:ja|periode)"><a href="\.(\/maatregelen\/[^"#]+)#([^"]+)"/g)
      ];
      expect(links.length).toBe(published + spanOnly);
      for (const [, path, anchor] of links)
        expect(readFileSync(`dist${path}.html`, "utf8")).toContain(`id="${anchor}"`);
    }
  });
});
