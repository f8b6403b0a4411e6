import { describe, expect, it } from 'vitest';
import { CORRIDOR_COUNTRIES } from '../../../geo/contract';
import { crossings } from '../../content/crossings';
import { places } from '../../content/places';
import { segments } from '../../content/segments';
import { catalogue as join, corridorCountries, isKnownSelection, middleOf } from './catalogue';
import { corridorFacts } from './facts';
import { mapData } from './geo-data.fixture';

const data = mapData();
const catalogue = join(data);

describe('the catalogue', () => {
  it('holds every article place at its point, in the content’s order', () => {
    expect(catalogue.places.map((place) => place.id)).toEqual(places.map((place) => place.id));
    const karachi = data.places.features.find((point) => point.id === 'karachi')!;
    expect(catalogue.place('karachi')!.at).toEqual(karachi.geometry.coordinates);
  });

  it('holds the corridor countries in corridor order, each with its label and its length', () => {
    expect(corridorCountries.map((country) => country.id)).toEqual([...CORRIDOR_COUNTRIES]);
    expect(catalogue.countries.map((country) => country.id)).toEqual([...CORRIDOR_COUNTRIES]);
    expect(catalogue.country('KAZ')!.lengthKm).toBe(corridorFacts.main.byCountry.KAZ);
  });

  it('gives each country its name’s candidate points in order, the first its label', () => {
    const kazakhstan = catalogue.country('KAZ')!;
    const ranked = data.labels.features
      .filter((label) => label.properties.country === 'KAZ')
      .sort((a, b) => a.properties.rank! - b.properties.rank!)
      .map((label) => label.geometry.coordinates);
    expect(ranked.length).toBeGreaterThan(1);
    expect(kazakhstan.labels).toEqual(ranked);
    expect(kazakhstan.label).toEqual(ranked[0]);
  });

  it('holds the route’s stops apart from the article’s places, the main ones and the border crossings marked', () => {
    const ids = catalogue.stops.map((stop) => stop.id);
    for (const place of places) expect(ids).not.toContain(place.id);
    const major = catalogue.stops.filter((stop) => stop.major).map((stop) => stop.id);
    expect(major).toEqual(['minsk', 'tashkent', 'termez', 'naibabad', 'peshawar', 'kabul']);
    expect(catalogue.stops.find((stop) => stop.id === 'hairatan')).toMatchObject({ major: false, border: true });
    expect(catalogue.stops.find((stop) => stop.id === 'samarkand')).toMatchObject({ major: false, border: false });
  });

  it('holds the neighbouring countries and the seas, and no corridor country among them', () => {
    const kinds = new Set(catalogue.names.map((name) => name.kind));
    expect(kinds).toEqual(new Set(['neighbour', 'sea']));
    expect(catalogue.names.map((name) => name.name)).toEqual(expect.arrayContaining(['China', 'Iran', 'Arabian Sea']));
    for (const country of CORRIDOR_COUNTRIES)
      expect(catalogue.names.map((name) => name.id)).not.toContain(`label-${country}`);
  });

  it('names a stretch’s ends as places.geojson does', () => {
    expect(catalogue.segments.map((segment) => segment.id)).toEqual(segments.map((segment) => segment.id));
    const six = catalogue.segment('segment-6')!;
    expect([six.from, six.to]).toEqual(['Naibabad / Mazar-i-Sharif', 'Kharlachi']);
  });

  it('points a popup at a place, at a country’s label or a line’s middle, or where the reader clicked', () => {
    expect(catalogue.view({ kind: 'place', id: 'moscow' }, [1, 2])).toMatchObject({
      at: catalogue.place('moscow')!.at,
    });
    expect(catalogue.view({ kind: 'country', id: 'AFG' })).toMatchObject({ at: catalogue.country('AFG')!.label });
    expect(catalogue.view({ kind: 'country', id: 'AFG' }, [65, 33])).toMatchObject({ at: [65, 33] });
    const six = catalogue.segment('segment-6')!;
    expect(catalogue.view({ kind: 'segment', id: 'segment-6' })).toMatchObject({ at: middleOf(six.line) });
  });

  it('holds each crossing geo/ found on both routes, with its words, and points its popup at it', () => {
    const found = [...corridorFacts.main.crossings, ...corridorFacts.alternative.crossings];
    expect(catalogue.crossings.map((crossing) => crossing.id)).toEqual(found.map((crossing) => crossing.id));
    expect(catalogue.crossings.map((crossing) => crossing.id)).toEqual(crossings.map((crossing) => crossing.id));
    const kharlachi = catalogue.crossing('kharlachi')!;
    expect(kharlachi).toMatchObject({ alternative: false, facts: { gauges: [1520, 1676], countries: ['AFG', 'PAK'] } });
    expect(catalogue.crossing('torkham')!.alternative).toBe(true);
    expect(catalogue.view({ kind: 'crossing', id: 'kharlachi' }, [1, 2])).toMatchObject({ at: kharlachi.facts.at });
    expect(isKnownSelection({ kind: 'crossing', id: 'torkham' })).toBe(true);
    expect(isKnownSelection({ kind: 'crossing', id: 'termez' })).toBe(false);
  });

  it('shows nothing for what it does not hold', () => {
    expect(catalogue.view({ kind: 'place', id: 'minsk' })).toBeUndefined();
    expect(catalogue.view(null)).toBeUndefined();
    expect(isKnownSelection({ kind: 'place', id: 'minsk' })).toBe(false);
    expect(isKnownSelection({ kind: 'segment', id: 'segment-alt' })).toBe(true);
  });

  it('says which file and place lack a point, rather than leaving a marker out', () => {
    const without = { ...data.places, features: data.places.features.filter((point) => point.id !== 'astana') };
    expect(() => join({ ...data, places: without })).toThrow(
      'geo/places.geojson: astana: no point for this article place',
    );
  });
});

describe('middleOf', () => {
  it('takes the middle vertex, or the one before the middle of an even count', () => {
    expect(
      middleOf([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([1, 1]);
    expect(
      middleOf([
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    ).toEqual([1, 1]);
  });
});
