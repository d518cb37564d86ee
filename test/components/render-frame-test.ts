// The frame every chart stands in (src/components/frame/render-frame.ts), as plain HTML parsed by jsdom:
// title and chart labelled together, the table behind the chart row for row, sources escaped and limited,
// derived figures and other sources announced, downloads at the stable addresses.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import type {ChartDefinition, ChartMetadata, Row} from "../../src/charts/types.js";
import type {FrameContent} from "../../src/components/frame/render-frame.js";
import {renderFrame} from "../../src/components/frame/render-frame.js";
import {provenanceColumns} from "../../src/grammar/table.js";
import {provenanceColumns as loaderProvenance} from "../../loaders/lib/meta.js";

// Synthetic: a chart definition, its metadata and rows made up for this test.
const definition: ChartDefinition = {
  type: "bars",
  category: "year",
  id: "test-grafiek",
  title: "Testgrafiek <b>vet</b>",
  subtitle: "Aandeel (%), synthetische testgegevens",
  datasets: ["test-data"],
  sql: "SELECT year, value FROM test_data",
  notes: ["Een noot."],
  fiche: "test-data"
};
const metadata: ChartMetadata = {
  columns: {year: {label: "Jaar", type: "integer"}, value: {label: "Reeks A", type: "number"}},
  units: ["%"],
  breaks: []
};
const data: Row[] = [
  {year: 2022, value: 47.25},
  {year: 2023, value: null}
];
const content: FrameContent = {
  definition,
  svg: `<svg aria-label="testgrafiek"></svg>`,
  data,
  sources: [
    {
      id: "a",
      title: "Bron <script>",
      url: "https://example.org/?a=1&b=2",
      sections: ["s1", "s2", "s3", "s4", "s5", "s6"]
    },
    {id: "b", title: "Bron B", url: "https://example.org/b", sections: []}
  ],
  derived: false,
  period: "2022-2023",
  metadata
};

const render = (overrides: Partial<FrameContent> = {}) =>
  new JSDOM(`<body>${renderFrame({...content, ...overrides})}</body>`).window.document.querySelector("figure")!;

