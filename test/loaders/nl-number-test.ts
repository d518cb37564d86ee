import {describe, expect, it} from "vitest";
import {parseNlNumber} from "../../loaders/lib/nl-number.js";

describe("parseNlNumber", () => {
  it("reads Belgian notation", () => {
    expect(parseNlNumber("19.407,5")).toBe(19407.5);
    expect(parseNlNumber("47,3")).toBe(47.3);
    expect(parseNlNumber("20.614")).toBe(20614);
    expect(parseNlNumber("580 000")).toBe(580000);
    expect(parseNlNumber("2002")).toBe(2002);
    expect(parseNlNumber("-0,3")).toBe(-0.3);
    expect(parseNlNumber("1.234.567,89")).toBe(1234567.89);
  });
  it("refuses what it cannot read without guessing", () => {
    for (const text of ["", "47.3", "1.23", "12,", ",5", "n.b.", "47,3%", "1,234.5", "12.34.567"])
      expect(parseNlNumber(text), text).toBeUndefined();
  });
});
