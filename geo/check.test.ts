import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GEO_DIR, GEO_FILES, SOURCE_FILE } from './lib/files.ts';
import type { Places } from './lib/types.ts';

/** A copy of geo/'s files in a temporary folder, for one hand edit to be checked. */
function copyOfGeo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-check-'));
  for (const name of [...Object.values(GEO_FILES), SOURCE_FILE]) cpSync(join(GEO_DIR, name), join(dir, name));
  return dir;
}

function geoCheck(dir: string) {
  const tsx = join(GEO_DIR, '../node_modules/.bin/tsx');
  const result = spawnSync(tsx, [join(GEO_DIR, 'check.ts'), dir], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

// Each case starts the real CLI (tsx, world-atlas): seconds, not milliseconds, on a loaded machine.
describe('npm run geo:check', { timeout: 30_000 }, () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
});
