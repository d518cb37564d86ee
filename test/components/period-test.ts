// The period helpers of hydrate.ts: what a permalink (?eak-kloof=2007-2023) means, how a choice is written back
// into the URL without disturbing other charts' periods, and the SQL that restricts a chart to a period.
import {describe, expect, it} from "vitest";
import {yearsOf} from "../../src/components/data/rows.js";
import {periodQuery, readPeriod, writePeriod} from "../../src/components/hydrate.js";

describe("readPeriod", () => {
  it("reads a period of two years, first year not after the last", () => {
    expect(readPeriod("?eak-kloof=2007-2023", "eak-kloof")).toEqual({from: 2007, to: 2023});
    expect(readPeriod("?a=1&eak-kloof=2010-2010", "eak-kloof")).toEqual({from: 2010, to: 2010});
  });

  it("ignores anything else: another chart, a reversed, partial or malformed period", () => {
    for (const search of [
      "",
      "?cmw-vulling=2007-2023",
      "?eak-kloof=2023-2007",
      "?eak-kloof=2007",
      "?eak-kloof=07-23",
      "?eak-kloof=2007-2023x",
      "?eak-kloof=2007–2023"
    ])
      expect(readPeriod(search, "eak-kloof"), search).toBeUndefined();
  });
});

describe("writePeriod", () => {
  it("sets the chart's period and keeps the other parameters", () => {
    expect(writePeriod("?cmw-vulling=2019-2023", "eak-kloof", {from: 2010, to: 2023})).toBe(
      "?cmw-vulling=2019-2023&eak-kloof=2010-2023"
    );
    expect(writePeriod("?eak-kloof=2007-2023", "eak-kloof", {from: 2010, to: 2023})).toBe("?eak-kloof=2010-2023");
  });

  it("removes the parameter when the whole period is chosen, leaving no lone '?'", () => {
    expect(writePeriod("?eak-kloof=2007-2023", "eak-kloof", undefined)).toBe("");
    expect(writePeriod("?eak-kloof=2007-2023&x=1", "eak-kloof", undefined)).toBe("?x=1");
  });

  it("round-trips with readPeriod", () => {
    const period = {from: 2002, to: 2011};
    expect(readPeriod(writePeriod("?x=1", "eak-kloof", period), "eak-kloof")).toEqual(period);
  });
});

describe("periodQuery", () => {
  const sql = "SELECT year, value FROM t";

  it("wraps the chart's SQL in a BETWEEN on its years", () => {
    expect(periodQuery(sql, {from: 2007, to: 2023})).toBe(
      "SELECT * FROM (SELECT year, value FROM t) AS chart WHERE chart.year BETWEEN 2007 AND 2023"
    );
  });

  // A chart whose rows have no years gets no period selector (yearsOf), so no period reaches its query.
  it("leaves the SQL alone without a period", () => {
    expect(periodQuery(sql, undefined)).toBe(sql);
  });
});

describe("yearsOf", () => {
  it("gives the years of the rows' year column, each once and in order; none without that column", () => {
    expect(yearsOf([{year: 2019}, {year: 2018}, {year: 2019, period: "2019K4"}, {year: null}])).toEqual([2018, 2019]);
    expect(yearsOf([{period: "2019"}, {period: "2020"}])).toEqual([]);
  });
});
