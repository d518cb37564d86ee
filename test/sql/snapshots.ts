// The real snapshots (Parquet, CSV, catalogue.json) for the SQL tests, written by the loaders from data/ into a
// temporary folder once per test process: the unit tests need no site build and share no folder with it.
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {buildSnapshots} from "../../loaders/lib/snapshots.js";

export const snapshotDir = join(mkdtempSync(join(tmpdir(), "boordtabel-snapshots-")), "snapshots");
buildSnapshots("data", snapshotDir);
