import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
 * Which part of the product a built file is: maplibre-gl apart from our own code. What a first visit
 * does not download is counted apart, outside the first load's budgets: the corridor's still pictures
 * (geo/picture-*.json, bundled as modules of their own) and the component that draws the route's,
 * loaded only without WebGL or once the reader zooms in; the other routes' legs, loaded when one is
 * picked; saving an image (save.ts), loaded when the reader first saves one; the walk along the
 * route, loaded when the map first has the focus; and the data package (`data/`), which the page only links.
 */
export function categorize(name: string): ByteCategory {
  if (/(^|\/)data\/[^/]+$/.test(name)) return 'data to download';
  if (/(^|\/)(picture-[\w-]+|RoutePicture-[\w-]+|routes-[\w-]+|save-[\w-]+|walk-[\w-]+)\.js$/.test(name))
    return 'on demand';
  if (/maplibre/.test(name) && name.endsWith('.js')) return 'maplibre-gl JS';
  if (/maplibre/.test(name) && name.endsWith('.css')) return 'maplibre-gl CSS';
  if (name.endsWith('.js')) return 'our JS';
  if (name.endsWith('.css')) return 'CSS';
  if (/\.(woff2?|ttf)$/.test(name)) return 'fonts';
  if (/\.(geo)?json$/.test(name)) return 'geo data';
  return 'other';
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
  // A browser that reads woff2 never downloads the woff fallback beside it: it is not shipped to it.
  for (const path of filesUnder(dir).filter((file) => !file.endsWith('.woff'))) {
    const data = readFileSync(path);
    const count = (totals[categorize(path)] ??= { raw: 0, gzip: 0, files: 0 });
    count.raw += data.length;
    count.gzip += gzipSync(data, { level: 9 }).length;
    count.files += 1;
  }
  return totals;
}
