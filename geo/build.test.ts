import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CORRIDOR_COUNTRIES } from './contract.ts';
import { buildGeo } from './lib/build.ts';
import { GEO_DIR, readGeo, readSource, serializeGeo } from './lib/files.ts';
import { validateGeo } from './lib/validate.ts';

// Building from the unsimplified 50m shapes takes a few seconds.
describe('geo/', { timeout: 30_000 }, () => {
  const source = readSource();
  const built = buildGeo(source);

  it('is reproduced byte for byte by npm run geo', () => {
    for (const [name, text] of Object.entries(serializeGeo(built.data))) {
      expect(readFileSync(`${GEO_DIR}/${name}`, 'utf8'), `geo/${name} is stale: run npm run geo`).toBe(text);
    }
  });

  it('passes every check as committed', () => {
    expect(validateGeo(readGeo(), source, built.reference)).toEqual([]);
  });

  it('holds the corridor countries in order and every article place of the source', () => {
    const data = readGeo();
    expect(data.countries.features.map((country) => country.id)).toEqual([...CORRIDOR_COUNTRIES]);
    const articlePlaces = data.places.features.filter((place) => place.properties.kind === 'article-place');
    const inSource = source.points.filter((point) => point.kind === 'article-place');
    expect(inSource.length).toBeGreaterThan(0);
    expect(articlePlaces.map((place) => place.id)).toEqual(inSource.map((point) => point.id));
  });

  it('says how long the corridor is, consistently', () => {
    const { facts } = readGeo();
    const { operating, planned } = facts.main.byStatus;
    expect(operating + planned).toBeCloseTo(facts.main.totalKm, 0);
    expect(Object.values(facts.main.byCountry).reduce((a, b) => a + b, 0)).toBeCloseTo(facts.main.totalKm, 0);
    // The 75 km line from Termez across the Friendship Bridge (corridor-facts.md), drawn straight.
    expect(facts.segments['segment-5']!.lengthKm).toBeGreaterThan(70);
    expect(facts.segments['segment-5']!.lengthKm).toBeLessThan(85);
  });
});
