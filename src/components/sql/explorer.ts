// The SQL explorer: a query box over every snapshot table, example questions, the result as a table with a CSV
// download and a quick chart, and the catalogue of tables and columns. The result container carries
// data-state (loading, queued, running, done, error, stopped) so tests and assistive code can wait on it.
// Everything a query returns is written with textContent: a result is text, never markup.
//
// No dead control: a query submitted while DuckDB loads is queued and says so; a running query has a stop
// button and a time limit the reader sees; stopping restarts DuckDB (see data/engine.ts) and the next query runs.
//
// Warm-up (option warmUpExamples): V8 compiles DuckDB's code lazily, so the first query that needs a code path pays
// for compiling it (measured: an example took 233 ms the first time, 10-30 ms after). Once the first result is on
// screen, the explorer runs every other example once, one at a time, so it is not the reader's click that pays.
// Not before: the first result would wait for it. A reader's query never waits behind more than the one warm-up
// query that is running; the warm-up goes on when the reader's query is done. data-warm-up on the result says
// where it is (running, done), data-warm-up-ms what it took, for the bench.
import type {Catalogue} from "./catalogue.js";
import {renderCatalogue} from "./catalogue.js";
import type {ExampleQuery} from "./examples.js";
import {examples, exampleQueries} from "./examples.js";
import {chooseQuickChart, quickChart} from "./quick-chart.js";
import {csvLink} from "./result-csv.js";
import {capNote, renderResultTable, rowCountText} from "./result-table.js";
import type {QueryResult, SqlClient} from "./run-query.js";
import {errorText, runTimedQuery} from "./run-query.js";

export type ResultState = "loading" | "queued" | "running" | "done" | "error" | "stopped";

/** How long a query may run before the explorer stops it. */
export const QUERY_TIME_LIMIT_MS = 30_000;

export interface ExplorerOptions {
  db: Promise<SqlClient>;
  catalogue: Promise<Catalogue>;
  document?: Document;
  /** Defaults to QUERY_TIME_LIMIT_MS. */
  timeLimitMs?: number;
  /** After the first result: run every other example once, so DuckDB has compiled their code. Off by default. */
  warmUpExamples?: boolean;
}

const queuedText = "DuckDB wordt geladen; je query wordt uitgevoerd zodra het klaar is…";
const seconds = (ms: number) => `${(ms / 1000).toLocaleString("nl-BE", {maximumFractionDigits: 2})} s`;

/** The query a page opens with: ?sql=… if given (a shared link), otherwise the first example. */
export function initialQuery(search = ""): string {
  return new URLSearchParams(search).get("sql")?.trim() || examples[0].sql;
}

/** The page's search part with the query in it, so the address of the page can be shared with its query. */
export function searchWithQuery(search: string, sql: string): string {
  const params = new URLSearchParams(search);
  params.set("sql", sql);
  return `?${params}`;
}

