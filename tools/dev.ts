// npm run dev: write the snapshots, frames and engine files, assemble Framework's root, then serve the site with
// live reload (offline, like the build). Pages and components are linked, not copied, into the root, so an edit
// in src/ reloads the page; a page added or removed at the top of src/ is linked or unlinked as it happens.
import {watch} from "node:fs";
import {publicationSnapshots} from "../loaders/publication/snapshot.js";
import {runCli} from "../loaders/lib/cli.js";
import {buildSnapshots} from "../loaders/lib/snapshots.js";
import {writeEngineAssets} from "./engine-assets.js";
import {runFramework} from "./framework/run.js";
import {assembleSiteRoot} from "./framework/site-root.js";
import {renderFrames} from "./frames/render-all.js";
import {paths} from "./paths.js";

runCli(async () => {
  buildSnapshots(paths.data, paths.snapshots, {generated: publicationSnapshots});
  await renderFrames(paths.data, {png: false});
  writeEngineAssets();
  assembleSiteRoot();
  const watcher = watch(paths.src, () => {
    try {
      assembleSiteRoot();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
    }
  });
  try {
    await runFramework(["preview", ...process.argv.slice(2)]);
  } finally {
    watcher.close();
  }
});
