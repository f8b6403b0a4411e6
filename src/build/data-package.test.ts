import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// The Frictionless Data project's own library: it validates a descriptor against the specification's
// profiles (bundled, no network) and reads each table through its Table Schema.
import { Package } from 'datapackage';
import type { Corridor, Places } from '../../geo/contract';
import { checkGeoJson } from '../../geo/lib/checks';
import { validateGeo } from '../../geo/lib/validate';
import { loadWorld, worldCountries } from '../../geo/lib/countries';
import { GEO_DIR, readGeo, readSource } from '../../geo/lib/files';
import { excerpts } from '../content/excerpts';
import { sources } from '../content/sources';
import { dataFiles, ownDataLicence } from '../content/data';
import { csvOf, dataPackage } from './data-package';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = dataPackage(root);
const dir = mkdtempSync(join(tmpdir(), 'corridor-data-'));
for (const file of files) writeFileSync(join(dir, file.name), file.text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = (name: string) => files.find((file) => file.name === name)!.text;
const descriptor = JSON.parse(text('datapackage.json'));

describe('the data package', () => {
  it('validates against the Frictionless Data Package profile, and every table reads through its schema', async () => {
    const loaded = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
    expect(loaded.errors.map((error: Error) => error.message)).toEqual([]);
    expect(loaded.valid).toBe(true);
    expect(files.map((file) => file.name)).toEqual(dataFiles.map((file) => file.name));
    expect(loaded.resourceNames).toEqual(
      files.filter((file) => file.name !== 'datapackage.json').map((file) => file.name.split('.')[0]),
    );
    for (const resource of loaded.resources.filter((each: { tabular: boolean }) => each.tabular)) {
      // Casts every cell to its field's type and checks its constraints (required, unique, enum, range).
      const rows = await resource.read({ keyed: true });
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  });

  it('fails the validator on a broken descriptor: the check can fail', async () => {
    writeFileSync(
      join(dir, 'broken.json'),
      JSON.stringify({ ...descriptor, resources: [{ ...descriptor.resources[3], name: 'Not A Name!' }] }),
    );
    const loaded = await Package.load(join(dir, 'broken.json'), { basePath: dir });
    expect(loaded.valid).toBe(false);
    const table = JSON.parse(text('datapackage.json'));
    table.resources[3].schema.fields[5].constraints.enum = ['operating'];
    writeFileSync(join(dir, 'narrow.json'), JSON.stringify(table));
    const narrow = await Package.load(join(dir, 'narrow.json'), { basePath: dir });
    await expect(narrow.getResource('segments').read({ keyed: true })).rejects.toThrow();
  });

  it('states the three licences and every source the data cites, with its address', () => {
    expect(descriptor.licenses[0]).toEqual(ownDataLicence);
    expect(descriptor.licenses.map((licence: { title: string }) => licence.title).join(' ')).toMatch(
      /Natural Earth.*article/,
    );
    const keys = text('sources.csv')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(',')[0]!);
    for (const key of keys) {
      const source = sources[key as keyof typeof sources];
      expect(
        descriptor.sources.some((entry: { path?: string }) => entry.path === source.url),
        key,
      ).toBe(true);
    }
    // Every key a table or a feature cites is in sources.csv.
    const lastColumn = (name: string) =>
      text(name)
        .trim()
        .split('\r\n')
        .slice(1)
        .flatMap((row) =>
          row
            .slice(row.lastIndexOf(',') + 1)
            .split(' ')
            .filter(Boolean),
        );
    const cited = [...lastColumn('segments.csv'), ...lastColumn('places.csv')];
    const features = [...text('corridor.geojson').matchAll(/"sources": \[([^\]]*)\]/g)].flatMap(
      (match) => JSON.parse(`[${match[1]}]`) as string[],
    );
    for (const key of [...cited, ...features]) expect(keys, key).toContain(key);
  });

  it('passes geo:check: the route against its places and the countries, the places, and every file as GeoJSON', () => {
    const geo = readGeo(GEO_DIR);
    const reference = worldCountries(loadWorld());
    const corridor = JSON.parse(text('corridor.geojson')) as Corridor;
    const places = JSON.parse(text('places.geojson')) as Places;
    // geo:check's own checks, run with the package's route and places in place of geo/'s.
    const problems = [
      ...validateGeo({ ...geo, corridor, places }, readSource(GEO_DIR), reference, 'data'),
      ...checkGeoJson('data/crossings.geojson', JSON.parse(text('crossings.geojson'))),
    ];
    expect(problems).toEqual([]);
    // The same lines and points as the map draws.
    expect(corridor.features.map((line) => line.geometry)).toEqual(geo.corridor.features.map((line) => line.geometry));
    expect(places.features.map((point) => point.geometry)).toEqual(geo.places.features.map((point) => point.geometry));
  });

  it('quotes the article word for word', () => {
    const article = readFileSync(join(root, 'src/content/article-2025-09-02.txt'), 'utf8');
    for (const quote of Object.values(excerpts)) {
      expect(article).toContain(quote);
      expect(text('excerpts.csv')).toContain(quote.includes('"') ? `"${quote.replaceAll('"', '""')}"` : quote);
    }
  });
});

describe('csvOf', () => {
  it('quotes what RFC 4180 asks to, and ends lines with CRLF', () => {
    expect(
      csvOf(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          [1.5, true],
          [undefined, 'line\nbreak'],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n1.5,true\r\n,"line\nbreak"\r\n');
  });
});
