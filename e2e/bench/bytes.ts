import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ByteCategory =
  | 'our JS'
  | 'maplibre-gl JS'
  | 'maplibre-gl CSS'
  | 'CSS'
  | 'fonts'
  | 'geo data'
  | 'on demand'
  | 'data to download'
  | 'other';

/** What a first visit downloads beyond MapLibre's own files: the budget of issue 26. */
export const FIRST_VISIT: readonly ByteCategory[] = ['our JS', 'CSS', 'fonts', 'geo data'];

export interface ByteCount {
  raw: number;
  gzip: number;
  files: number;
}

/**
 * Which part of the product a built file is: maplibre-gl apart from our own code, and our code and
 * styles that a first visit loads (`firstVisit`, see `loadedByThePage`) apart from those loaded only
 * when asked for: the corridor's still pictures and the component that draws them (without WebGL, or
 * once the reader zooms in), the other routes' legs (a route picked), saving an image, the walk along
 * the route (the map focused), the panel's sections after the article (the reader nears them). The
 * data package (`data/`) the page only links. Fonts and geo files count whole: the first view sets
 * text in every font file and draws every geo file.
 */
export function categorize(name: string, firstVisit: ReadonlySet<string>): ByteCategory {
  if (/(^|\/)data\/[^/]+$/.test(name)) return 'data to download';
  if (/maplibre/.test(name) && name.endsWith('.js')) return 'maplibre-gl JS';
  if (/maplibre/.test(name) && name.endsWith('.css')) return 'maplibre-gl CSS';
  if (/\.(js|css)$/.test(name) && !firstVisit.has(name)) return 'on demand';
  if (name.endsWith('.js')) return 'our JS';
  if (name.endsWith('.css')) return 'CSS';
  if (/\.(woff2?|ttf)$/.test(name)) return 'fonts';
  if (/\.(geo)?json$/.test(name)) return 'geo data';
  return 'other';
}

/** A module's static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`), not its `import("./x.js")`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
}

/**
 * The scripts and stylesheets a first visit loads: those `index.html` names (its script, module
 * preloads and stylesheets) and every module they import statically, as paths under `dir`.
 */
export function loadedByThePage(dir: string): Set<string> {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)];
  const found = new Set<string>();
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    if (!path.endsWith('.js')) return;
    for (const imported of staticImports(readFileSync(path, 'utf8'))) visit(join(dirname(path), imported));
  };
  for (const [, file] of named) visit(join(dir, file!));
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Raw and gzipped bytes of a build, by category (gzip at level 9, as a static host would serve it). */
export function bytesShipped(dir: string): Record<ByteCategory, ByteCount> {
  const totals = {} as Record<ByteCategory, ByteCount>;
  const firstVisit = loadedByThePage(dir);
  // A browser that reads woff2 never downloads the woff fallback beside it: it is not shipped to it.
  for (const path of filesUnder(dir).filter((file) => !file.endsWith('.woff'))) {
    const data = readFileSync(path);
    const count = (totals[categorize(path, firstVisit)] ??= { raw: 0, gzip: 0, files: 0 });
    count.raw += data.length;
    count.gzip += gzipSync(data, { level: 9 }).length;
    count.files += 1;
  }
  return totals;
}
