// Every page writes a period as the charts do ("2025 K4", "2025 H1", "aug. 2025"), never as the code it is stored
// under ("2025K4"): in the cards, the frames' period lines and notes, the catalogue and the fiches. Text in code,
// tables of raw query results and scripts is left out; so is the one note that explains the codes themselves.
import {readFileSync} from "node:fs";
import {relative} from "node:path";
import {describe, expect, it} from "vitest";
import {htmlFiles} from "./html-files.js";

/** The text a reader sees: without scripts, styles, code, tags and their attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|code|pre|textarea)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ");
}

const code = /\b\d{4}(K[1-4]|M\d{2}|H[12])\b/g;
/** The catalogue's note on the `period` column shows a code on purpose. */
const explainsCodes = /period is de periode die de bron geeft \(2023K4 is een kwartaal/;

describe("periods in the built site", () => {
  it("no page writes a period as its data code", () => {
    const found: string[] = [];
    for (const file of htmlFiles("dist")) {
      const text = visibleText(readFileSync(file, "utf8")).replace(explainsCodes, "");
      for (const match of text.matchAll(code)) {
        const at = match.index ?? 0;
        found.push(`${relative("dist", file)}: …${text.slice(Math.max(0, at - 40), at + 20).replace(/\s+/g, " ")}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the check finds a code in running text, and none in code or attributes", () => {
    expect(visibleText("<p>Periode: 2020 tot 2025H1.</p>").match(code)).toEqual(["2025H1"]);
    expect(visibleText('<p data-period="2025H1"><code>2025K4</code> 2025 K4</p>').match(code)).toBeNull();
  });
});
