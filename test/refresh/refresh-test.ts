// npm run data:refresh end to end, on a private copy of the real data/ folder and with a mocked fetch that answers
// from the constructed fixtures in test/fixtures/refresh/. No test here touches the network: the global fetch is
// replaced by one that fails, and every refresh gets the mock passed in.
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {readAllDatasets} from "../../loaders/lib/dataset.js";
import {readTableFile} from "../../loaders/refresh/table-file.js";
import {formatReport, refreshData} from "../../loaders/refresh/refresh.js";
import type {RefreshReport} from "../../loaders/refresh/refresh.js";
import {RefreshError} from "../../loaders/refresh/types.js";
import {cmw03Url} from "../../loaders/refresh/wewis-cmw03.js";
import {tepsrUrl} from "../../loaders/refresh/eurostat-tepsr-sp200.js";

const fixture = (name: string) => readFileSync(`test/fixtures/refresh/${name}`, "utf8");
const cmwExport = fixture("cmw03-export.csv");
const jsonStat = fixture("tepsr_sp200-sparse.json");
const today = "2000-01-02";

let root: string;
let dataDir: string;

beforeEach(() => {
  vi.stubGlobal("fetch", () => Promise.reject(new Error("a test tried to use the network")));
  root = mkdtempSync(join(tmpdir(), "boordtabel-refresh-test-"));
  dataDir = join(root, "data");
  cpSync("data", dataDir, {recursive: true});
});

afterEach(() => {
  vi.unstubAllGlobals();
  rmSync(root, {recursive: true, force: true});
});

type Answer = {status?: number; body: string} | Error;

/** A fetch that answers the two source addresses from `answers` and refuses any other address. */
function mockFetch(answers: {cmw?: Answer; eurostat?: Answer} = {}): typeof fetch & {calls: string[]} {
  const calls: string[] = [];
  const byUrl: Record<string, Answer> = {
    [cmw03Url]: answers.cmw ?? {body: cmwExport},
    [tepsrUrl]: answers.eurostat ?? {body: jsonStat}
  };
  const impl = async (input: string | URL | Request) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const answer = byUrl[url];
    if (!answer) throw new Error(`unexpected address in a test: ${url}`);
    if (answer instanceof Error) throw answer;
    return new Response(answer.body, {status: answer.status ?? 200});
  };
  return Object.assign(impl as typeof fetch, {calls});
}

/** Every file under data/ with its bytes, to check that a failed refresh changed nothing. */
function snapshot(dir = dataDir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, {withFileTypes: true})) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function rowsOf(file: string) {
  return readTableFile(readFileSync(join(dataDir, file), "utf8"), file).rows.map((r) => r.cells);
}

async function expectRefusal(fetchImpl: typeof fetch, pattern: RegExp): Promise<RefreshError> {
  const before = snapshot();
  const error = await refreshData(dataDir, {fetch: fetchImpl, today}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RefreshError);
  expect((error as Error).message).toMatch(/^data:refresh stopped; nothing in data\/ was changed\./);
  expect((error as Error).message).toMatch(pattern);
  const after = snapshot();
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).toBe(true);
  return error as RefreshError;
}

