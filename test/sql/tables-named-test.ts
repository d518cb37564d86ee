// A query waits only for the tables it names (tablesNamedIn, src/components/data/tables.ts): the engine inserts
// the snapshots one by one and runs a query as soon as those are in. Checked on the rule's cases and on the real
// queries: every example of the SQL explorer and every chart's SQL runs in native DuckDB over a database that
// holds only the tables the rule gives it (Parquet views of the snapshots test/sql/snapshots.ts writes).
import {readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import {tableName, tablesNamedIn} from "../../src/components/data/tables.js";
import {examples} from "../../src/components/sql/examples.js";
import {snapshotDir} from "./snapshots.js";

const names = ["eak_werkzaamheid", "cmw_kwartaal", "cmw_kwartaal_vte", "lde"];

describe("tablesNamedIn", () => {
  it("gives the tables a query names, in any case and quoted, and no table that only contains the name", () => {
    expect(tablesNamedIn('SELECT * FROM CMW_Kwartaal JOIN "lde" USING (year)', names)).toEqual(["cmw_kwartaal", "lde"]);
    expect(tablesNamedIn("select * from main.cmw_kwartaal_vte", names)).toEqual(["cmw_kwartaal_vte"]);
    expect(tablesNamedIn("SELECT lde_x FROM eak_werkzaamheid", names)).toEqual(["eak_werkzaamheid"]);
  });

  it("gives every table to a query that names none, or that reads the catalogue", () => {
    expect(tablesNamedIn("SELECT 42", names)).toEqual(names);
    expect(tablesNamedIn("SHOW TABLES", names)).toEqual(names);
    expect(tablesNamedIn("SELECT table_name FROM information_schema.tables WHERE table_name = 'lde'", names)).toEqual(
      names
    );
    expect(tablesNamedIn("SELECT * FROM duckdb_tables() JOIN lde ON true", names)).toEqual(names);
  });
});

/** Native DuckDB with only these snapshot tables, named as on the page. */
async function databaseWith(tables: string[]) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  for (const file of readdirSync(snapshotDir).filter((f) => f.endsWith(".parquet"))) {
    const name = tableName(file.replace(/\.parquet$/, ""));
    if (!tables.includes(name)) continue;
    const path = resolve(join(snapshotDir, file)).replace(/'/g, "''");
    await connection.run(`CREATE TABLE ${name} AS SELECT * FROM read_parquet('${path}')`);
  }
  return {
    run: (sql: string) => connection.runAndReadAll(sql),
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

describe("the real queries find their tables", () => {
  const all = readdirSync(snapshotDir)
    .filter((f) => f.endsWith(".parquet"))
    .map((f) => tableName(f.replace(/\.parquet$/, "")));
  const queries = [
    ...examples.map((e) => ({what: `example ${e.id}`, sql: e.sql})),
    ...charts.map((c) => ({what: `chart ${c.id}`, sql: c.sql}))
  ];

  it("has the snapshots and the queries to check", () => {
    expect(all.length).toBeGreaterThan(20);
    expect(queries.length).toBeGreaterThan(20);
  });

  /** The one example that lists the tables (information_schema): it waits for all of them. */
  const readsCatalogue = new Set(["example tabellen"]);

  for (const {what, sql} of queries)
    it(`${what} runs on only the tables it names`, async () => {
      const needed = tablesNamedIn(sql, all);
      // Each names its tables: none but the catalogue's has to wait for all.
      if (readsCatalogue.has(what)) expect(needed).toEqual(all);
      else expect(needed.length).toBeLessThan(all.length);
      const db = await databaseWith(needed);
      try {
        await expect(db.run(sql)).resolves.toBeDefined();
      } finally {
        db.close();
      }
    });
});
