import {describe, expect, it} from "vitest";
import {
  capNote,
  columnKind,
  formatCell,
  renderResultTable,
  rowCountText
} from "../../src/components/sql/result-table.js";
import {createDocument} from "../charts/snapshot.js";

describe("formatCell", () => {
  it("formats numbers nl-BE and keeps their decimals", () => {
    expect(formatCell(29.5, "number")).toBe("29,5");
    expect(formatCell(19407.5, "number")).toBe("19.407,5");
    expect(formatCell(18602.73, "number")).toBe("18.602,73");
    expect(formatCell(2420, "number")).toBe("2.420");
    expect(formatCell(0.1 + 0.2, "number")).toBe("0,3");
    expect(formatCell(-0.3, "number")).toBe("-0,3");
  });

  it("never groups a year", () => {
    expect(formatCell(2023, "year")).toBe("2023");
  });

  it("shows null as empty, booleans in Dutch, dates as ISO", () => {
    expect(formatCell(null)).toBe("");
    expect(formatCell(true)).toBe("waar");
    expect(formatCell(new Date(Date.UTC(2024, 0, 2)))).toBe("2024-01-02");
  });
});

describe("columnKind", () => {
  it("tells years, numbers and text apart", () => {
    const result = {
      columns: ["year", "value", "period", "jaar_x"],
      rows: [
        [2022, 1, "2022K4", 3000],
        [2023, null, "2023K4", 2023]
      ]
    };
    expect(result.columns.map((_, i) => columnKind(result, i))).toEqual(["year", "number", "text", "number"]);
  });
});

describe("renderResultTable", () => {
  it("shows a value that looks like HTML as text, creating no element", () => {
    const document = createDocument();
    const payload = "<img src=x onerror=alert(1)>";
    const table = renderResultTable(document, {columns: ["x"], rows: [[payload]]});
    document.body.append(table);
    expect(document.querySelector("img")).toBeNull();
    expect(table.querySelector("td")!.textContent).toBe(payload);
  });

  it("caps the rows shown and says so", () => {
    const document = createDocument();
    const rows = Array.from({length: 1500}, (_, i) => [i]);
    const table = renderResultTable(document, {columns: ["n"], rows});
    expect(table.querySelectorAll("tbody tr")).toHaveLength(1000);
    expect(table.querySelector("caption")!.textContent).toBe("Resultaat: 1.500 rijen, de eerste 1.000 getoond");
    expect(capNote(1500)).toContain("eerste 1.000 van 1.500 rijen");
    expect(capNote(1000)).toBeUndefined();
  });

  it("labels columns with header cells and right-aligns numbers", () => {
    const document = createDocument();
    const table = renderResultTable(document, {columns: ["year", "value"], rows: [[2023, 29.5]]});
    expect([...table.querySelectorAll("th[scope=col]")].map((th) => th.textContent)).toEqual(["year", "value"]);
    expect([...table.querySelectorAll("td")].map((td) => [td.textContent, td.className])).toEqual([
      ["2023", "num"],
      ["29,5", "num"]
    ]);
    expect(rowCountText(1)).toBe("1 rij");
  });
});
