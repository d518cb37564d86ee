// Checks every source table in data/ against its schema without writing anything (for editors of data/).
import {readAllDatasets} from "./lib/dataset.js";
import {runCli} from "./lib/cli.js";

runCli(() => {
  const datasets = readAllDatasets("data");
  for (const {meta, rows} of datasets) console.log(`ok  ${meta.id.padEnd(32)} ${rows.length} rows`);
  console.log(`${datasets.length} datasets valid`);
});
