// Framework resolves "npm:" imports in the browser build (tools/framework/offline-npm/ answers them from
// node_modules); for the type checker they are the installed package.
declare module "npm:@duckdb/duckdb-wasm" {
  export * from "@duckdb/duckdb-wasm";
}
