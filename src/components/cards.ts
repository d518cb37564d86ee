import type {CardContent} from "../cards/types.js";
import {periodLabel} from "../grammar/periods.js";
import {escapeHtml} from "./html.js";

/**
 * A headline card, as static HTML: title, latest value and its period (written as on every chart: "2025 K4"), the
 * change against the previous published value (derived, and said so), a sparkline where there is a series, and
 * the source.
 */
export function renderCard({definition: d, rows, sparkline, sourceTitle}: CardContent): string {
  const latest = rows[rows.length - 1];
  const previous = rows.length > 1 ? rows[rows.length - 2] : undefined;
  const value = Number(latest.value);
  const change =
    previous && d.formatChange
      ? `<p class="card__change">${escapeHtml(d.formatChange(value - Number(previous.value)))} t.o.v. ${escapeHtml(periodLabel(String(previous.period)))} <span class="card__derived">(afgeleid)</span></p>`
      : "";
  return `<a class="card indicator-card" href="${escapeHtml(d.href)}" id="kaart-${d.id}">
<h2 class="card__title">${escapeHtml(d.title)}</h2>
<p class="card__value"><span class="big">${escapeHtml(d.format(value))}</span> <span class="card__period">${escapeHtml(periodLabel(String(latest.period)))}</span></p>
${change}
${sparkline ? `<div class="card__trend" aria-hidden="true">${sparkline}</div>` : ""}
${d.context ? `<p class="card__context">${escapeHtml(d.context)}</p>` : ""}
<p class="card__source">Bron: ${escapeHtml(sourceTitle)}</p>
</a>`;
}

export function renderCardGrid(cards: string[]): string {
  return `<div class="grid grid-cols-3 indicator-cards">\n${cards.join("\n")}\n</div>\n`;
}
