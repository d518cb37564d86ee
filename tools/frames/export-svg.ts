import type {ChartDefinition, LegendEntry} from "../../src/charts/types.js";
import type {CitedSource} from "../../src/components/frame/sources.js";
import {escapeHtml} from "../../src/components/html.js";

export const exportWidth = 720;
const font = "DejaVu Sans, sans-serif";

/** Breaks text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A standalone SVG of a chart for documents: title, subtitle, legend, the chart, and the source line and
 * site name drawn into the image, so a pasted copy still says where it comes from.
 */
export function composeExportSvg(
  definition: Pick<ChartDefinition, "id" | "title" | "subtitle">,
  chartSvg: string,
  chartHeight: number,
  sources: CitedSource[],
  period: string,
  legend: LegendEntry[] = []
): string {
  const lines: string[] = [];
  let y = 28;
  const text = (content: string, size: number, weight = 400, fill = "#1a1a1a") => {
    lines.push(
      `<text x="16" y="${y}" font-family="${font}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(content)}</text>`
    );
    y += Math.round(size * 1.35);
  };
  for (const line of wrapText(definition.title, 62)) text(line, 18, 700);
  for (const line of wrapText(definition.subtitle, 90)) text(line, 12, 400, "#444");
  if (legend.length) {
    let x = 16;
    y += 4;
    for (const entry of legend) {
      // A legend too long for one line wraps, so no label is cut off at the image's edge.
      const entryWidth = 28 + entry.label.length * 6.5;
      if (x > 16 && x + entryWidth - 12 > exportWidth - 16) {
        x = 16;
        y += 16;
      }
      lines.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${escapeHtml(entry.color)}"/>`);
      lines.push(
        `<text x="${x + 16}" y="${y}" font-family="${font}" font-size="11" fill="#1a1a1a">${escapeHtml(entry.label)}</text>`
      );
      x += entryWidth;
    }
    y += 10;
  }
  const chartTop = y;
  y += chartHeight + 18;
  // Titles only: the places inside each source (often quotes) are in the page's footer and the CSV.
  const sourceText = `Bron: ${sources.map((s) => s.title).join(" · ")}`;
  for (const line of wrapText(sourceText, 118)) text(line, 10, 400, "#333");
  text(`Periode: ${period}. Boordtabel Sociale Economie · grafiek ${definition.id}`, 10, 700, "#333");
  const height = y + 4;
  if (!chartSvg.startsWith("<svg"))
    throw new Error(`chart ${definition.id}: the component must return one <svg> element`);
  const chart = chartSvg.replace(/^<svg\b/, `<svg x="0" y="${chartTop}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${exportWidth}" height="${height}" viewBox="0 0 ${exportWidth} ${height}" role="img" aria-label="${escapeHtml(definition.title)}">
<rect width="100%" height="100%" fill="#fff"/>
${lines.join("\n")}
${chart}
</svg>
`;
}