export function sqlExplorer(options: ExplorerOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const view = document.defaultView;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  const root = el("div", undefined, "sql-explorer");

  // The query box: a labelled textarea with its keyboard hint, and a submit button.
  const form = el("form", undefined, "sql-explorer__form");
  form.setAttribute("aria-label", "SQL-query uitvoeren");
  const label = el("label", "SQL-query");
  label.htmlFor = "sql-query";
  const hint = el(
    "p",
    "Ctrl+Enter (Cmd+Enter op een Mac) voert de query uit; Tab gaat naar de knop. Tabelnamen staan onderaan.",
    "sql-explorer__hint"
  );
  hint.id = "sql-query-hint";
  const textarea = el("textarea", undefined, "sql-explorer__input");
  textarea.id = "sql-query";
  textarea.name = "sql";
  textarea.rows = 8;
  textarea.spellcheck = false;
  textarea.setAttribute("autocapitalize", "off");
  textarea.setAttribute("autocomplete", "off");
  textarea.setAttribute("aria-describedby", hint.id);
  textarea.value = initialQuery(view?.location.search);
  const button = el("button", "Uitvoeren", "sql-explorer__run");
  button.type = "submit";
  const timeLimitMs = options.timeLimitMs ?? QUERY_TIME_LIMIT_MS;
  const runningText = `De query wordt uitgevoerd… (stopt vanzelf na ${seconds(timeLimitMs)})`;
  const stopButton = el("button", "Stoppen", "sql-explorer__stop");
  stopButton.type = "button";
  stopButton.hidden = true;
  const limit = el("p", `Een query stopt vanzelf na ${seconds(timeLimitMs)}.`, "sql-explorer__limit");
  const status = el("p", "DuckDB wordt geladen…", "sql-explorer__status");
  status.setAttribute("role", "status");
  const actions = el("div", undefined, "sql-explorer__actions");
  actions.append(button, stopButton, status);
  form.append(label, hint, textarea, actions, limit);

  // Example questions: each button puts its query in the box and runs it.
  const exampleSection = el("section", undefined, "sql-explorer__examples");
  exampleSection.setAttribute("aria-labelledby", "sql-examples-title");
  const exampleTitle = el("h2", "Voorbeeldvragen");
  exampleTitle.id = "sql-examples-title";
  const exampleList = el("ul");
  /** Every example on the page, those the catalogue adds included: what the warm-up runs. */
  const pageExamples = [...examples];
  const exampleButton = (example: ExampleQuery) => {
    const item = el("li");
    const pick = el("button", example.label);
    pick.type = "button";
    pick.dataset.example = example.id;
    pick.addEventListener("click", () => fillAndRun(example.sql));
    item.append(pick);
    return item;
  };
  exampleList.append(...examples.map(exampleButton));
  exampleSection.append(exampleTitle, exampleList);

  // The result: data-state says where the last query is; the table, chart and CSV link go in here.
  const result = el("section", undefined, "sql-result");
  result.setAttribute("aria-labelledby", "sql-result-title");
  const resultTitle = el("h2", "Resultaat");
  resultTitle.id = "sql-result-title";
  const output = el("div", undefined, "sql-result__output");
  result.append(resultTitle, output);
  setState("loading");

  const catalogueSection = el("section", undefined, "sql-explorer__catalogue");
  catalogueSection.setAttribute("aria-labelledby", "sql-catalogue-title");
  const catalogueTitle = el("h2", "Tabellen en kolommen");
  catalogueTitle.id = "sql-catalogue-title";
  const catalogueIntro = el(
    "p",
    "Elke dataset is een tabel; de naam is de id van de dataset met _ in plaats van -. Open een tabel voor zijn kolommen en codes."
  );
  const catalogueBody = el("div", "De lijst van tabellen wordt geladen…");
  catalogueSection.append(catalogueTitle, catalogueIntro, catalogueBody);

  root.append(form, exampleSection, result, catalogueSection);

  let runs = 0;
  let csvUrl: string | undefined;
  let ready = false;
  /** Stops the running query: by the reader (button) or by the time limit. */
  let stopRunning: ((reason: "reader" | "limit") => void) | undefined;
  /** The reader's query that is queued or running (run() never rejects): the warm-up waits for it. */
  let readerQuery: Promise<void> | undefined;

  function start(sql: string, remember = true): Promise<void> {
    const query = run(sql, remember);
    readerQuery = query;
    void query.finally(() => {
      if (readerQuery === query) readerQuery = undefined;
    });
    return query;
  }

  /** Runs each example once (but `done`), each only while no query of the reader's waits or runs. */
  async function warmUp(done: string) {
    const db = await options.db;
    result.dataset.warmUp = "running";
    let ms = 0;
    for (const {sql} of pageExamples) {
      if (sql === done) continue;
      // Its tables first, outside DuckDB's queue: a warm-up query holds no reader's query up while a snapshot loads.
      await db.tablesReady?.(sql).catch(() => undefined);
      while (readerQuery) await readerQuery;
      const started = performance.now();
      await db.query(sql).catch(() => undefined); // only about speed: the reader's own run reports errors
      ms += performance.now() - started;
    }
    result.dataset.warmUpMs = ms.toFixed(0);
    result.dataset.warmUp = "done";
  }

  /** Runs a query; a run the reader asked for is also written into the page's address. */
  async function run(sql: string, remember = true) {
    const ticket = ++runs;
    if (remember && view) {
      const {pathname, search, hash} = view.location;
      view.history.replaceState(view.history.state, "", `${pathname}${searchWithQuery(search, sql)}${hash}`);
    }
    setState(ready ? "running" : "queued");
    status.textContent = ready ? runningText : queuedText;
    let stopped: {reason: "reader" | "limit"; restarted: Promise<void>} | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (!sql.trim()) throw new Error("Typ eerst een query in het invoerveld.");
      const db = await options.db;
      if (ticket !== runs) return; // a later query was started while DuckDB loaded: only that one runs
      if (db.tablesReady) {
        // The tables go in one by one: until those the query names are in, it waits as for DuckDB, and the time
        // limit below is the query's own.
        setState("queued");
        status.textContent = queuedText;
        await db.tablesReady(sql);
        if (ticket !== runs) return;
      }
      setState("running");
      status.textContent = runningText;
      if (db.stop) {
        const stop = db.stop.bind(db);
        stopRunning = (reason) => {
          stopRunning = undefined;
          stopped = {reason, restarted: stop()};
          stopped.restarted.catch(() => undefined);
          status.textContent = "De query wordt gestopt…";
        };
        stopButton.hidden = false;
        timer = setTimeout(() => stopRunning?.("limit"), timeLimitMs);
      }
      // DuckDB's own time, from the moment the query started: not the wait for DuckDB to load.
      const {answer, ms} = await runTimedQuery(db, sql);
      if (ticket !== runs) return; // a later query was started: its result wins
      result.dataset.queryMs = ms.toFixed(1);
      showResult(answer);
      status.textContent = `Klaar: ${rowCountText(answer.rows.length)} in ${Math.round(ms)} ms.`;
      setState("done");
    } catch (error) {
      if (stopped) {
        await reportStopped(stopped.reason, stopped.restarted, ticket);
        return;
      }
      if (ticket !== runs) return;
      showError(error);
      status.textContent = "De query gaf een fout.";
      setState("error");
    } finally {
      clearTimeout(timer);
      if (ticket === runs) {
        stopRunning = undefined;
        stopButton.hidden = true;
      }
    }
  }

  async function reportStopped(reason: "reader" | "limit", restarted: Promise<void>, ticket: number) {
    if (ticket !== runs) return;
    clearOutput();
    setState("stopped");
    const why =
      reason === "limit"
        ? `De query liep langer dan ${seconds(timeLimitMs)} en werd gestopt.`
        : "De query werd gestopt.";
    output.append(el("p", why, "sql-result__note"));
    status.textContent = `${why} DuckDB wordt opnieuw gestart…`;
    try {
      await restarted;
      if (ticket === runs) status.textContent = `${why} DuckDB is opnieuw klaar voor een nieuwe query.`;
    } catch (error) {
      if (ticket === runs) status.textContent = `${why} DuckDB kon niet opnieuw starten: ${errorText(error)}`;
    }
  }

  function fillAndRun(sql: string) {
    textarea.value = sql;
    void start(sql);
  }

  function setState(state: ResultState) {
    result.dataset.state = state;
    result.setAttribute("aria-busy", String(state === "loading" || state === "queued" || state === "running"));
  }

  function clearOutput() {
    if (csvUrl) document.defaultView?.URL.revokeObjectURL(csvUrl);
    csvUrl = undefined;
    output.replaceChildren();
  }

  function showResult(answer: QueryResult) {
    clearOutput();
    const link = csvLink(document, answer);
    csvUrl = link.href;
    const download = el("p", undefined, "sql-result__download");
    download.append(link);
    output.append(download);
    if (!answer.columns.length) {
      output.append(el("p", "De query gaf geen kolommen terug."));
      return;
    }
    const choice = chooseQuickChart(answer);
    if ("kind" in choice && answer.rows.length) {
      const figure = el("figure", undefined, "sql-result__chart");
      const width = Math.max(320, Math.min(output.clientWidth || 640, 960));
      figure.append(quickChart(answer, choice, {document, width}));
      figure.append(
        el(
          "figcaption",
          `Snelle grafiek van ${choice.y} per ${choice.x}, automatisch getekend uit het resultaat. Controleer eenheden en bronnen in de tabel.`
        )
      );
      output.append(figure);
    } else if ("reason" in choice && answer.columns.length === 2 && answer.rows.length) {
      output.append(el("p", choice.reason, "sql-result__note"));
    }
    output.append(renderResultTable(document, answer));
    const note = capNote(answer.rows.length);
    if (note) output.append(el("p", note, "sql-result__note"));
    if (!answer.rows.length) output.append(el("p", "De query gaf geen rijen terug.", "sql-result__note"));
  }

  function showError(error: unknown) {
    clearOutput();
    const alert = el("div", undefined, "sql-result__error");
    alert.setAttribute("role", "alert");
    alert.append(
      el("p", "De query kon niet worden uitgevoerd. DuckDB meldt:"),
      el("pre", errorText(error)),
      el("p", "Pas de query aan en voer ze opnieuw uit. De tabellen en kolommen staan onderaan de pagina.")
    );
    output.append(alert);
  }

  stopButton.addEventListener("click", () => stopRunning?.("reader"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void start(textarea.value);
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void start(textarea.value);
    }
  });

  options.db.then(
    () => {
      ready = true;
      if (result.dataset.state === "loading") status.textContent = "DuckDB is klaar.";
    },
    (error) => {
      status.textContent = `De gegevens konden niet geladen worden: ${errorText(error)}`;
    }
  );
  options.catalogue.then(
    (catalogue) => {
      catalogueBody.replaceChildren(renderCatalogue(document, catalogue, {onPick: fillAndRun}));
      // A fill rate the loaders derive into cmw-kwartaal gets its own example, with the code the catalogue names.
      const extra = exampleQueries(catalogue).filter((e) => !examples.includes(e));
      const before = exampleList.querySelector("[data-example='cmw-vulling']")?.parentElement ?? null;
      for (const example of extra) exampleList.insertBefore(exampleButton(example), before);
      pageExamples.push(...extra);
    },
    (error) => {
      catalogueBody.textContent = `De lijst van tabellen kon niet geladen worden: ${errorText(error)}`;
    }
  );

  // The page opens with a result: the query from the URL, or the first example; then the warm-up, if asked for.
  // The warm-up waits for that query as for any of the reader's.
  const first = textarea.value;
  void start(first, false);
  if (options.warmUpExamples) void warmUp(first).catch(() => undefined);
  return root;
}
