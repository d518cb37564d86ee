import {charts} from "./src/charts/index.js";
import {fichePages} from "./tools/fiches/grid-data.js";
import {chartFences} from "./tools/framework/chart-fences.js";
import {paths} from "./tools/paths.js";

// The measure fiches: one page per measure and year with a published figure (src/maatregelen/[measure]/[year].md.ts).
const fiches = fichePages();

// Observable Framework configuration. The site must build and run with no third-party host: no Google Fonts
// (globalStylesheets is empty and the font comes from npm), no DuckDB extension downloads, no telemetry.

// Source Serif 4 from @fontsource/source-serif-4 (npm), served by the site itself: tools/build.ts copies the
// files to /_fonts/. It is declared here, not in style.css, because Framework's CSS bundler cannot load fonts.
const fontFaces = [400, 700]
  .map(
    (weight) =>
      `@font-face{font-family:"Source Serif 4";font-style:normal;font-weight:${weight};font-display:swap;` +
      `src:url("/_fonts/source-serif-4-latin-${weight}-normal.woff2") format("woff2")}`
  )
  .join("");

export default {
  markdownIt: chartFences(),
  // Assembled from src/ and generated/ by tools/framework/site-root.ts: nothing generated is written into src/.
  root: paths.siteRoot,
  output: process.env.BOORDTABEL_OUTPUT ?? paths.dist,
  title: "Boordtabel Sociale Economie",
  lang: "nl-BE",
  globalStylesheets: [],
  style: "style.css",
  duckdb: {extensions: {json: null, parquet: null}},
  pages: [
    {
      name: "Indicatoren",
      open: true,
      pages: [
        {name: "Werkzaamheid en kloof", path: "/werkzaamheid"},
        {name: "Collectief maatwerk", path: "/collectief-maatwerk"},
        {name: "Doorstroom", path: "/doorstroom"},
        {name: "Individueel maatwerk", path: "/individueel-maatwerk"},
        {name: "LDE en arbeidsmatige activiteiten", path: "/lde-ama"},
        {name: "Werkzoekenden en kansengroepen", path: "/werkzoekenden"}
      ]
    },
    {
      name: "Maatregelfiches",
      open: false,
      pages: [{name: "Wat wordt gepubliceerd?", path: "/wat-wordt-gepubliceerd"}, ...fiches.sidebar]
    },
    {
      name: "Data en methode",
      open: true,
      pages: [
        {name: "Indicatorfiches", path: "/fiches"},
        {name: "Data en bronnen", path: "/bronnen"},
        {name: "SQL-verkenner", path: "/sql"}
      ]
    }
  ],
  head: `<style>${fontFaces}</style>`,
  footer:
    "Boordtabel Sociale Economie: open cijfers over de Vlaamse sociale economie. Alle cijfers komen uit openbare documenten; de bron staat onder elke grafiek.",
  // One chart-only page per chart, for iframes (tools/framework/embed-page.ts).
  dynamicPaths: [...charts.map((chart) => `/embed/${chart.id}`), ...fiches.paths],
  search: false,
  // Framework's pager and table of contents speak English; the sidebar is the navigation.
  pager: false,
  toc: {show: false, label: "Op deze pagina"},
  preserveExtension: false
};
