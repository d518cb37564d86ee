// npm run dev: write the snapshots, then serve the site with live reload (offline, like the build).
import {publicationSnapshots} from "../loaders/publication/snapshot.js";
import {runCli} from "../loaders/lib/cli.js";
import {buildSnapshots} from "../loaders/lib/snapshots.js";
import {writeEngineAssets} from "./engine-assets.js";
import {runFramework} from "./framework.js";
import {renderAllCharts} from "./render-charts.js";

runCli(async () => {
  buildSnapshots("data", "src/_snapshots", {generated: publicationSnapshots});
  await renderAllCharts("data", {png: false});
  writeEngineAssets();
  await runFramework(["preview", ...process.argv.slice(2)]);
});
