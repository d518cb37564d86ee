// The standalone SVG export of a chart (tools/frames/export-svg.ts): the title, subtitle, legend, source and
// site name drawn into the image, escaped, with a height that makes room for all of it.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {composeExportSvg, exportWidth, wrapText} from "../../tools/frames/export-svg.js";

describe("wrapText", () => {
  it("breaks at spaces into lines of at most max characters", () => {
    const lines = wrapText("een twee drie vier vijf zes zeven acht negen tien", 15);
    expect(lines).toEqual(["een twee drie", "vier vijf zes", "zeven acht", "negen tien"]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(15);
  });

  it("keeps a word longer than max whole, on its own line", () => {
    expect(wrapText("kort arbeidszorgmedewerkers kort", 10)).toEqual(["kort", "arbeidszorgmedewerkers", "kort"]);
  });

  it("gives no line for empty text", () => {
    expect(wrapText("", 10)).toEqual([]);
  });
});

describe("composeExportSvg", () => {
  const definition = {
    id: "test-grafiek",
    title: 'Synthetische testgrafiek met <tekens> & "aanhalingstekens"',
    subtitle: "Aandeel (%), testgegevens"
  };
  const legend = [
    {label: "Reeks A", color: "#1d4f91"},
    {label: "Reeks B", color: "#b34700"}
  ];
  const chart = `<svg width="640" height="200"><rect width="10" height="10"/></svg>`;
  const sources = [{id: "s1", title: "Bron één & co", url: "https://example.org/", sections: ["Tabel 1"]}];

  const parse = (svg: string) => new JSDOM(svg, {contentType: "image/svg+xml"}).window.document.documentElement;

  it("is well-formed SVG at the export width, named after the chart", () => {
    const root = parse(composeExportSvg(definition, chart, 200, sources, "2002-2023", legend));
    expect(root.getAttribute("width")).toBe(String(exportWidth));
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe(definition.title);
  });

  it("draws title, subtitle, legend, source, period and site name into the image", () => {
    const root = parse(composeExportSvg(definition, chart, 200, sources, "2002-2023", legend));
    const texts = [...root.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual([
      definition.title,
      "Aandeel (%), testgegevens",
      "Reeks A",
      "Reeks B",
      "Bron: Bron één & co",
      "Periode: 2002-2023. Boordtabel Sociale Economie · grafiek test-grafiek"
    ]);
    expect([...root.querySelectorAll("rect[fill='#1d4f91'], rect[fill='#b34700']")]).toHaveLength(2);
  });

  it("places the chart below the header and makes the image tall enough for chart and footer", () => {
    const root = parse(composeExportSvg(definition, chart, 200, sources, "2002-2023", legend));
    const inner = root.querySelector("svg")!;
    const chartTop = Number(inner.getAttribute("y"));
    const lastText = [...root.querySelectorAll("text")].pop()!;
    expect(chartTop).toBeGreaterThan(40);
    expect(Number(lastText.getAttribute("y"))).toBeGreaterThan(chartTop + 200);
    expect(Number(root.getAttribute("height"))).toBeGreaterThan(Number(lastText.getAttribute("y")));
    const taller = parse(composeExportSvg(definition, chart, 400, sources, "2002-2023", legend));
    expect(Number(taller.getAttribute("height")) - Number(root.getAttribute("height"))).toBe(200);
  });

  it("refuses a component that did not return one <svg>", () => {
    expect(() => composeExportSvg(definition, "<figure></figure>", 200, sources, "2002-2023", legend)).toThrow(
      /test-grafiek: the component must return one <svg> element/
    );
  });

  it("wraps a legend too long for one line, so no label runs off the image", () => {
    const long = Array.from({length: 4}, (_, i) => ({
      label: `Een lange legendetekst voor reeks ${i + 1}`,
      color: "#1d4f91"
    }));
    const root = parse(composeExportSvg(definition, chart, 200, sources, "2002-2023", long));
    const swatches = [...root.querySelectorAll("rect[width='12']")];
    expect(new Set(swatches.map((r) => r.getAttribute("y"))).size).toBeGreaterThan(1);
    for (const text of root.querySelectorAll("text")) {
      const x = Number(text.getAttribute("x"));
      expect(x + (text.textContent ?? "").length * 6.5).toBeLessThanOrEqual(exportWidth);
    }
  });
});
