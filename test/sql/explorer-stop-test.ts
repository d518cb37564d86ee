// The explorer's time limit and queue in jsdom, with a stand-in database that can be stopped: a query that runs
// past the limit is stopped, the explorer says so and why, and the next query runs; a query submitted before
// the database is ready is shown as queued, then runs; the time it prints is the query's own.
import {JSDOM} from "jsdom";
import {describe, expect, it, vi} from "vitest";
import {sqlExplorer} from "../../src/components/sql/explorer.js";
import type {SqlClient} from "../../src/components/sql/run-query.js";

function setup(db: Promise<SqlClient>, timeLimitMs?: number) {
  const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", {url: "http://localhost/sql"});
  const window = dom.window;
  window.URL.createObjectURL = () => "blob:http://localhost/csv";
  window.URL.revokeObjectURL = () => {};
  const root = sqlExplorer({db, catalogue: new Promise(() => {}), document: window.document, timeLimitMs});
  window.document.body.append(root);
  const result = root.querySelector<HTMLElement>(".sql-result")!;
  const status = root.querySelector<HTMLElement>(".sql-explorer__status")!;
  const stopButton = root.querySelector<HTMLButtonElement>(".sql-explorer__stop")!;
  const submit = (sql: string) => {
    root.querySelector("textarea")!.value = sql;
    root.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
  };
  const state = (wanted: string) =>
    vi.waitFor(() => expect(result.dataset.state).toBe(wanted), {timeout: 2000, interval: 5});
  return {root, result, status, stopButton, submit, state};
}

/** Answers "SELECT 42" at once; "RUNAWAY" runs until stop() (which rejects it, then resolves). */
function stoppableClient() {
  let stopRunning: (() => void) | undefined;
  const stops: number[] = [];
  const client: SqlClient = {
    async query(sql: string) {
      if (sql.includes("RUNAWAY"))
        return new Promise((_, reject) => (stopRunning = () => reject(new Error("gestopt"))));
      return [{antwoord: 42}];
    },
    async stop() {
      stops.push(Date.now());
      stopRunning?.();
    }
  };
  return {client, stops};
}

describe("the explorer's time limit and stop button", () => {
  it("stops a query that runs past the limit, says why, and runs the next one", async () => {
    const {client, stops} = stoppableClient();
    const {root, status, stopButton, submit, state} = setup(Promise.resolve(client), 50);
    await state("done");
    expect(root.querySelector(".sql-explorer__limit")!.textContent).toBe("Een query stopt vanzelf na 0,05 s.");
    submit("SELECT RUNAWAY");
    await state("running");
    expect(stopButton.hidden).toBe(false);
    await state("stopped");
    expect(stops).toHaveLength(1);
    await vi.waitFor(() => expect(status.textContent).toContain("opnieuw klaar"), {timeout: 2000, interval: 5});
    expect(status.textContent).toContain("langer dan 0,05 s");
    expect(stopButton.hidden).toBe(true);
    submit("SELECT 42");
    await state("done");
    expect(root.querySelector(".sql-result table")!.textContent).toContain("42");
  });

  it("stops the running query when the reader presses Stoppen", async () => {
    const {client, stops} = stoppableClient();
    const {status, stopButton, submit, state} = setup(Promise.resolve(client));
    await state("done");
    submit("SELECT RUNAWAY");
    await state("running");
    stopButton.click();
    await state("stopped");
    expect(stops).toHaveLength(1);
    expect(status.textContent).toContain("De query werd gestopt.");
  });
});

describe("a query submitted before DuckDB is ready", () => {
  it("is shown as queued, then runs, and prints the query's own time", async () => {
    let open: (client: SqlClient) => void = () => {};
    const db = new Promise<SqlClient>((resolve) => (open = resolve));
    const {result, status, submit, state} = setup(db);
    expect(result.dataset.state).toBe("queued");
    submit("SELECT 42");
    expect(result.dataset.state).toBe("queued");
    expect(result.getAttribute("aria-busy")).toBe("true");
    expect(status.textContent).toContain("DuckDB wordt geladen");
    await new Promise((resolve) => setTimeout(resolve, 300)); // the reader waits for DuckDB
    open({
      query: async () => [{antwoord: 42}],
      timedQuery: async () => ({result: [{antwoord: 42}], ms: 7.4})
    });
    await state("done");
    expect(status.textContent).toBe("Klaar: 1 rij in 7 ms.");
    expect(result.dataset.queryMs).toBe("7.4");
  });
});

describe("a query whose tables are still going into DuckDB", () => {
  it("is shown as queued until they are in, and the time limit starts only then", async () => {
    const {client, stops} = stoppableClient();
    let tablesIn: () => void = () => {};
    const tables = new Promise<void>((resolve) => (tablesIn = resolve));
    const asked: string[] = [];
    const db: SqlClient = {
      ...client,
      tablesReady: (sql) => (asked.push(sql), tables)
    };
    const {root, result, status, submit, state} = setup(Promise.resolve(db), 50);
    submit("SELECT 42 FROM eak_werkzaamheid");
    await vi.waitFor(() => expect(asked).toContain("SELECT 42 FROM eak_werkzaamheid"), {timeout: 2000, interval: 5});
    expect(result.dataset.state).toBe("queued");
    expect(status.textContent).toContain("DuckDB wordt geladen");
    // Longer than the 50 ms limit: the wait for the tables is not the query's time, so nothing is stopped.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stops).toHaveLength(0);
    tablesIn();
    await state("done");
    expect(stops).toHaveLength(0);
    expect(root.querySelector(".sql-result table")!.textContent).toContain("42");
  });
});
