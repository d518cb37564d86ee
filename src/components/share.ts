// The frame's share actions, added when a chart becomes interactive: "Insluiten" shows a ready iframe snippet,
// "Citeer" a ready citation, "Kopieer link" the permalink with the chart's period, each copied to the clipboard
// where the browser allows it and selected to copy where not. All keyboard reachable.
import type {ChartDefinition} from "../charts/types.js";
import {citation, embedSnippet} from "./embed.js";

export function addShareActions(frame: HTMLElement, definition: ChartDefinition): void {
  const container = frame.querySelector<HTMLElement>(".chart-frame__share");
  if (!container || container.childElementCount) return;
  const document = frame.ownerDocument;
  const output = document.createElement("div");
  output.className = "chart-frame__share-output";
  output.id = `${definition.id}-delen`;
  output.setAttribute("aria-live", "polite");
  const show = (label: string, text: string) => {
    const field = document.createElement("textarea");
    field.readOnly = true;
    field.rows = text.length > 200 ? 5 : 3;
    field.value = text;
    field.setAttribute("aria-label", label);
    const heading = document.createElement("p");
    heading.textContent = `${label} (selecteer en kopieer):`;
    output.replaceChildren(heading, field);
    field.focus();
    field.select();
    // Copied at once where the browser allows it (a secure page, the reader's click); else it stays selected to copy.
    navigator.clipboard?.writeText(text).then(
      () => (heading.textContent = `${label} (gekopieerd naar het klembord):`),
      () => undefined
    );
  };
  const sources = () =>
    [...frame.querySelectorAll(".chart-frame__source-list li a")]
      .map((a) => a.textContent?.trim() ?? "")
      .filter(Boolean);
  const permalink = () => `${location.origin}${location.pathname}${location.search}#grafiek-${definition.id}`;
  const button = (label: string, action: () => void) => {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.setAttribute("aria-controls", output.id);
    element.addEventListener("click", action);
    return element;
  };
  container.append(
    button("Insluiten", () =>
      show("Code om in te sluiten", embedSnippet(location.origin, definition.id, definition.title, location.search))
    ),
    button("Citeer", () =>
      show(
        "Citaat",
        citation({
          title: definition.title,
          id: definition.id,
          datasets: definition.datasets,
          sources: sources(),
          url: permalink(),
          date: new Date()
        })
      )
    ),
    button("Kopieer link", () => show("Link naar deze grafiek", permalink())),
    output
  );
}
