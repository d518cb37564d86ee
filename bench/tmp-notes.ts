import {readFileSync} from "node:fs";
import {readdirSync} from "node:fs";
const globSync = (_: string) => readdirSync("data").flatMap((t) => { try { return readdirSync(`data/${t}`).filter((f) => f.endsWith(".meta.json")).map((f) => `data/${t}/${f}`); } catch { return []; } });
import {charts} from "../src/charts/index.js";
const metas: Record<string, {notes?: string[]; breaks?: {period: string; label: string; description: string}[]}> = {};
for (const f of globSync("data/*/*.meta.json")) { const m = JSON.parse(readFileSync(f, "utf8")); metas[m.id] = m; }
for (const c of charts) {
  console.log(`\n## ${c.id}  [${c.datasets.join(", ")}]\nSUB: ${c.subtitle}`);
  for (const n of c.notes ?? []) console.log(`  C: ${n}`);
  for (const d of c.datasets) for (const n of metas[d]?.notes ?? []) console.log(`  D(${d}): ${n}`);
  for (const d of c.datasets) for (const b of metas[d]?.breaks ?? []) console.log(`  B(${d}): ${b.period} ${b.label} — ${b.description}`);
}
