// A value label may come near a dot but never over its centre: on a phone, eak-kloof's label of 2011 lay over the
// 2010 dot of persons with hinder, so that published value could not be seen. Every series chart is drawn from the
// rows its SQL returns over the real snapshots, at the widths of a phone, a tablet and a desktop; each label's box
// is estimated as the grammar estimates it (declutter.ts) and no dot's centre may lie inside it.
import {beforeAll, describe, expect, it} from "vitest";
import {charts} from "../../src/charts/index.js";
import type {Row} from "../../src/charts/types.js";
import {labelBox} from "../../src/grammar/declutter.js";
import {openSnapshots} from "../../tools/frames/query.js";
import {snapshotDir} from "../sql/snapshots.js";
import {drawChart} from "./draw-chart.js";

const series = charts.filter((chart) => chart.type === "series");
const rowsById = new Map<string, Row[]>();

beforeAll(async () => {
  const db = await openSnapshots(snapshotDir);
  try {
    for (const chart of series) rowsById.set(chart.id, await db.query(chart.sql));
  } finally {
    db.close();
  }
});

/** The x and y of an element's translate(x,y), or 0, 0. */
function translation(element: Element): [number, number] {
  const [, x = "0", y = "0"] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute("transform") ?? "") ?? [];
  return [Number(x), Number(y)];
}

/** The labels a chart writes over its plot ("2011: 38,6%" and the like) that cover a dot's centre. */
function labelsOverDots(svg: Element): string[] {
  const dots = [...svg.querySelectorAll("g[aria-label='dot'] > *")].map((dot) => {
    const [x, y] = translation(dot);
    return dot.hasAttribute("cx") ? [Number(dot.getAttribute("cx")), Number(dot.getAttribute("cy"))] : [x, y];
  });
  return [...svg.querySelectorAll("g[aria-label='text']")].flatMap((group) => {
    const [dx, dy] = translation(group);
    const fontSize = Number(group.getAttribute("font-size") ?? 10);
    const anchor = group.getAttribute("text-anchor");
    const textAnchor = anchor === "start" || anchor === "end" ? anchor : "middle";
    return [...group.querySelectorAll("text")].flatMap((text) => {
      const [x, y] = translation(text);
      const box = labelBox(text.textContent ?? "", x + dx, y + dy, {fontSize, textAnchor});
      const covered = dots.filter(([cx, cy]) => cx > box.left && cx < box.right && cy > box.top && cy < box.bottom);
      return covered.map(([cx, cy]) => `"${text.textContent}" over the dot at ${Math.round(cx)}, ${Math.round(cy)}`);
    });
  });
}

describe("value labels and dots", () => {
  for (const width of [300, 390, 720, 1280])
    it(`no label covers a dot's centre at ${width} px`, () => {
      const covered = series.flatMap((chart) =>
        labelsOverDots(drawChart(chart.id, rowsById.get(chart.id) ?? [], width).svg).map((l) => `${chart.id}: ${l}`)
      );
      expect(covered).toEqual([]);
    });

  it("shows eak-kloof's 2010 rate of persons with hinder on a phone", () => {
    const {svg} = drawChart("eak-kloof", rowsById.get("eak-kloof") ?? [], 390);
    expect([...svg.querySelectorAll("g[aria-label='text'] text")].map((t) => t.textContent)).toContain("33,5%");
  });
});
