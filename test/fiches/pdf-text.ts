// A small PDF reader for the tests, with no dependency: page sizes (MediaBox) and the text of the pages as
// Chromium writes them (FlateDecode content streams, Type0 fonts whose ToUnicode CMaps map glyph ids to text).
// It reads what Chromium's PDF backend produces, not every PDF; that is all the fiche PDFs need.
import {inflateSync} from "node:zlib";

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(bytes: Buffer): Map<number, PdfObject> {
  const text = bytes.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match; (match = header.exec(text)); ) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf("stream");
    if (streamAt < 0) {
      objects.set(Number(match[1]), {dict: body});
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    let dataStart = start + streamAt + "stream".length;
    if (text[dataStart] === "\r") dataStart += 1;
    if (text[dataStart] === "\n") dataStart += 1;
    const raw = bytes.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), {dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw});
    header.lastIndex = end;
  }
  return objects;
}

/** ToUnicode CMap → glyph id (hex) → text. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, from, to] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(from.toLowerCase(), utf16(to));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, target] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const first = parseInt(from, 16);
      const base = parseInt(target, 16);
      for (let code = first; code <= parseInt(to, 16); code += 1)
        map.set(code.toString(16).padStart(from.length, "0"), String.fromCharCode(base + code - first));
    }
  return map;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** The pages of a PDF with their size in points and their text (each text run followed by a space). */
export function readPdf(bytes: Buffer): PdfPage[] {
  const objects = readObjects(bytes);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1]);
  const cmaps = new Map<number, Map<string, string>>();
  const fontMap = (fontId: number) => {
    if (!cmaps.has(fontId)) {
      const toUnicode = objects.get(ref(objects.get(fontId)?.dict ?? "", "ToUnicode"));
      cmaps.set(fontId, readCMap(toUnicode?.stream?.toString("latin1") ?? ""));
    }
    return cmaps.get(fontId)!;
  };
  const pages: PdfPage[] = [];
  for (const [, object] of objects) {
    if (!/\/Type\s*\/Page\b/.test(object.dict)) continue;
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(object.dict);
    const resourcesId = ref(object.dict, "Resources");
    const resources = Number.isNaN(resourcesId) ? object.dict : (objects.get(resourcesId)?.dict ?? "");
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? "";
    const fonts = new Map([...fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map(([, name, id]) => [name, Number(id)]));
    const contentIds = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(object.dict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
    const content = contentIds.map(([, id]) => objects.get(Number(id))?.stream?.toString("latin1") ?? "").join("\n");
    let map = new Map<string, string>();
    const runs: string[] = [];
    for (const [token, font, hexOne, array] of content.matchAll(
      /\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[((?:[^\]]|\\\])*)\]\s*TJ/g
    )) {
      if (font) map = fontMap(fonts.get(font) ?? -1);
      else {
        const hexes =
          hexOne !== undefined ? [hexOne] : [...(array ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]);
        const width = 4;
        runs.push(
          hexes
            .map((hex) => {
              let out = "";
              for (let i = 0; i < hex.length; i += width) out += map.get(hex.slice(i, i + width).toLowerCase()) ?? "";
              return out;
            })
            .join("")
        );
      }
      void token;
    }
    pages.push({
      width: box ? Number(box[3]) - Number(box[1]) : NaN,
      height: box ? Number(box[4]) - Number(box[2]) : NaN,
      text: runs.join(" ")
    });
  }
  return pages;
}
