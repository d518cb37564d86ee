// The WEWIS cmw03_product_v1 source: the CSV export summed per quarter over all records, on a constructed fixture
// (test/fixtures/refresh/cmw03-export.csv: invented gemeenten and values, several gemeenten, two quarters).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseQuarter} from "../../loaders/refresh/quarter.js";
import {parseCmw03, selectQuarters, sumCmw03} from "../../loaders/refresh/wewis-cmw03.js";

const exportText = readFileSync("test/fixtures/refresh/cmw03-export.csv", "utf8");
const context = {retrieved: "2000-01-02"};

/** A small export with the given quarter field(s) and values, one record per value. */
function exportWith(header: string, periods: string[]): string {
  return [
    `${header};gemeente;cmw_aantal_toegekend_vte;cmw_aantal_vte`,
    ...periods.map((p) => `${p};Voorbeeldgemeente A;100.00;50.00`)
  ].join("\n");
}

describe("sumCmw03", () => {
  it("sums both fields per quarter over all records, whatever the gemeente or maatregeltype", () => {
    const sums = sumCmw03(exportText);
    expect(sums.map((q) => q.period)).toEqual(["2025K4", "2026K2"]);
    const [q4, q2] = sums;
    expect(q4.records).toBe(4);
    expect(q4.sums.contingent_toegekend_vte).toEqual({value: 600, records: 4});
    expect(q4.sums.ingevuld_vte).toEqual({value: 450, records: 4});
    expect(q2.sums.contingent_toegekend_vte?.value).toBeCloseTo(666.66, 9);
    // One record of 2026-Q2 has no ingevuld value: it adds nothing and is not counted.
    expect(q2.sums.ingevuld_vte?.records).toBe(3);
    expect(q2.sums.ingevuld_vte?.value).toBeCloseTo(66.66, 9);
  });

  it("reads the quarter in the likely shapes of the export", () => {
    for (const period of ["2023K4", "2023 K4", "2023-Q4", "2023Q4", "2023/4", "2023-4", "Q4 2023", "K4-2023"])
      expect(sumCmw03(exportWith("kwartaal", [period]))[0].period, period).toBe("2023K4");
    for (const period of ["2023-10-01", "2023-12-31T00:00:00+00:00", "2023 kwartaal 4", "4e kwartaal 2023"])
      expect(sumCmw03(exportWith("periode", [period]))[0].period, period).toBe("2023K4");
    // A year field with a quarter number beside it.
    const pair = [
      "jaar;kwartaal;gemeente;cmw_aantal_toegekend_vte;cmw_aantal_vte",
      "2023;4;A;1.00;1.00",
      "2023;K3;A;1.00;1.00"
    ];
    expect(sumCmw03(pair.join("\n")).map((q) => q.period)).toEqual(["2023K3", "2023K4"]);
    // Field names are matched without regard to case, and a byte order mark is skipped.
    expect(
      sumCmw03(`\uFEFF${exportWith("Kwartaal", ["2023K4"]).replace("cmw_aantal_vte", "CMW_AANTAL_VTE")}`)
    ).toHaveLength(1);
  });

  it("refuses a quarter it cannot read unambiguously", () => {
    expect(parseQuarter("2023-04")).toBeUndefined(); // April, or the fourth quarter?
    expect(parseQuarter("2023K5")).toBeUndefined();
    expect(() => sumCmw03(exportWith("kwartaal", ["2023K4", "vierde"]))).toThrow(
      /record 2: field kwartaal has the value "vierde", which is not a quarter/
    );
  });

  it("names the header it got when there is no quarter field", () => {
    expect(() => sumCmw03(exportWith("referentie", ["2023K4"]))).toThrow(
      /no quarter field in the header "referentie;gemeente;cmw_aantal_toegekend_vte;cmw_aantal_vte"; expected a field like "kwartaal"/
    );
  });

  it("names a missing field, a value that is not a number, and a response that is not the CSV export", () => {
    expect(() => sumCmw03(exportWith("kwartaal", ["2023K4"]).replace("cmw_aantal_vte", "vte"))).toThrow(
      /the header has no field cmw_aantal_vte \(header: kwartaal;gemeente;cmw_aantal_toegekend_vte;vte\)/
    );
    expect(() => sumCmw03(exportWith("kwartaal", ["2023K4"]).replace("100.00", "honderd"))).toThrow(
      /record 1, field cmw_aantal_toegekend_vte: "honderd" is not a number/
    );
    expect(() => sumCmw03("<!DOCTYPE html><html>Onderhoud</html>")).toThrow(/got HTML/);
    expect(() => sumCmw03("")).toThrow(/empty/);
    expect(() => sumCmw03(exportWith("kwartaal", []))).toThrow(/a header but no records/);
    expect(
      sumCmw03(exportWith("kwartaal", ["2023K4"]).replace("100.00", "100,50"))[0].sums.contingent_toegekend_vte?.value
    ).toBe(100.5);
  });
});

describe("parseCmw03", () => {
  it("writes rows for cmw-kwartaal.csv: nl-BE with two decimals, the Boordtabel's own sum, confidence high", () => {
    const rows = parseCmw03(exportText, context);
    expect(rows.map((r) => [r.period, r.measure, r.value])).toEqual([
      ["2025K4", "contingent_toegekend_vte", "600,00"],
      ["2025K4", "ingevuld_vte", "450,00"],
      ["2026K2", "contingent_toegekend_vte", "666,66"],
      ["2026K2", "ingevuld_vte", "66,66"]
    ]);
    expect(rows[0]).toEqual({
      period: "2025K4",
      measure: "contingent_toegekend_vte",
      value: "600,00",
      source_id: "wewis-cmw03",
      source_section:
        "som over alle vestigingen van het open-databestand cmw03_product_v1, kwartaal 2025 K4, door de Boordtabel",
      source_url: "https://opendata.wewis.vlaanderen.be/explore/dataset/cmw03_product_v1/",
      confidence: "high",
      shown: "ja",
      note: "Som van het veld cmw_aantal_toegekend_vte over de 4 records van dit kwartaal in de CSV-export (per gemeente × kwartaal × maatregeltype), berekend door de Boordtabel. WEWIS publiceert deze som niet zelf. Opgehaald op 2000-01-02 met npm run data:refresh."
    });
    const thousands = exportWith("kwartaal", ["2023K4", "2023K4"]).replace(/100\.00/g, "1234.5");
    expect(parseCmw03(thousands, context)[0].value).toBe("2.469,00");
  });

  it("keeps the table's selection: fourth quarters, the latest quarter, and periods already in the table", () => {
    const periods = ["2024K3", "2024K4", "2025K1", "2025K2", "2025K3"];
    const rows = parseCmw03(exportWith("kwartaal", periods), context);
    const selected = selectQuarters(rows, [{period: "2025K1"}]);
    expect([...new Set(selected.map((r) => r.period))]).toEqual(["2024K4", "2025K1", "2025K3"]);
  });
});
