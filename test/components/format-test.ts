// nl-BE numbers as Flemish statistics write them: decimal comma, a point between thousands, also for four
// digits (Intl's nl-BE leaves "2420" ungrouped), years never grouped.
import {describe, expect, it} from "vitest";
import {formatCount, formatNumber, formatPercent, formatPoints, formatYear} from "../../src/components/format.js";

describe("format.ts", () => {
  it("writes numbers with a decimal comma and grouped thousands, four digits included", () => {
    expect(formatNumber(19407.5)).toBe("19.407,5");
    expect(formatNumber(2420)).toBe("2.420");
    expect(formatNumber(-2420)).toBe("-2.420");
    expect(formatNumber(2420.25)).toBe("2.420,25");
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(0.125)).toBe("0,13");
  });

  it("fixes the decimals when asked", () => {
    expect(formatNumber(47, 1)).toBe("47,0");
    expect(formatNumber(2420.4, 0)).toBe("2.420");
    expect(formatNumber(1234.5, 0)).toBe("1.235");
  });

  it("writes percentages and percentage points with one decimal by default", () => {
    expect(formatPercent(47.3)).toBe("47,3%");
    expect(formatPercent(52)).toBe("52,0%");
    expect(formatPercent(33.333, 2)).toBe("33,33%");
    expect(formatPoints(29.5)).toBe("29,5 ppt");
    expect(formatPoints(-3)).toBe("-3,0 ppt");
  });

  it("never groups a year", () => {
    expect(formatYear(2023)).toBe("2023");
  });

  it("writes a count of one in the singular, and any other in the unit as the data name it", () => {
    expect(formatCount(1, "bedrijven")).toBe("1 bedrijf");
    expect(formatCount(12.2, "%")).toBe("12,2%");
    expect(formatCount(1, "ondernemingen")).toBe("1 onderneming");
    expect(formatCount(26, "bedrijven")).toBe("26 bedrijven");
    expect(formatCount(1, "VTE")).toBe("1 VTE");
    expect(formatCount(21421.94, "VTE")).toBe("21.421,94 VTE");
    expect(formatCount(92.4, "")).toBe("92,4");
  });
});
