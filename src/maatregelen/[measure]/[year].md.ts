// Page loader: one measure fiche per measure and year with a published figure (/maatregelen/cmw/2023). The
// fiche itself is the "maatregelfiche" block, rendered from the current grid when Framework parses the page.
import {parseArgs} from "node:util";
import {measures} from "../../../loaders/lib/coverage.js";

const {
  values: {measure, year}
} = parseArgs({options: {measure: {type: "string"}, year: {type: "string"}}});
const name = Object.entries(measures).find(([code]) => code === measure)?.[1];
if (!name || !/^\d{4}$/.test(year ?? "")) throw new Error(`no fiche ${measure} ${year}`);
const title = `${name}: maatregelfiche ${year}`;

process.stdout.write(`---
title: ${JSON.stringify(title)}
---

# ${title}

\`\`\`maatregelfiche ${measure}-${year}
\`\`\`
`);