describe("renderFrame", () => {
  it("labels the figure with its escaped title and starts static, for hydration to take over", () => {
    const figure = render();
    expect(figure.id).toBe("grafiek-test-grafiek");
    expect(figure.dataset.chart).toBe("test-grafiek");
    expect(figure.dataset.state).toBe("static");
    const title = figure.ownerDocument.getElementById(figure.getAttribute("aria-labelledby")!)!;
    expect(title.tagName).toBe("H2");
    expect(title.textContent).toBe("Testgrafiek <b>vet</b>");
    expect(figure.querySelector("b")).toBeNull();
  });

  it("holds the chart, its text alternative and the legend", () => {
    const figure = render();
    expect(figure.querySelector(".chart-frame__plot svg")?.getAttribute("aria-label")).toBe("testgrafiek");
    // The text alternative the grammar writes from the rows (the missing 2023 value is no bar, hence no figure).
    expect(figure.querySelector(".chart-frame__summary")?.textContent).toBe(
      "Testgrafiek <b>vet</b>. 2022: 47,3%. Alleen 2022 is gepubliceerd; voor andere jaren is er geen cijfer."
    );
    expect(figure.querySelector(".chart-frame__legend")?.textContent).toBe("Reeks A");
  });

  it("has the table behind the chart: one row per data point, nl-BE, a dash for a missing value", () => {
    const rows = [...render().querySelectorAll(".chart-frame__table tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent)
    );
    expect(rows).toEqual([
      ["2022", "47,3%"],
      ["2023", "–"]
    ]);
  });

  it("puts the table in a region that scrolls sideways, focusable and named, so the page never does on a phone", () => {
    const region = render().querySelector(".chart-frame__table .chart-frame__table-scroll")!;
    expect(region.getAttribute("tabindex")).toBe("0");
    expect(region.getAttribute("role")).toBe("region");
    expect(region.getAttribute("aria-label")).toBe("Tabel: Testgrafiek <b>vet</b>");
    expect(region.querySelector("table caption")?.textContent).toBe("Testgrafiek <b>vet</b>");
  });

  it("leaves out of the table a category with one value in every row, and keeps a period and one that varies", () => {
    const withCategories: ChartMetadata = {
      ...metadata,
      columns: {
        year: {label: "Jaar", type: "integer"},
        telling: {label: "Telling", type: "string", values: [{code: "a", label: "Telling A"}]},
        regio: {
          label: "Regio",
          type: "string",
          values: [
            {code: "x", label: "Regio X"},
            {code: "y", label: "Regio Y"}
          ]
        },
        value: {label: "Reeks A", type: "number"}
      }
    };
    const rows: Row[] = [
      {year: 2022, telling: "a", telling_label: "Telling A", regio: "x", regio_label: "Regio X", value: 1},
      {year: 2022, telling: "a", telling_label: "Telling A", regio: "y", regio_label: "Regio Y", value: 2}
    ];
    const figure = render({data: rows, metadata: withCategories});
    const head = [...figure.querySelectorAll(".chart-frame__table th")].map((th) => th.textContent);
    expect(head).toEqual(["Jaar", "Regio", "Reeks A (%)"]);
    // Provenance stays out of the table (the sources are named under the chart; the CSV has them per row).
    const withProvenance = rows.map((row) => ({...row, source_id: "bron-a", note: "x", confidence: "seed"}));
    const columns = {...withCategories.columns, source_id: {label: "Bron (id)", type: "text"}};
    const shown = render({data: withProvenance, metadata: {...withCategories, columns}});
    expect([...shown.querySelectorAll(".chart-frame__table th")].map((th) => th.textContent)).toEqual(head);
    expect(provenanceColumns).toEqual([...loaderProvenance, "derived"]);
    // With one row, nothing is left out: there is no other row it could be told apart from.
    const one = render({data: rows.slice(0, 1), metadata: withCategories});
    expect([...one.querySelectorAll(".chart-frame__table th")].map((th) => th.textContent)).toContain("Telling");
  });

  it("names every source with its address, at most four places each, the rest in the CSV", () => {
    const frame = render();
    expect(frame.querySelector(".chart-frame__sources")?.textContent).toMatch(/^Bron: Bron <script> en 1 andere bron/);
    const items = [...frame.querySelectorAll(".chart-frame__source-list li")];
    expect(items).toHaveLength(2);
    expect(items[0].querySelector("a")?.getAttribute("href")).toBe("https://example.org/?a=1&b=2");
    expect(items[0].textContent).toBe("Bron <script>, s1; s2; s3; s4 en 2 andere plaatsen (zie de CSV)");
    expect(items[0].querySelector("script")).toBeNull();
    expect(items[1].textContent).toBe("Bron B");
  });

  it("lists the chart's own notes, then the notes of its datasets", () => {
    const notes = render({datasetNotes: ["Een noot van de dataset."]}).querySelector(".chart-frame__notes");
    expect(notes?.textContent).toMatch(/Een noot\..*Een noot van de dataset\./s);
  });

  it("says when figures are derived and lists the other sources", () => {
    const plain = render();
    expect(plain.querySelector(".chart-frame__notes")?.textContent).not.toMatch(/Afgeleide cijfers/);
    expect(plain.querySelector(".chart-frame__alternatives")).toBeNull();
    const figure = render({derived: true, alternatives: ["2023: 47,0% in bron X (niet getoond)"]});
    expect(figure.querySelector(".chart-frame__notes")?.textContent).toMatch(/Een noot\..*Afgeleide cijfers/s);
    expect(figure.querySelector(".chart-frame__alternatives li")?.textContent).toBe(
      "2023: 47,0% in bron X (niet getoond)"
    );
  });

  it("links the downloads at the stable addresses, the fiche and the dataset", () => {
    const figure = render();
    expect([...figure.querySelectorAll(".chart-frame__downloads a")].map((a) => a.getAttribute("href"))).toEqual([
      "/charts/test-grafiek.svg",
      "/charts/test-grafiek.png",
      "/charts/test-grafiek-a4.png",
      "/charts/test-grafiek.csv"
    ]);
    expect([...figure.querySelectorAll(".chart-frame__related a")].map((a) => a.getAttribute("href"))).toEqual([
      "/fiches#test-data",
      "/bronnen#test-data"
    ]);
    expect(figure.querySelector(".chart-frame__period")?.textContent).toBe(
      "Periode: 2022-2023. Boordtabel Sociale Economie."
    );
  });
});
