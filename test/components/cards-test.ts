// The Overzicht cards write a period as every chart does ("2025 K4"), not as the data code it is stored under.
import {describe, expect, it} from "vitest";
import {cards} from "../../src/cards/index.js";
import {renderCard} from "../../src/components/cards.js";

describe("renderCard", () => {
  it("writes the latest and the previous quarter as the charts do", () => {
    const definition = cards.find((c) => c.id === "cmw-vulling")!;
    const rows = [
      {period: "2024K4", value: 92.9},
      {period: "2025K4", value: 95.7}
    ];
    const html = renderCard({definition, rows, sourceTitle: "afgeleid uit gepubliceerde cijfers"});
    expect(html).toContain('<span class="card__period">2025 K4</span>');
    expect(html).toContain("t.o.v. 2024 K4");
    expect(html).not.toMatch(/\d{4}K\d/);
  });

  it("leaves a year or a span of years as it is", () => {
    const definition = cards.find((c) => c.id === "cmw-bezetting")!;
    const html = renderCard({definition, rows: [{period: "2019-2023", value: 92}], sourceTitle: "Beleidsnota"});
    expect(html).toContain('<span class="card__period">2019-2023</span>');
  });
});
