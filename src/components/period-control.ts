// The period selector of a chart, added as soon as the page's code runs, before DuckDB-WASM is ready: the years
// come from the frame (data-years, written at build time). A period chosen before the data is loaded is kept,
// written into the address, and shown as pending ("wordt toegepast zodra de gegevens geladen zijn") until
// hydrate.ts applies it. No control on the page waits silently.

export interface Period {
  from: number;
  to: number;
}

/** ?eak-kloof=2007-2023 → {from: 2007, to: 2023}; anything else → undefined. */
export function readPeriod(search: string, id: string): Period | undefined {
  return parsePeriod(new URLSearchParams(search).get(id) ?? "");
}

function parsePeriod(text: string): Period | undefined {
  const match = /^(\d{4})-(\d{4})$/.exec(text);
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from <= to ? {from, to} : undefined;
}

/** The first and last of the years with figures that lie within a period; none when no year does. */
function yearsWithin(period: Period | undefined, years: number[]): Period | undefined {
  const within = years.filter((year) => period && year >= period.from && year <= period.to);
  return within.length ? {from: Math.min(...within), to: Math.max(...within)} : undefined;
}

/**
 * A period from the address fitted to the years the chart has figures for: from the first to the last of them within
 * it. Undefined (the whole series) when none lies within it, or when it spans them all.
 */
export function fitPeriod(period: Period | undefined, years: number[]): Period | undefined {
  const fitted = yearsWithin(period, years);
  const whole = fitted && fitted.from === Math.min(...years) && fitted.to === Math.max(...years);
  return whole ? undefined : fitted;
}

/** What the reader is told when the address asks for a period the chart cannot show as asked ("" when it can). */
export function periodNote(asked: string | null, years: number[]): string {
  if (asked === null) return "";
  const fitted = yearsWithin(parsePeriod(asked), years);
  if (!fitted)
    return `De periode ‘${asked}’ uit de link valt niet binnen de jaren met cijfers (${Math.min(...years)}-${Math.max(...years)}): de grafiek toont de hele reeks.`;
  if (`${fitted.from}-${fitted.to}` === asked) return "";
  const shown = fitted.from === fitted.to ? String(fitted.from) : `${fitted.from}-${fitted.to}`;
  return `De periode ${asked} uit de link is ingekort tot de jaren met cijfers: ${shown}.`;
}

export function writePeriod(search: string, id: string, period: Period | undefined): string {
  const params = new URLSearchParams(search);
  if (period) params.set(id, `${period.from}-${period.to}`);
  else params.delete(id);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface PeriodControl {
  /** The period chosen now (undefined: the whole series). */
  readonly period: Period | undefined;
  /** From now on a change calls apply; a period chosen before (or in the address) is applied by the caller. */
  connect(apply: (period: Period | undefined) => Promise<void>): void;
  /** Ends the pending state: the chart shows the chosen period. */
  settle(): void;
}

/** The years a frame declares (data-years="2002 2003 …"); fewer than two means no selector. */
export function frameYears(frame: HTMLElement): number[] {
  return (frame.dataset.years ?? "").split(" ").filter(Boolean).map(Number);
}

/** Adds the selector to a frame that declares its years; undefined when it has none to choose from. */
export function addPeriodControl(frame: HTMLElement, years = frameYears(frame)): PeriodControl | undefined {
  if (years.length < 2) return undefined;
  const document = frame.ownerDocument;
  const view = document.defaultView!;
  const id = frame.dataset.chart!;
  const asked = new URLSearchParams(view.location.search).get(id);
  let period = fitPeriod(parsePeriod(asked ?? ""), years);
  let apply: ((period: Period | undefined) => Promise<void>) | undefined;
  // A period the chart cannot show as asked is fitted to its years, said so, and written back into the address.
  let note = periodNote(asked, years);
  const address = () => {
    const {pathname, search, hash} = view.location;
    view.history.replaceState(view.history.state, "", `${pathname}${writePeriod(search, id, period)}${hash}`);
  };
  if (note) address();

  const status = document.createElement("p");
  status.className = "chart-frame__pending";
  status.setAttribute("role", "status");
  const pending = () => {
    // Only while the data is not there yet: after that a change is applied at once.
    frame.dataset.pending = "period";
    frame.setAttribute("aria-busy", "true");
    const chosen = period ? `${period.from}-${period.to}` : "de hele reeks";
    status.textContent = `Periode ${chosen}: wordt toegepast zodra de gegevens geladen zijn.`;
  };

  const form = periodSelector(document, id, years, period, (next) => {
    period = next;
    // The reader's own choice replaces what was said about the link's period.
    note = status.textContent = "";
    address();
    if (apply) void apply(period);
    else pending();
  });
  const controls = frame.querySelector(".chart-frame__controls") ?? frame;
  controls.append(form, status);
  if (period) pending();
  else status.textContent = note;

  return {
    get period() {
      return period;
    },
    connect(next) {
      apply = next;
    },
    settle() {
      delete frame.dataset.pending;
      frame.removeAttribute("aria-busy");
      status.textContent = note;
    }
  };
}

function periodSelector(
  document: Document,
  id: string,
  years: number[],
  period: Period | undefined,
  onChange: (period: Period | undefined) => void
): HTMLElement {
  const form = document.createElement("form");
  form.className = "period-selector";
  form.setAttribute("aria-label", "Periode kiezen");
  const select = (name: string, label: string, value: number) => {
    const wrapper = document.createElement("label");
    wrapper.textContent = `${label} `;
    const element = document.createElement("select");
    element.name = name;
    element.id = `${id}-${name}`;
    // Options of the frame's own document (the global Option is the page's only).
    for (const year of years) {
      const option = element.appendChild(document.createElement("option"));
      option.textContent = option.value = String(year);
      option.selected = year === value;
    }
    wrapper.append(element);
    form.append(wrapper);
    return element;
  };
  const from = select("van", "Van", period?.from ?? years[0]);
  const to = select("tot", "Tot", period?.to ?? years[years.length - 1]);
  form.addEventListener("change", () => {
    let [a, b] = [Number(from.value), Number(to.value)];
    if (a > b) [a, b] = [b, a];
    const whole = a === years[0] && b === years[years.length - 1];
    onChange(whole ? undefined : {from: a, to: b});
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  return form;
}
