// The explorer in jsdom with a stand-in database: errors are shown and the next query still runs, results are
// text, examples fill the box, and Ctrl+Enter runs the query.
import {JSDOM} from "jsdom";
import {describe, expect, it, vi} from "vitest";
import type {Catalogue} from "../../src/components/sql/catalogue.js";
import {commonColumns} from "../../src/components/sql/catalogue.js";
import {initialQuery, searchWithQuery, sqlExplorer} from "../../src/components/sql/explorer.js";
import {examples} from "../../src/components/sql/examples.js";

const catalogue: Catalogue = {
  datasets: [
    {
      id: "eak-werkzaamheid",
      title: "Werkzaamheidsgraad",
      rows: 47,
      columns: [
        {name: "year", label: "Jaar", type: "integer"},
        {name: "group", label: "Groep", type: "category", values: {totaal: "Totale bevolking", kloof: "Kloof"}},
        {name: "source_id", label: "Bron", type: "text"}
      ]
    },
    {id: "lde-contingent", title: "LDE", rows: 7, columns: [{name: "source_id", label: "Bron", type: "text"}]}
  ]
};

function setup(search = "") {
  const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", {url: `http://localhost/sql${search}`});
  const window = dom.window;
  window.URL.createObjectURL = () => "blob:http://localhost/csv";
  window.URL.revokeObjectURL = () => {};
  const queries: string[] = [];
  const db = {
    async query(sql: string) {
      queries.push(sql);
      if (/SELEC\b/.test(sql)) throw new Error('Parser Error: syntax error at or near "SELEC"');
      if (sql.includes("<img")) return [{x: "<img src=x onerror=alert(1)>"}];
      return [
        {year: 2011, value: 33.2},
        {year: 2023, value: 29.5}
      ];
    }
  };
  const root = sqlExplorer({db: Promise.resolve(db), catalogue: Promise.resolve(catalogue), document: window.document});
  window.document.body.append(root);
  const result = root.querySelector<HTMLElement>(".sql-result")!;
  const textarea = root.querySelector("textarea")!;
  const settled = () =>
    vi.waitFor(() => expect(["done", "error"]).toContain(result.dataset.state), {timeout: 2000, interval: 5});
  const submit = async (sql: string) => {
    textarea.value = sql;
    root.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    // Queued until the explorer has seen the database ready (a microtask here), running after.
    expect(["queued", "running"]).toContain(result.dataset.state);
    await settled();
  };
  return {window, root, result, textarea, queries, settled, submit};
}

