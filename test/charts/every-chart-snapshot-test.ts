// Every chart of the site keeps an SVG snapshot (test/output/<id>.svg), drawn by one of the chart tests: a chart
// added without one fails here. context-arbeidsmarkt's is drawn below from the rows its SQL returns over the real
// snapshots.
import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {buildSnapshots} from "../../loaders/lib/snapshots.js";
import {charts, findChart} from "../../src/charts/index.js";
import {openSnapshots} from "../../tools/frames/query.js";
import {drawChart} from "./draw-chart.js";
import {expectChartSnapshot} from "./snapshot.js";

describe("SVG snapshots", () => {
  it("context-arbeidsmarkt, from its SQL over the real snapshots", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "boordtabel-context-")), "snapshots");
    buildSnapshots("data", dir, {buildDate: "2026-01-01"});
    const db = await openSnapshots(dir);
    try {
      const rows = await db.query(findChart("context-arbeidsmarkt")!.sql);
      await expectChartSnapshot(drawChart("context-arbeidsmarkt", rows).svg, "context-arbeidsmarkt");
    } finally {
      db.close();
    }
  });

  it("exists for every chart", () => {
    expect(charts.map((c) => c.id).filter((id) => !existsSync(`test/output/${id}.svg`))).toEqual([]);
  });
});
