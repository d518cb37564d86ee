// Page loader: one chart-only page per chart (/embed/<id>), for iframes. No sidebar, header, footer or pager;
// the page tells its parent its height (src/components/embed.ts) so the iframe can size itself. Framework runs it
// as embed/[chart].md.ts of its root (tools/framework/site-root.ts links it there); the imports in the page below
// are relative to that place.
import {parseArgs} from "node:util";
import {findChart} from "../../src/charts/index.js";

const {
  values: {chart: id}
} = parseArgs({options: {chart: {type: "string"}}});
const chart = id ? findChart(id) : undefined;
if (!chart) throw new Error(`no chart with id ${id}`);

process.stdout.write(`---
title: ${JSON.stringify(chart.title)}
sidebar: false
header: false
footer: false
pager: false
toc: false
---

\`\`\`chart ${chart.id}
\`\`\`

\`\`\`js
import {arrowFiles} from "../_snapshots/page-files.js";
import {engineFiles} from "../_engine/files.js";
import {bootCharts} from "../components/boot.js";
import {reportHeight} from "../components/embed.js";

reportHeight(${JSON.stringify(chart.id)});
bootCharts(arrowFiles, engineFiles);
\`\`\`
`);
