// Where the build reads and writes, named once. Hand-written files live in data/, src/, loaders/, tools/; every
// file the build makes goes into generated/ (git-ignored, safe to delete) and, last, into dist/.
import {join} from "node:path";

/** The one folder for generated files. */
const generated = "generated";

export const paths = {
  /** Source tables and their metadata (hand-written). */
  data: "data",
  /** The site's pages, chart definitions and components (hand-written). */
  src: "src",
  generated,
  /** Parquet, Arrow and CSV snapshots, catalogue.json, the publication grid and the modules naming them. */
  snapshots: join(generated, "snapshots"),
  /** Each chart's frame as drawn at build time, the Overzicht cards, the fiches and the catalogue (HTML). */
  frames: join(generated, "frames"),
  /** The chart exports (SVG, PNG, CSV), published at /charts/<id>.<ext>. */
  exports: join(generated, "exports"),
  /** The PNG exports by content, so an unchanged chart is not drawn again. */
  pngCache: join(generated, "png-cache"),
  /** DuckDB-WASM's worker and engine as the pages load them, and the module naming them. */
  engine: join(generated, "engine"),
  /** Observable Framework's root, assembled by tools/framework/site-root.ts; its cache sits inside it. */
  siteRoot: join(generated, "site"),
  /** The built site. */
  dist: "dist"
} as const;
