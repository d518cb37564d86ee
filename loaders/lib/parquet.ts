import {Bool, Field, Float64, Int32, RecordBatch, Schema, Table, Utf8, tableToIPC, vectorFromArray} from "apache-arrow";
import type {DataType} from "apache-arrow";
import {Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet} from "parquet-wasm/node";
import type {ColumnSpec} from "./meta.js";
import {provenanceColumns} from "./meta.js";
import type {Observation} from "./validate.js";

/** The Arrow type a schema column is stored as: whole numbers as Int32, other numbers as Float64, the rest as text. */
function arrowType(column: ColumnSpec): DataType {
  if (column.type === "integer") return new Int32();
  if (column.type === "number") return new Float64();
  return new Utf8();
}

/** Builds an Arrow table with the schema's columns, the provenance columns and `derived`, in that order. */
export function toArrowTable(rows: Observation[], columns: ColumnSpec[]): Table {
  const fields = [
    ...columns.map((c) => new Field(c.name, arrowType(c), false)),
    ...provenanceColumns.map((name) => new Field(name, new Utf8(), false)),
    new Field("derived", new Bool(), false)
  ];
  const vectors = Object.fromEntries(
    fields.map((field) => [
      field.name,
      vectorFromArray(
        rows.map((row) => row[field.name] ?? ""),
        field.type
      )
    ])
  );
  return new Table(new Schema(fields), vectors);
}

/** Writes a table as ZSTD-compressed Parquet with key-value metadata (dataset id, sources, build date). */
export function writeParquetBytes(table: Table, metadata: Record<string, string>): Uint8Array {
  const properties = new WriterPropertiesBuilder()
    .setCompression(Compression.ZSTD)
    .setKeyValueMetadata(new Map(Object.entries(metadata)))
    .build();
  return writeParquet(WasmTable.fromIPCStream(tableToIPC(table, "stream")), properties);
}

/** Writes a table as an Arrow IPC stream (uncompressed: DuckDB-WASM reads no IPC compression; the server compresses). */
export function writeArrowIpcBytes(table: Table, metadata: Record<string, string>): Uint8Array {
  const schema = new Schema(table.schema.fields, new Map(Object.entries(metadata)));
  return tableToIPC(new Table(table.batches.map((batch) => new RecordBatch(schema, batch.data))), "stream");
}
