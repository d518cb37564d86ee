// The printable fiches: after the Framework build, each fiche page of the staged site is opened in the Chromium
// the tests use, on a loopback server, and printed to A4 PDF next to it (/maatregelen/<measure>-<year>.pdf).
// Offline: the page requests nothing but its own origin. One browser and one tab serve every page.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {launchChromium} from "../browser.js";
import {serveStatic} from "../serve.js";

/** "/maatregelen/cmw/2023" → "maatregelen/cmw-2023.pdf", the address the fiche links to. */
export function pdfFileOf(path: string): string {
  const match = /^\/maatregelen\/([a-z-]+)\/(\d{4})$/.exec(path);
  if (!match) throw new Error(`not a fiche page: ${path}`);
  return join("maatregelen", `${match[1]}-${match[2]}.pdf`);
}

export async function printFichePdfs(siteDir: string, paths: string[]): Promise<number> {
  if (!paths.length) return 0;
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.origin) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
    });
    for (const path of paths) {
      const response = await page.goto(`${server.origin}${path}`, {waitUntil: "load"});
      if (!response?.ok()) throw new Error(`printing ${path}: the page answered ${response?.status()}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const title = await page.title();
      const pdf = await page.pdf({
        format: "A4",
        margin: {top: "15mm", bottom: "18mm", left: "15mm", right: "15mm"},
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font: 8px sans-serif; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between"><span>Boordtabel Sociale Economie · ${title.replace(/[<>&]/g, "")}</span><span>p. <span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`
      });
      const file = join(siteDir, pdfFileOf(path));
      mkdirSync(join(file, ".."), {recursive: true});
      writeFileSync(file, pdf);
    }
    if (foreign.length) throw new Error(`printing the fiches requested other origins: ${foreign.join(", ")}`);
    return paths.length;
  } finally {
    await browser.close();
    await server.close();
  }
}
