import {readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import type {Row} from "../../src/charts/types.js";
import {normalizeRow} from "../../src/components/data/rows.js";
import {tableName} from "../../src/components/data/tables.js";

export interface SnapshotDatabase {
  query(sql: string): Promise<Row[]>;
  close(): void;
}

/**
 * Native DuckDB over the Parquet snapshots, one view per dataset named as in the browser (eak_werkzaamheid),
 * so a chart's SQL gives the same rows at build time as DuckDB-WASM gives on the page.
 */
export async function openSnapshots(dir: string): Promise<SnapshotDatabase> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".parquet"))) {
    const path = resolve(join(dir, file)).replace(/'/g, "''");
    await connection.run(
      `CREATE VIEW ${tableName(file.replace(/\.parquet$/, ""))} AS SELECT * FROM read_parquet('${path}')`
    );
  }
  return {
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => normalizeRow(row as Row));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
