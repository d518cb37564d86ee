// Validates every source table in data/ and writes the Parquet snapshots, CSV twins and catalogue.json that
// the site reads (generated/snapshots/). Any problem stops with a message naming file, row and column.
import {paths} from "../tools/paths.js";
import {publicationSnapshots} from "./publication/snapshot.js";
import {buildSnapshots} from "./lib/snapshots.js";
import {runCli} from "./lib/cli.js";

runCli(() => {
  const datasets = buildSnapshots(paths.data, paths.snapshots, {generated: publicationSnapshots});
  const rows = datasets.reduce((sum, d) => sum + d.rows.length, 0);
  console.log(`snapshots: ${datasets.length} datasets, ${rows} rows → ${paths.snapshots}/`);
});
