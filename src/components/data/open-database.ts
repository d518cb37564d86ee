// The part of a database client that charts, the warm-up and the SQL explorer use; data/engine.ts implements it
// in the browser, the tests with stand-ins.

/** Charts and the SQL explorer narrow what query() returns. */
export interface DatabaseClient {
  query(sql: string): Promise<unknown>;
}
