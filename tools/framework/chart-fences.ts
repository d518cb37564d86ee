import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {renderFicheFence} from "../fiches/fences.js";
import {paths} from "../paths.js";

// markdown-it's types are not a dependency; this is the part of its API the plugin touches.
interface FenceToken {
  info: string;
}
type FenceRule = (tokens: FenceToken[], index: number, options: unknown, env: unknown, self: unknown) => string;
interface MarkdownIt {
  renderer: {rules: {fence?: FenceRule}};
}

/**
 * Lets a page place a chart with a fenced block:
 *
 *   ```chart eak-kloof
 *   ```
 *
 * which becomes the chart's frame as drawn at build time (tools/frames/): static SVG, table and
 * sources, visible before any script runs. "```cards overzicht" places the headline cards the same way, and
 * "```fiches alle" and "```catalogue alle" the indicator fiches and the dataset catalogue.
 * Other fences go to Framework's own renderer.
 */
export function chartFences(directory: string = paths.frames) {
  return (md: MarkdownIt): MarkdownIt => {
    const fence = md.renderer.rules.fence;
    if (!fence) throw new Error("chart fences: Framework's markdown-it has no fence rule to extend");
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
      const fiche = renderFicheFence(tokens[index].info.trim());
      if (fiche !== undefined) return fiche;
      const match = /^(chart|cards|fiches|catalogue)\s+([a-z0-9-]+)$/.exec(tokens[index].info.trim());
      if (!match) return fence(tokens, index, options, env, self);
      const [, kind, id] = match;
      const file = join(directory, kind === "chart" ? `${id}.html` : `${kind}-${id}.html`);
      if (!existsSync(file))
        throw new Error(`unknown ${kind} "${id}": no ${file} (is it in src/charts/ or src/cards/?)`);
      return `${readFileSync(file, "utf8")}\n`;
    };
    return md;
  };
}
