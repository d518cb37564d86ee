import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";

/**
 * SYNTHETIC benchmark data, generated here and written only to a temporary folder: a source table of n rows in
 * the real format (nl-BE numbers, provenance columns) to time the loaders. Never a figure of the site.
 */
export function writeSyntheticDataset(dataDir: string, rows: number): void {
  mkdirSync(join(dataDir, "sources"), {recursive: true});
  mkdirSync(join(dataDir, "synthetic"), {recursive: true});
  writeFileSync(
    join(dataDir, "sources", "synthetic.csv"),
    "source_id;title;publisher;date;identifier;source_url\nsynthetic;SYNTHETISCHE benchmarkdata;bench;2026;-;https://example.invalid/synthetisch\n"
  );
  const meta = {
    id: "synthetic-benchmark",
    theme: "synthetic",
    title: "SYNTHETISCH: benchmarktabel",
    unit: "-",
    definition: "Gegenereerd door bench/synthetic-data.ts; geen gepubliceerd cijfer.",
    population: "-",
    frequency: "-",
    licence: "-",
    columns: [
      {name: "id", label: "Volgnummer", type: "integer", min: 0},
      {name: "group", label: "Groep", type: "category", values: {a: "A", b: "B", c: "C"}},
      {name: "value", label: "Waarde", type: "number", min: 0, max: 100}
    ],
    key: ["id"],
    totals: []
  };
  writeFileSync(join(dataDir, "synthetic", "synthetic-benchmark.meta.json"), JSON.stringify(meta));
  const lines = ["id;group;value;source_id;source_section;source_url;confidence;shown;note"];
  for (let i = 0; i < rows; ++i) {
    const value = ((i * 7919) % 1000) / 10;
    lines.push(
      `${i};${"abc"[i % 3]};${String(value).replace(".", ",")};synthetic;gegenereerd;https://example.invalid/synthetisch;low;ja;`
    );
  }
  writeFileSync(join(dataDir, "synthetic", "synthetic-benchmark.csv"), `${lines.join("\n")}\n`);
}
