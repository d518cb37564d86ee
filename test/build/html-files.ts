import {readdirSync} from "node:fs";
import {join} from "node:path";

/** Every HTML file of a built site, outside Framework's own folders (those starting with "_"). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}
