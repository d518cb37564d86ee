// The frame lists a chart's own notes, then the notes and breaks of its datasets (meta.json), under the subtitle: a
// chart note says only what those do not, so a reader never reads the same caveat twice under one chart. Checked on
// the real definitions and data.
import {describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import {describeBreak} from "../../tools/frames/break-notes.js";
import {datasetMetadata} from "./draw-chart.js";

/** The runs of six words of a text, lower case, without punctuation. */
function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return new Set(words.slice(5).map((_, i) => words.slice(i, i + 6).join(" ")));
}

/** A note repeats another when they share more than two runs of six words (one or two are a common phrase). */
function repeats(note: string, other: string): boolean {
  const theirs = wordRuns(other);
  return [...wordRuns(note)].filter((run) => theirs.has(run)).length > 2;
}

describe("a chart's own notes", () => {
  it("no chart note repeats the subtitle, a note of the chart's datasets or one of their breaks", () => {
    const repeated = charts.flatMap((chart) => {
      const datasets = chart.datasets.map((id) => datasetMetadata[id]);
      const said = [
        chart.subtitle,
        ...datasets.flatMap((d) => d?.notes ?? []),
        ...datasets.flatMap((d) => d?.breaks ?? []).map(describeBreak)
      ];
      return (chart.notes ?? [])
        .filter((note) => said.some((other) => repeats(note, other)))
        .map((note) => `${chart.id}: ${note}`);
    });
    expect(repeated).toEqual([]);
  });

  it("name only marks the chart draws: no lines or dots under bars, no bars under lines", () => {
    const lines = /\b(stippel)?lijn(en)?\b|bolletje|open punt/i;
    const bars = /\bsta(af|ven)\b/i;
    const wrong = charts.flatMap((chart) => {
      const own = [chart.subtitle, ...(chart.notes ?? []), chart.describeMore?.([]) ?? ""];
      const drawsLines = chart.type === "series" && chart.mark !== "columns";
      const drawsBars = ["bars", "grouped-bars", "stacked-bars", "combinations"].includes(chart.type);
      const absent = [...(drawsLines ? [] : [lines]), ...(drawsBars ? [] : [bars])];
      return own.filter((text) => absent.some((marks) => marks.test(text))).map((text) => `${chart.id}: ${text}`);
    });
    expect(wrong).toEqual([]);
  });

  it("tells a repeated caveat from a shared phrase", () => {
    const dataset = "Jaren zonder gepubliceerd cijfer blijven leeg; de grafiek trekt geen lijn over ontbrekende jaren.";
    expect(repeats("Jaren zonder gepubliceerd cijfer blijven leeg.", dataset)).toBe(false);
    expect(
      repeats(
        "Jaren zonder gepubliceerd cijfer blijven leeg: de grafiek trekt geen lijn over ontbrekende jaren.",
        dataset
      )
    ).toBe(true);
  });
});
