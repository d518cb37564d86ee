// Reading a drawn chart back: the texts it writes and the shape of its lines, for checks on what a reader sees.

/** The text of each <text>, its tooltip (<title>) included. */
export const readTexts = (svg: Element) => [...svg.querySelectorAll("text")].map((t) => t.textContent ?? "");

/** What each <text> shows, without its tooltip (<title>). */
export const readShownTexts = (svg: Element) =>
  [...svg.querySelectorAll("text")].map((t) =>
    [...t.childNodes]
      .filter((n) => n.nodeName.toLowerCase() !== "title")
      .map((n) => n.textContent)
      .join("")
  );

/** How many separate pieces a path draws: a line broken at a missing year has one more. */
export const countSubpaths = (path: Element) => (path.getAttribute("d") ?? "").split("M").length - 1;
