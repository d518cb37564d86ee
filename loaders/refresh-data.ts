// npm run data:refresh: fetches the open-data sources (WEWIS cmw03_product_v1, Eurostat tepsr_sp200) into data/,
// through the build's validation, and reports what changed. Opt-in and online; the build and the tests never run
// it. Options: --dry-run (report only, write nothing), --data <dir> (another data folder).
import {formatReport, refreshData} from "./refresh/refresh.js";
import {RefreshError} from "./refresh/types.js";

const args = process.argv.slice(2);
const usage = "usage: npm run data:refresh -- [--dry-run] [--data <dir>]";
const dataIndex = args.indexOf("--data");
const dataDir = dataIndex >= 0 ? args[dataIndex + 1] : "data";
const unknown = args.filter(
  (arg, i) => arg !== "--dry-run" && arg !== "--data" && !(dataIndex >= 0 && i === dataIndex + 1)
);

if (args.includes("--help") || args.includes("-h")) {
  console.log(usage);
} else if (unknown.length || !dataDir) {
  console.error(`unknown argument ${unknown[0] ?? "--data (no folder)"}\n${usage}`);
  process.exitCode = 1;
} else {
  refreshData(dataDir, {dryRun: args.includes("--dry-run")})
    .then((report) => console.log(formatReport(report)))
    .catch((error: unknown) => {
      console.error(error instanceof RefreshError ? error.message : error);
      process.exitCode = 1;
    });
}
