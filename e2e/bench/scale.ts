import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { MAP_EXTENT, type Corridor, type Places } from '../../geo/contract.ts';

/**
 * The scale mode's content: `factor` times the route's nodes, its segments and the article's places,
 * made here from the real files and built into a copy of the app that only the benchmark serves.
 * Each copy lies a little apart from its original, spread round it like a sunflower's seeds, so that
 * the map, its names and its markers have that many more things to draw and place.
 */

/** The golden angle: copies spread evenly round their original, none on another. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Where copy `n` of `of` lies from its original, in degrees: within `radius`, further as n grows. */
export function offset(n: number, of: number, radius: number): [number, number] {
  const r = radius * Math.sqrt(n / of);
  return [r * Math.cos(n * GOLDEN), r * Math.sin(n * GOLDEN)];
}

const [[west, south], [east, north]] = MAP_EXTENT.maxBounds;
const inWindow = ([lng, lat]: number[]): [number, number] => [
  Math.min(Math.max(lng!, west), east),
  Math.min(Math.max(lat!, south), north),
];

/** The places file with `factor - 1` copies of every node and article place, each with an id and a name of its own. */
export function scaledPlaces(places: Places, factor: number): Places {
  const copies = places.features.flatMap((place) =>
    Array.from({ length: factor - 1 }, (_, i) => {
      const [dx, dy] = offset(i + 1, factor, 3);
      const [lng, lat] = place.geometry.coordinates as [number, number];
      const id = `${place.id}-x${i + 1}`;
      return {
        ...place,
        id,
        properties: { ...place.properties, id, name: `${place.properties.name} ${i + 1}` },
        geometry: { ...place.geometry, coordinates: inWindow([lng + dx, lat + dy]) },
      };
    }),
  );
  return { ...places, features: [...places.features, ...copies] };
}

/** The corridor file with `factor - 1` copies of every segment, each moved whole a little apart. */
export function scaledCorridor(corridor: Corridor, factor: number): Corridor {
  const copies = corridor.features.flatMap((segment) =>
    Array.from({ length: factor - 1 }, (_, i) => {
      const [dx, dy] = offset(i + 1, factor, 1.5);
      const id = `${segment.id}-x${i + 1}`;
      return {
        ...segment,
        id,
        properties: { ...segment.properties, id },
        geometry: {
          ...segment.geometry,
          coordinates: segment.geometry.coordinates.map(([lng, lat]) => inWindow([lng! + dx, lat! + dy])),
        },
      };
    }),
  );
  return { ...corridor, features: [...corridor.features, ...copies] };
}

/** The content module that stands in for src/content/places.ts: the article's places and their copies. */
export function scaledPlacesModule(root: string, factor: number): string {
  const real = JSON.stringify(join(root, 'src/content/places.ts'));
  return [
    `import { places as real } from ${real};`,
    `export * from ${real};`,
    `export const places = [...real, ...real.flatMap((place) => Array.from({ length: ${factor - 1} }, (_, i) => ({`,
    '  ...place,',
    '  id: `${place.id}-x${i + 1}`,',
    '  name: `${place.name} ${i + 1}`,',
    '})))];',
    '',
  ].join('\n');
}

/**
 * Builds the app with `factor` times its content into a folder of its own (the real vite.config.ts,
 * with aliases that put the scaled places and corridor files and the scaled places content in place
 * of the real ones). Returns the folder.
 */
export async function buildScaled(root: string, factor: number): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), `corridor-scale-${factor}-`));
  const read = <T>(file: string) => JSON.parse(readFileSync(join(root, 'geo', file), 'utf8')) as T;
  writeFileSync(join(work, 'places.geojson'), JSON.stringify(scaledPlaces(read<Places>('places.geojson'), factor)));
  writeFileSync(
    join(work, 'corridor.geojson'),
    JSON.stringify(scaledCorridor(read<Corridor>('corridor.geojson'), factor)),
  );
  writeFileSync(join(work, 'places-content.ts'), scaledPlacesModule(root, factor));
  const outDir = join(work, 'dist');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: /^(?:\.\.\/)+geo\/(places|corridor)\.geojson\?url$/, replacement: `${work}/$1.geojson?url` },
        { find: /^(?:\.\.\/)+content\/places$/, replacement: join(work, 'places-content.ts') },
      ],
    },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
