// A period in the address that the chart cannot show as asked (years without figures, a typo) is fitted to the
// chart's years, the reader is told, and the address says what is shown: the selector, the chart and the link
// never disagree, and no chart is left empty by a link.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {addPeriodControl, fitPeriod, periodNote} from "../../src/components/period-control.js";

const years = [2019, 2020, 2021, 2023];

describe("fitPeriod", () => {
  it("keeps a period inside the years, and shortens one that reaches past them to the years it covers", () => {
    expect(fitPeriod({from: 2020, to: 2021}, years)).toEqual({from: 2020, to: 2021});
    expect(fitPeriod({from: 2015, to: 2020}, years)).toEqual({from: 2019, to: 2020});
    expect(fitPeriod({from: 2022, to: 2022}, years)).toBeUndefined();
  });

  it("gives the whole series for a period outside the years, one spanning them all, or none", () => {
    expect(fitPeriod({from: 2030, to: 2040}, years)).toBeUndefined();
    expect(fitPeriod({from: 2000, to: 2030}, years)).toBeUndefined();
    expect(fitPeriod(undefined, years)).toBeUndefined();
  });
});

describe("periodNote", () => {
  it("says nothing when the address asks for nothing or for what is shown", () => {
    expect(periodNote(null, years)).toBe("");
    expect(periodNote("2020-2021", years)).toBe("");
  });

  it("says what is shown instead of a period that cannot be shown as asked", () => {
    expect(periodNote("2030-2040", years)).toBe(
      "De periode ‘2030-2040’ uit de link valt niet binnen de jaren met cijfers (2019-2023): de grafiek toont de hele reeks."
    );
    expect(periodNote("2021-2019", years)).toContain("de grafiek toont de hele reeks");
    expect(periodNote("2015-2020", years)).toBe(
      "De periode 2015-2020 uit de link is ingekort tot de jaren met cijfers: 2019-2020."
    );
    expect(periodNote("2021-2022", years)).toContain("ingekort tot de jaren met cijfers: 2021.");
  });
});

/** A chart frame on a page opened at `search`, with its period selector added. */
function frameAt(search: string) {
  const dom = new JSDOM(
    `<figure data-chart="cmw-contingent-jaar" data-years="${years.join(" ")}"><div class="chart-frame__controls"></div></figure>`,
    {url: `https://example.org/collectief-maatwerk${search}`}
  );
  const frame = dom.window.document.querySelector<HTMLElement>("figure")!;
  const control = addPeriodControl(frame)!;
  const value = (name: string) => frame.querySelector<HTMLSelectElement>(`select[name='${name}']`)!.value;
  return {dom, frame, control, selected: () => `${value("van")}-${value("tot")}`};
}

describe("a period from the address", () => {
  it("outside the years: the whole series, said once the data is there, and dropped from the address", () => {
    const {dom, frame, control, selected} = frameAt("?cmw-contingent-jaar=2030-2040&x=1");
    expect(control.period).toBeUndefined();
    expect(selected()).toBe("2019-2023");
    expect(dom.window.location.search).toBe("?x=1");
    control.settle();
    expect(frame.querySelector(".chart-frame__pending")!.textContent).toContain(
      "valt niet binnen de jaren met cijfers"
    );
  });

  it("outside the years: the note goes once the reader chooses a period", async () => {
    const {dom, frame, control} = frameAt("?cmw-contingent-jaar=2030-2040");
    const applied: unknown[] = [];
    control.connect(async (period) => void applied.push(period));
    control.settle();
    const from = frame.querySelector<HTMLSelectElement>("select[name='van']")!;
    from.value = "2020";
    from.dispatchEvent(new dom.window.Event("change", {bubbles: true}));
    expect(applied).toEqual([{from: 2020, to: 2023}]);
    expect(frame.querySelector(".chart-frame__pending")!.textContent).toBe("");
    expect(dom.window.location.search).toBe("?cmw-contingent-jaar=2020-2023");
  });

  it("reaching past the years: the years it covers, in the selector and the address", () => {
    const {dom, control, selected} = frameAt("?cmw-contingent-jaar=2015-2020");
    expect(control.period).toEqual({from: 2019, to: 2020});
    expect(selected()).toBe("2019-2020");
    expect(dom.window.location.search).toBe("?cmw-contingent-jaar=2019-2020");
  });

  it("that fits: applied as asked, with no note", () => {
    const {frame, control} = frameAt("?cmw-contingent-jaar=2020-2021");
    expect(control.period).toEqual({from: 2020, to: 2021});
    control.settle();
    expect(frame.querySelector(".chart-frame__pending")!.textContent).toBe("");
  });
});