describe("sqlExplorer", () => {
  it("has a labelled query box and a run button", async () => {
    const {root, settled} = setup();
    const textarea = root.querySelector("textarea")!;
    expect(root.querySelector(`label[for='${textarea.id}']`)!.textContent).toBe("SQL-query");
    expect(textarea.getAttribute("aria-describedby")).toBeTruthy();
    expect(root.querySelector("button[type=submit]")!.textContent).toBe("Uitvoeren");
    await settled();
  });

  it("runs the first example on opening, without touching the address", async () => {
    const {window, result, queries, settled} = setup();
    await settled();
    expect(queries).toEqual([examples[0].sql]);
    expect(result.querySelector("td.num")!.textContent).toBe("2011");
    expect(window.location.search).toBe("");
  });

  it("shows a bad query's error as an alert, and runs a good query after it", async () => {
    const {result, submit, window} = setup();
    await submit("SELEC 1");
    expect(result.dataset.state).toBe("error");
    const alert = result.querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("De query kon niet worden uitgevoerd");
    expect(alert.textContent).toContain('Parser Error: syntax error at or near "SELEC"');
    await submit("SELECT year, value FROM eak_werkzaamheid");
    expect(result.dataset.state).toBe("done");
    expect(result.querySelector("[role=alert]")).toBeNull();
    expect([...result.querySelectorAll("td")].map((td) => td.textContent)).toContain("29,5");
    expect(result.querySelector("caption")!.textContent).toBe("Resultaat: 2 rijen");
    expect(result.querySelector("a[download]")!.getAttribute("href")).toMatch(/^blob:/);
    expect(result.querySelector("figure svg")).not.toBeNull();
    expect(new URLSearchParams(window.location.search).get("sql")).toBe("SELECT year, value FROM eak_werkzaamheid");
  });

  it("shows markup in a result as text", async () => {
    const {window, result, submit} = setup();
    await submit("SELECT '<img src=x onerror=alert(1)>' AS x");
    expect(window.document.querySelector("img")).toBeNull();
    expect(result.querySelector("td")!.textContent).toBe("<img src=x onerror=alert(1)>");
  });

  it("runs on Ctrl+Enter and Cmd+Enter", async () => {
    const {window, textarea, queries, settled} = setup();
    await settled();
    textarea.value = "SELECT 1";
    textarea.dispatchEvent(new window.KeyboardEvent("keydown", {key: "Enter", ctrlKey: true, bubbles: true}));
    await settled();
    textarea.dispatchEvent(new window.KeyboardEvent("keydown", {key: "Enter", metaKey: true, bubbles: true}));
    await settled();
    textarea.dispatchEvent(new window.KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
    expect(queries).toEqual([examples[0].sql, "SELECT 1", "SELECT 1"]);
  });

  it("fills the box from an example and from the catalogue", async () => {
    const {root, textarea, queries, settled} = setup();
    await settled();
    root.querySelector<HTMLButtonElement>("[data-example='lde-contingent']")!.click();
    await settled();
    expect(textarea.value).toBe(examples.find((e) => e.id === "lde-contingent")!.sql);
    await vi.waitFor(() => expect(root.querySelector(".sql-catalogue")).not.toBeNull());
    expect(root.querySelector(".sql-catalogue")!.textContent).toContain('"group"');
    expect(root.querySelector(".sql-catalogue")!.textContent).toContain("totaal = Totale bevolking");
    [...root.querySelectorAll<HTMLButtonElement>(".sql-catalogue button")][0].click();
    await settled();
    expect(queries.at(-1)).toBe("SELECT *\nFROM eak_werkzaamheid\nLIMIT 20");
  });

  it("opens with the query of a shared address", async () => {
    const {textarea, queries, settled} = setup(searchWithQuery("", "SELECT 2"));
    await settled();
    expect(textarea.value).toBe("SELECT 2");
    expect(queries).toEqual(["SELECT 2"]);
    expect(initialQuery("?sql=")).toBe(examples[0].sql);
  });
});

describe("the explorer's warm-up (warmUpExamples)", () => {
  /**
   * An explorer whose stand-in database notes each query with the result's state when it started, and the
   * reader's queries still running then. `hold` makes a query wait until released.
   */
  function warmSetup(hold: Record<string, Promise<void>> = {}) {
    const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", {url: "http://localhost/sql"});
    dom.window.URL.createObjectURL = () => "blob:http://localhost/csv";
    dom.window.URL.revokeObjectURL = () => {};
    const seen: {sql: string; state?: string; readerRunning: number}[] = [];
    let readerRunning = 0;
    const shown: {result?: HTMLElement} = {};
    const isReader = (sql: string) => !examples.some((e) => e.sql === sql);
    const db = {
      async query(sql: string) {
        seen.push({sql, state: shown.result?.dataset.state, readerRunning});
        if (isReader(sql)) readerRunning++;
        try {
          await hold[sql];
          return [{year: 2011, value: 33.2}];
        } finally {
          if (isReader(sql)) readerRunning--;
        }
      }
    };
    const root = sqlExplorer({
      db: Promise.resolve(db),
      catalogue: Promise.resolve(catalogue),
      document: dom.window.document,
      warmUpExamples: true
    });
    dom.window.document.body.append(root);
    const result = (shown.result = root.querySelector<HTMLElement>(".sql-result")!);
    const warmDone = () => vi.waitFor(() => expect(result.dataset.warmUp).toBe("done"), {timeout: 2000, interval: 5});
    return {root, result, seen, warmDone};
  }
  const released = () => {
    let release = () => {};
    const promise = new Promise<void>((resolve) => (release = resolve));
    return {promise, release};
  };

  it("runs every other example once, only after the first result is shown", async () => {
    const first = released();
    const {result, seen, warmDone} = warmSetup({[examples[0].sql]: first.promise});
    await vi.waitFor(() => expect(seen).toHaveLength(1), {timeout: 2000, interval: 5});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1); // nothing while the first query runs
    first.release();
    await warmDone();
    expect(seen.map((q) => q.sql)).toEqual(examples.map((e) => e.sql));
    expect(seen.slice(1).every((q) => q.state === "done")).toBe(true);
    expect(Number(result.dataset.warmUpMs)).toBeGreaterThanOrEqual(0);
  });

  it("lets a reader's query go before the rest of the warm-up, and goes on after it", async () => {
    const warm = released();
    const reader = released();
    const {root, seen, warmDone} = warmSetup({[examples[1].sql]: warm.promise, "SELECT 42": reader.promise});
    await vi.waitFor(() => expect(seen.map((q) => q.sql)).toContain(examples[1].sql), {timeout: 2000, interval: 5});
    root.querySelector("textarea")!.value = "SELECT 42";
    root.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await vi.waitFor(() => expect(seen.map((q) => q.sql)).toContain("SELECT 42"), {timeout: 2000, interval: 5});
    warm.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    reader.release();
    await warmDone();
    // No warm-up query started while the reader's query ran; the warm-up went on after it.
    expect(seen.every((q) => q.readerRunning === 0)).toBe(true);
    expect(seen.map((q) => q.sql)).toEqual([
      examples[0].sql,
      examples[1].sql,
      "SELECT 42",
      ...examples.slice(2).map((e) => e.sql)
    ]);
  });
});

describe("commonColumns", () => {
  it("lists once only the columns with the same meaning in every table", () => {
    const column = (name: string, label: string) => ({name, label, type: "text"});
    const list = commonColumns({
      datasets: [
        {id: "a", title: "", columns: [column("value", "Werkzaamheidsgraad"), column("source_id", "Bron")]},
        {id: "b", title: "", columns: [column("value", "Contingent"), column("source_id", "Bron")]}
      ]
    });
    expect(list.map((c) => c.name)).toEqual(["source_id"]);
  });
});
