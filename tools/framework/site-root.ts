// Observable Framework 1.13 serves only what lies under its one root folder, and a page can import a generated
// module (_snapshots/page-files.js) only from inside that root. So that nothing generated is written into src/,
// the root is assembled in generated/site/: a symbolic link for each top-level entry of src/, and links to the
// generated folders and to this folder's embed page loader, under the names the pages (and dist/'s addresses,
// /_file/_snapshots/…, /_file/_engine/…, /embed/<id>) use. Framework's cache (.observablehq/) is made in there too.
import {existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, unlinkSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {paths} from "../paths.js";

/** Names in the root that are not taken from src/, and what they point to (project-relative). */
export const rootLinks: Record<string, string> = {
  _snapshots: paths.snapshots,
  _engine: paths.engine,
  "embed/[chart].md.ts": join("tools", "framework", "embed-page.ts")
};

/** Every link the root needs: one per visible top-level entry of src/, then rootLinks. */
export function plannedLinks(srcEntries: string[], src: string = paths.src): Map<string, string> {
  const reserved = new Set(Object.keys(rootLinks).map((name) => name.split("/")[0]));
  const taken = srcEntries.filter((name) => reserved.has(name) || name.startsWith("_"));
  if (taken.length)
    throw new Error(
      `${taken.map((name) => join(src, name)).join(", ")}: Framework's root takes names starting with "_" and ` +
        `${[...reserved].join(", ")} from generated/ and tools/framework/ (tools/framework/site-root.ts), not from ` +
        "src/; delete what an older build or layout left there"
    );
  const links = new Map<string, string>();
  for (const name of srcEntries.filter((entry) => !entry.startsWith(".")).sort()) links.set(name, join(src, name));
  for (const [name, target] of Object.entries(rootLinks)) links.set(name, target);
  return links;
}

/**
 * Makes `root` hold exactly the planned links (relative, so the checkout can move), leaving Framework's cache in
 * place. Cheap enough to run before every build and whenever src/ gains or loses a top-level entry.
 */
export function assembleSiteRoot({src = paths.src, root = paths.siteRoot}: {src?: string; root?: string} = {}): void {
  const links = plannedLinks(readdirSync(src), src);
  const keep = new Set([...links.keys()].flatMap((name) => ancestors(name)));
  mkdirSync(root, {recursive: true});
  removeStale(root, "", links, keep);
  for (const [name, target] of links) {
    const link = join(root, name);
    const wanted = relative(dirname(link), target);
    if (isLink(link) && readlinkSync(link) === wanted) continue;
    if (existsSync(link) || isLink(link)) remove(link);
    mkdirSync(dirname(link), {recursive: true});
    symlinkSync(wanted, link);
  }
}

/** "embed/[chart].md.ts" → ["embed", "embed/[chart].md.ts"]: the folders a nested link needs, and itself. */
function ancestors(name: string): string[] {
  const parts = name.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

/** Removes what is in root but not planned (links to entries src/ no longer has, stray files), keeping the cache. */
function removeStale(root: string, prefix: string, links: Map<string, string>, keep: Set<string>): void {
  for (const entry of readdirSync(join(root, prefix))) {
    const name = prefix ? `${prefix}/${entry}` : entry;
    const path = join(root, name);
    if (!prefix && entry === ".observablehq") continue;
    if (links.has(name)) continue; // checked and, if need be, replaced by assembleSiteRoot
    if (keep.has(name) && !isLink(path) && lstatSync(path).isDirectory()) removeStale(root, name, links, keep);
    else remove(path);
  }
}

/** Removes a link without touching what it points to, or a file or folder. */
function remove(path: string): void {
  if (isLink(path)) unlinkSync(path);
  else rmSync(path, {recursive: true, force: true});
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
