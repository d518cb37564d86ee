// The text a reader sees on every built page, checked for what slips through when text is put together from data:
// a period written as the code it is stored under ("2025K4" instead of "2025 K4") in the cards, the frames' period
// lines and notes, the catalogue and the fiches; a doubled full stop where a sentence from the metadata already
// ends in one; a "%%" escape that no formatter undoes. Text in code, tables of raw query results and scripts is
// left out; so is the one note that explains the period codes themselves.
import {readFileSync} from "node:fs";
import {relative} from "node:path";
import {describe, expect, it} from "vitest";
import {htmlFiles} from "./html-files.js";

/** The text a reader sees: without scripts, styles, code, tags and their attributes. */
function visibleText(html: string): string {
  return (
    html
      .replace(/<(script|style|code|pre|textarea)\b[\s\S]*?<\/\1>/g, " ")
      // A tag ends at the first ">" outside its quoted attributes: the built pages keep "<" and ">" raw in attribute
      // values (data-metadata holds labels such as "> 10 VTE").
      .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, " ")
      .replace(/&[a-z]+;|&#\d+;/g, " ")
  );
}

const code = /\b\d{4}(K[1-4]|M\d{2}|H[12])\b/g;
/** The catalogue's note on the `period` column shows a code on purpose. */
const explainsCodes = /period is de periode die de bron geeft \(2023K4 is een kwartaal/;

/**
 * Two full stops that are no ellipsis, a percent sign escaped for a format string, "afgeleid" said twice in a row
 * ("(%, afgeleid) (afgeleid)", "Afgeleid door de site: Afgeleid: …") and a count of one with its unit in the plural ("1 bedrijven").
 */
const typo =
  /(?<!\.)\.\.(?!\.)|%%|[Aa]fgeleid\W{1,4}[Aa]fgeleid|door de site: [Aa]fgeleid|(?<![\d.,])1 (aanvragen|bedrijven|experimenten|initiatieven|ondernemingen|personen|trajecten|werkplaatsen)\b/g;

/** Each match of `pattern` in the visible text of every built page, with the text around it. */
function findInPages(pattern: RegExp, ignore?: RegExp): string[] {
  return htmlFiles("dist").flatMap((file) => {
    const text = visibleText(readFileSync(file, "utf8")).replace(ignore ?? /$^/, "");
    return [...text.matchAll(pattern)].map((match) => {
      const at = match.index ?? 0;
      return `${relative("dist", file)}: …${text.slice(Math.max(0, at - 40), at + 20).replace(/\s+/g, " ")}…`;
    });
  });
}

/**
 * The styles prose may name, each with the mark that draws it: a dotted rule (a change of definition or source), a
 * dashed one (a reform, marked), a striped column (a period apart); "open balk" is no mark any chart draws.
 */
const styles: [RegExp, string | undefined][] = [
  [/\bstippellijn/i, 'stroke-dasharray="1,2"'],
  [/\bstreepjeslijn/i, 'stroke-dasharray="4,3"'],
  [/\bgestreepte kolom/i, 'aria-description="kolommen apart"'],
  [/\bopen (balk|kolom)/i, undefined]
];

/**
 * The styles a page's prose names that the charts after it (up to the next prose) do not draw: prose stands above
 * the charts it explains.
 */
function unseenStyles(html: string, name: string): string[] {
  const parts = html.split(/(<figure class="chart-frame"[\s\S]*?<\/figure>)/);
  return parts.flatMap((part, i) => {
    if (i % 2 === 1) return [];
    // The figures after this prose: every other part until a part of prose that is more than white space.
    let charts = "";
    for (let j = i + 1; j < parts.length && (j % 2 === 1 || !visibleText(parts[j]).trim()); j++) charts += parts[j];
    const text = visibleText(part);
    return styles.flatMap(([named, drawn]) => {
      const match = named.exec(text);
      return match && !(drawn && charts.includes(drawn)) ? [`${name}: ${match[0]}`] : [];
    });
  });
}

describe("the visible text of the built site", () => {
  it("no page writes a period as its data code", () => {
    expect(findInPages(code, explainsCodes)).toEqual([]);
  });

  it("no page doubles a full stop or 'afgeleid', writes a percent sign twice or counts one in the plural", () => {
    expect(findInPages(typo)).toEqual([]);
  });

  it("a page that names a line or column style shows a chart that draws it", () => {
    expect(
      htmlFiles("dist").flatMap((file) => unseenStyles(readFileSync(file, "utf8"), relative("dist", file)))
    ).toEqual([]);
  });

  it("the style check finds a style the page's charts do not draw", () => {
    const chart = (dash: string) =>
      `<figure class="chart-frame"><svg><line stroke-dasharray="${dash}"></line></svg></figure>`;
    const page = `<p>Gescheiden door een stippellijn.</p>${chart("4,3")} ${chart("4,3")}<p>Meer.</p>${chart("1,2")}`;
    expect(unseenStyles(page, "p.html")).toEqual(["p.html: stippellijn"]);
    expect(unseenStyles(page.replace("stippellijn", "streepjeslijn"), "p.html")).toEqual([]);
    expect(unseenStyles(page.replace("4,3", "1,2"), "p.html")).toEqual([]);
  });

  it("the check finds a code in running text, and none in code or attributes", () => {
    expect(visibleText("<p>Periode: 2020 tot 2025H1.</p>").match(code)).toEqual(["2025H1"]);
    expect(visibleText('<p data-period="2025H1"><code>2025K4</code> 2025 K4</p>').match(code)).toBeNull();
    expect(
      visibleText('<figure data-metadata="{&quot;label&quot;:&quot;> 10 VTE&quot;, 2025K4}">x</figure>').match(code)
    ).toBeNull();
    const text =
      "Populatie: bedrijven.. 92%% … 1 bedrijven, 21 bedrijven, 1 bedrijf (%, afgeleid) (afgeleid). Afgeleid door de site: Afgeleid: … en zo verder...";
    expect(text.match(typo)).toEqual(["..", "%%", "1 bedrijven", "afgeleid) (afgeleid", "door de site: Afgeleid"]);
  });
});
