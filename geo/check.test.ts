import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR, CONTENT_FILES } from './lib/content.ts';
import { FACTS_FILE, GEO_FILES, PICTURE_FILES, ROUTES_FILE, type Corridor, type Places } from './contract.ts';
import { GEO_DIR, SOURCE_FILE } from './lib/files.ts';

/** A copy of geo/'s files in a temporary folder, for one hand edit to be checked. */
function copyOfGeo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-check-'));
  for (const name of [
    ...Object.values(GEO_FILES),
    ...Object.values(PICTURE_FILES),
    FACTS_FILE,
    ROUTES_FILE,
    SOURCE_FILE,
  ])
    cpSync(join(GEO_DIR, name), join(dir, name));
  return dir;
}

/** A copy of src/content/ in a temporary folder, for hand edits to the words. */
function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  for (const name of Object.values(CONTENT_FILES)) cpSync(join(CONTENT_DIR, name), join(dir, name));
  return dir;
}

function geoCheck(dir: string, contentDir?: string) {
  const tsx = join(GEO_DIR, '../node_modules/.bin/tsx');
  const args = [join(GEO_DIR, 'check.ts'), dir, ...(contentDir ? ['--content', contentDir] : [])];
  const result = spawnSync(tsx, args, {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

// Each case starts the real CLI (tsx, world-atlas): seconds, not milliseconds, on a loaded machine.
describe('npm run geo:check', { timeout: 30_000 }, () => {
  let dir = '';
  let contentDir = '';
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  });

  it('passes on the committed files', () => {
    dir = copyOfGeo();
    expect(geoCheck(dir)).toMatchObject({ status: 0, stderr: '' });
  });

  it('fails on a missing corridor country, naming file, feature and reason', () => {
    dir = copyOfGeo();
    cpSync(join(GEO_DIR, 'fixtures/countries-missing-kaz.geojson'), join(dir, GEO_FILES.countries));
    const result = geoCheck(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('./countries.geojson: KAZ: corridor country present 0 times, not once');
  });

  it('fails on a place moved into the wrong country and reports every problem in one run', () => {
    dir = copyOfGeo();
    const places = JSON.parse(readFileSync(join(dir, GEO_FILES.places), 'utf8')) as Places;
    const karachi = places.features.find((place) => place.id === 'karachi')!;
    karachi.geometry.coordinates = [66.5, 31.0]; // Kandahar, in Afghanistan
    places.features.find((place) => place.id === 'minsk')!.properties.country = 'BLZ';
    writeFileSync(join(dir, GEO_FILES.places), JSON.stringify(places));
    const result = geoCheck(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('./places.geojson: karachi: lies outside its country PAK');
    expect(result.stderr).toMatch(/\.\/places\.geojson: karachi: is \d+\.\d km from its reference position/);
    expect(result.stderr).toContain('./places.geojson: minsk: country "BLZ" is not the ISO 3166-1 alpha-3 code');
    expect(result.stderr).toContain('./corridor.geojson: segment-8: does not end at its to node "karachi"');
  });

  it('reports all eight kinds of hand edit in one run, each naming file, feature and reason', () => {
    dir = copyOfGeo();
    contentDir = copyOfContent();
    const edit = <T>(file: string, change: (data: T) => void) => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
      change(data);
      writeFileSync(join(dir, file), JSON.stringify(data));
    };
    const editText = (file: string, from: string, to: string) => {
      const text = readFileSync(join(contentDir, file), 'utf8');
      expect(text, `${file} holds the text to edit`).toContain(from);
      writeFileSync(join(contentDir, file), text.replace(from, to));
    };
    // 1. A missing country.
    cpSync(join(GEO_DIR, 'fixtures/countries-missing-kaz.geojson'), join(dir, GEO_FILES.countries));
    edit<Places>(GEO_FILES.places, (places) => {
      // 2. A misspelt ISO code. 3. A place moved into the wrong country (Karachi to Kandahar).
      places.features.find((place) => place.id === 'minsk')!.properties.country = 'BLZ';
      places.features.find((place) => place.id === 'karachi')!.geometry.coordinates = [66.5, 31.0];
    });
    // 4. A segment that no longer joins the next: segment-3 starts 1° east of where segment-2 ends.
    edit<Corridor>(GEO_FILES.corridor, (corridor) => {
      corridor.features.find((segment) => segment.id === 'segment-3')!.geometry.coordinates[0]![0]! += 1;
    });
    // 5. A ring crossing the antimeridian, in the context shapes.
    edit<{ features: Array<{ geometry: { coordinates: number[][][][] } }> }>(GEO_FILES.context, (context) => {
      context.features[0]!.geometry.coordinates[0]![0]!.splice(1, 0, [179.5, 10], [-179.5, 10], [179.5, 11]);
    });
    // 6. A duplicate id: Kazakhstan's first label repeated.
    edit<{ features: Array<{ id: string }> }>(GEO_FILES.labels, (labels) =>
      labels.features.push(labels.features.find((label) => label.id === 'label-KAZ-0')!),
    );
    // 7. An excerpt reworded. 8. A place left with no excerpt.
    editText(CONTENT_FILES.excerpts, 'Moscow and Islamabad also agreed', 'Moscow and Islamabad agreed');
    editText(CONTENT_FILES.places, "excerpts: ['astanaMeeting', 'protocols']", 'excerpts: []');

    const result = geoCheck(dir, contentDir);
    expect(result.status).toBe(1);
    const expected = [
      /countries\.geojson: KAZ: corridor country present 0 times, not once/,
      /places\.geojson: minsk: country "BLZ" is not the ISO 3166-1 alpha-3 code/,
      /places\.geojson: karachi: lies outside its country PAK/,
      /corridor\.geojson: segment-3: does not start at its from node/,
      /context\.geojson: AGO: edge \[179\.5,10\] → \[-179\.5,10\] jumps across the antimeridian/,
      /labels\.geojson: label-KAZ-0: duplicate id \(also in \.\/labels\.geojson\)/,
      /excerpts\.ts: steelMills: is not word for word in the article: it departs after "/,
      /places\.ts: astana: has no excerpt of the article/,
    ];
    for (const line of expected) expect(result.stderr).toMatch(line);
  });
});
