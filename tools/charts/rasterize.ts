import {readdirSync} from "node:fs";
import {join} from "node:path";
import {Resvg} from "@resvg/resvg-js";

const fontDir = join("node_modules", "dejavu-fonts-ttf", "ttf");
const fontFiles = readdirSync(fontDir)
  .filter((f) => /^DejaVuSans(-Bold)?\.ttf$/.test(f))
  .map((f) => join(fontDir, f));

/**
 * SVG → PNG with resvg (its binary ships inside its npm package; nothing is downloaded). Fonts come from the
 * dejavu-fonts-ttf npm package, not the machine, so every machine draws the same pixels.
 */
export function rasterize(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: {mode: "width", value: width},
    background: "#ffffff",
    font: {fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans"}
  });
  return resvg.render().asPng();
}