describe("a full refresh", () => {
  let report: RefreshReport;
  let before: Map<string, Buffer>;
  beforeEach(async () => {
    before = snapshot();
    report = await refreshData(dataDir, {fetch: mockFetch(), today});
  });

  it("updates cmw-kwartaal: its own sums shown, the third-party sums kept with shown=nee, a new quarter added", () => {
    const rows = rowsOf("cmw/cmw-kwartaal.csv");
    const q4 = rows.filter((r) => r.period === "2025K4");
    expect(q4.map((r) => [r.measure, r.value, r.source_id, r.shown, r.confidence])).toEqual([
      ["contingent_toegekend_vte", "600,00", "wewis-cmw03", "ja", "high"],
      ["contingent_toegekend_vte", "21.245,67", "gh-wachtlijsten-vlaanderen", "nee", "medium"],
      ["ingevuld_vte", "450,00", "wewis-cmw03", "ja", "high"],
      ["ingevuld_vte", "20.341,62", "gh-wachtlijsten-vlaanderen", "nee", "medium"],
      ["vestigingen", "82", "wewis-cmw03", "ja", "medium"] // the refresh does not count establishments
    ]);
    expect(q4[0].source_section).toBe(
      "som over alle vestigingen van het open-databestand cmw03_product_v1, kwartaal 2025 K4, door de Boordtabel"
    );
    expect(q4[1].note).toMatch(
      /^Niet meer getoond sinds 2000-01-02: de site toont de som die de Boordtabel zelf maakt/
    );
    expect(q4[1].note).toMatch(/Som van de open-datarecords, gemaakt door een derde partij\./); // the old note stays
    expect(q4[1].source_url).toMatch(/^https:\/\/github\.com\/Eberger01\/wachtlijsten-vlaanderen\//);
    expect(q4[1].source_section).toMatch(/som gemaakt door Eberger01\/wachtlijsten-vlaanderen/);
    // 2026 K2 is the latest quarter of the export: added after 2026 K1, which the export does not cover.
    expect(rows.slice(-5).map((r) => `${r.period} ${r.measure} ${r.value}`)).toEqual([
      "2026K1 contingent_toegekend_vte 21.466,66",
      "2026K1 ingevuld_vte 19.913,79",
      "2026K1 vestigingen 82",
      "2026K2 contingent_toegekend_vte 666,66",
      "2026K2 ingevuld_vte 66,66"
    ]);
  });

  it("creates the Eurostat dataset (table and metadata together) and registers its source", () => {
    const rows = rowsOf("eak/eurostat-handicapkloof.csv");
    expect(rows.map((r) => `${r.year} ${r.geo} ${r.value}`)).toEqual([
      "2021 BE 11,1",
      "2021 EU27_2020 21,1",
      "2022 BE 12,2",
      "2022 EU27_2020 22,2",
      "2023 EU27_2020 23,3"
    ]);
    const meta = JSON.parse(readFileSync(join(dataDir, "eak/eurostat-handicapkloof.meta.json"), "utf8"));
    expect(meta.title).toBe("Kloof in werkzaamheid door beperking (EU-SILC, Eurostat tepsr_sp200)");
    const registry = readFileSync(join(dataDir, "sources/refresh.csv"), "utf8").trim().split("\n");
    expect(registry[0]).toBe("source_id;title;publisher;date;identifier;source_url");
    expect(registry[1]).toMatch(
      /^eurostat-tepsr-sp200;.*;Eurostat;2000-01-02;.*;https:\/\/ec\.europa\.eu\/eurostat\/databrowser\/view\/tepsr_sp200\/default\/table$/
    );
  });

  it("leaves data/ valid for the build, with the fill rate derived from the new sums", () => {
    const datasets = readAllDatasets(dataDir, root);
    const kwartaal = datasets.find((d) => d.meta.id === "cmw-kwartaal")!;
    const rate = (period: string) =>
      kwartaal.rows.find((r) => r.period === period && r.measure === "vullingsgraad" && r.shown === "ja")?.value;
    expect(rate("2025K4")).toBe(75); // 450,00 / 600,00
    expect(rate("2026K2")).toBe(10); // 66,66 / 666,66
    expect(rate("2024K4")).toBe(92.9); // not in the export: unchanged
    const gap = datasets.find((d) => d.meta.id === "eurostat-handicapkloof")!;
    expect(gap.sources.map((s) => s.publisher)).toEqual(["Eurostat"]);
  });

  it("changes only the files it reports, and leaves no temporary file behind", () => {
    const after = snapshot();
    expect(report.written.sort()).toEqual([
      "data/cmw/cmw-kwartaal.csv",
      "data/eak/eurostat-handicapkloof.csv",
      "data/eak/eurostat-handicapkloof.meta.json",
      "data/sources/refresh.csv"
    ]);
    const changed = [...after.keys()].filter((f) => !before.get(f)?.equals(after.get(f)!)).map((f) => `data/${f}`);
    expect(changed.sort()).toEqual(report.written.sort());
    expect([...after.keys()].filter((f) => /\.tmp$/.test(f))).toEqual([]);
    // Rows the refresh does not touch keep their exact text.
    const lines = (map: Map<string, Buffer>) => map.get("cmw/cmw-kwartaal.csv")!.toString("utf8").split("\n");
    expect(lines(after).filter((l) => /^2019K4;/.test(l))).toEqual(lines(before).filter((l) => /^2019K4;/.test(l)));
  });

  it("reports rows added, changed, set aside and unchanged per dataset, as a short table", () => {
    const cmw = report.datasets.find((d) => d.dataset === "cmw-kwartaal")!;
    expect(cmw).toMatchObject({created: false, unchanged: 0, changed: [], untouched: 22});
    expect(cmw.added.map((c) => `${c.key.period} ${c.key.measure} ${c.after}`)).toEqual([
      "2025K4 contingent_toegekend_vte 600,00",
      "2025K4 ingevuld_vte 450,00",
      "2026K2 contingent_toegekend_vte 666,66",
      "2026K2 ingevuld_vte 66,66"
    ]);
    expect(cmw.added[0].replaces).toEqual({source_id: "gh-wachtlijsten-vlaanderen", value: "21.245,67"});
    expect(cmw.setAside).toHaveLength(2);
    const gap = report.datasets.find((d) => d.dataset === "eurostat-handicapkloof")!;
    expect(gap).toMatchObject({created: true, metaWritten: true, unchanged: 0, untouched: 0});
    expect(gap.added).toHaveLength(5);
    expect(report.registered).toEqual(["eurostat-tepsr-sp200"]);

    const text = formatReport(report);
    expect(text).toMatch(/^dataset\s+added\s+changed\s+set aside\s+unchanged\s+other rows$/m);
    expect(text).toMatch(/^cmw-kwartaal\s+4\s+0\s+2\s+0\s+22$/m);
    expect(text).toMatch(/^eurostat-handicapkloof \(new\)\s+5\s+0\s+0\s+0\s+0$/m);
    expect(text).toContain(
      "+ 2025K4 contingent_toegekend_vte 600,00 [wewis-cmw03] (was 21.245,67 [gh-wachtlijsten-vlaanderen], now shown=nee)"
    );
    expect(text).toContain("registered in data/sources/refresh.csv: eurostat-tepsr-sp200");
  });

  it("is idempotent: the same responses a day later change nothing", async () => {
    const first = snapshot();
    const again = await refreshData(dataDir, {fetch: mockFetch(), today: "2000-01-03"});
    expect(again.written).toEqual([]);
    expect(
      again.datasets.map((d) => [d.dataset, d.added.length, d.changed.length, d.setAside.length, d.unchanged])
    ).toEqual([
      ["cmw-kwartaal", 0, 0, 0, 4],
      ["eurostat-handicapkloof", 0, 0, 0, 5]
    ]);
    expect(again.registered).toEqual([]);
    for (const [file, bytes] of snapshot()) expect(bytes.equals(first.get(file)!), file).toBe(true);
    expect(formatReport(again)).toMatch(/Nothing changed: data\/ is up to date\./);
  });

  it("reports a revised figure as changed, old → new", async () => {
    const revised = cmwExport.replace(
      "2025-Q4;Voorbeeldgemeente C;99003;Testmaatregel X;250.00",
      "2025-Q4;Voorbeeldgemeente C;99003;Testmaatregel X;255.55"
    );
    const again = await refreshData(dataDir, {fetch: mockFetch({cmw: {body: revised}}), today: "2000-01-03"});
    const cmw = again.datasets.find((d) => d.dataset === "cmw-kwartaal")!;
    expect(cmw.changed.map((c) => `${c.key.period} ${c.key.measure}: ${c.before} → ${c.after}`)).toEqual([
      "2025K4 contingent_toegekend_vte: 600,00 → 605,55"
    ]);
    expect(cmw.unchanged).toBe(3);
    expect(again.written).toEqual(["data/cmw/cmw-kwartaal.csv"]);
    expect(formatReport(again)).toContain("~ 2025K4 contingent_toegekend_vte 600,00 → 605,55 [wewis-cmw03]");
    const row = rowsOf("cmw/cmw-kwartaal.csv").find((r) => r.period === "2025K4" && r.value === "605,55")!;
    expect(row.note).toMatch(/Opgehaald op 2000-01-03/);
  });
});

describe("a failed refresh leaves data/ exactly as it was and says why", () => {
  it("a server error (500): names the source and its address", async () => {
    const error = await expectRefusal(
      mockFetch({cmw: {status: 500, body: "Internal Server Error"}}),
      /problem: download failed: HTTP 500; the response begins "Internal Server Error"/
    );
    expect(error.message).toContain(cmw03Url);
    expect(error.problems).toEqual([
      expect.objectContaining({source: expect.stringMatching(/^wewis-cmw03 /), url: cmw03Url})
    ]);
  });

  it("a network error", async () => {
    const error = await expectRefusal(
      mockFetch({eurostat: new TypeError("fetch failed", {cause: new Error("getaddrinfo ENOTFOUND ec.europa.eu")})}),
      /download failed: fetch failed \(getaddrinfo ENOTFOUND ec\.europa\.eu\)/
    );
    expect(error.message).toContain(tepsrUrl);
  });

  it("a response that is not valid JSON", async () => {
    const error = await expectRefusal(
      mockFetch({eurostat: {body: "<html><body>Maintenance</body></html>"}}),
      /source: eurostat-tepsr-sp200 .*\n {2}address: .*tepsr_sp200.*\n {2}problem: invalid response: not valid JSON/
    );
    expect(error.message).toContain(tepsrUrl);
  });

  it("an export without a quarter field: names the header it got", async () => {
    await expectRefusal(
      mockFetch({cmw: {body: cmwExport.replace(/^kwartaal/, "code")}}),
      /invalid response: no quarter field in the header "code;gemeente;nis_code;maatregeltype;cmw_aantal_toegekend_vte;cmw_aantal_vte;cmw_subsidiebedrag"/
    );
  });

  it("a response that parses but does not pass validation (a negative VTE sum): names file, row and column", async () => {
    const negative = cmwExport.replace("Testmaatregel X;250.00", "Testmaatregel X;-1000.00");
    const error = await expectRefusal(
      mockFetch({cmw: {body: negative}}),
      /problem: the refreshed table does not pass validation:\n\s*data\/cmw\/cmw-kwartaal\.csv, row \d+, column value: -650,00 is below the minimum 0/
    );
    expect(error.message).toContain(cmw03Url);
  });

  it("a dry run reports but writes nothing", async () => {
    const before = snapshot();
    const report = await refreshData(dataDir, {fetch: mockFetch(), today, dryRun: true});
    expect(report.written).toEqual([]);
    expect(report.datasets[0].added).toHaveLength(4);
    expect(formatReport(report)).toMatch(/Dry run: data\/ was not changed\./);
    for (const [file, bytes] of snapshot()) expect(bytes.equals(before.get(file)!), file).toBe(true);
    expect(existsSync(join(dataDir, "eak/eurostat-handicapkloof.csv"))).toBe(false);
  });
});

it("defaults to the global fetch, which the tests replace: no test reaches the network", async () => {
  const before = snapshot();
  await expect(refreshData(dataDir, {today})).rejects.toThrow(/a test tried to use the network/);
  for (const [file, bytes] of snapshot()) expect(bytes.equals(before.get(file)!), file).toBe(true);
});
