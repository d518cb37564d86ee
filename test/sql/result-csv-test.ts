import {describe, expect, it} from "vitest";
import {csvField, toCsv} from "../../src/components/sql/result-csv.js";

describe("toCsv", () => {
  it("writes a header row and CRLF line ends", () => {
    expect(toCsv({columns: ["year", "value"], rows: [[2023, 29.5]]})).toBe("year,value\r\n2023,29.5\r\n");
  });

  it("quotes fields with quotes, commas and line breaks, and doubles the quotes", () => {
    const csv = toCsv({
      columns: ["note", "x"],
      rows: [
        ['Hij zei "ja", toen', 1],
        ["twee\nregels", 2],
        ["cr\rlf", 3],
        ["gewoon", 4]
      ]
    });
    expect(csv).toBe('note,x\r\n"Hij zei ""ja"", toen",1\r\n"twee\nregels",2\r\n"cr\rlf",3\r\ngewoon,4\r\n');
  });

  it("quotes a header that needs it", () => {
    expect(toCsv({columns: ["a,b", 'c"d'], rows: []})).toBe('"a,b","c""d"\r\n');
  });

  it("writes numbers machine-readable, null as empty, booleans and dates plainly", () => {
    const csv = toCsv({
      columns: ["n", "leeg", "b", "d"],
      rows: [[19407.5, null, true, new Date(Date.UTC(2023, 11, 31))]]
    });
    expect(csv).toBe("n,leeg,b,d\r\n19407.5,,true,2023-12-31\r\n");
  });

  it("keeps markup as plain text (CSV has no markup)", () => {
    expect(csvField("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });
});
