import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corridor, Labels, Places } from '../../../geo/contract';
import { catalogue as join } from '../model/catalogue';
import { boundsOf, cameraFor, corridorBoundsIn, FIT_MAX_ZOOM, PLACE_ZOOM } from './camera';

const geo = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8')) as T;
const catalogue = join({
  corridor: geo<Corridor>('corridor.geojson'),
  places: geo<Places>('places.geojson'),
  labels: geo<Labels>('labels.geojson'),
});
const overview: [[number, number], [number, number]] = [
  [27, 24],
  [117, 56],
];

describe('cameraFor', () => {
  it('fits the whole corridor to the first view’s box', () => {
    expect(cameraFor('corridor', catalogue, { overview, zoom: 3, closer: false })).toEqual({
      subject: 'corridor',
      kind: 'fit',
      bounds: overview,
    });
  });

  it('centres a place at the place zoom, or closer where the reader already was', () => {
    const karachi = catalogue.place('karachi')!.at;
    const place = { kind: 'place', id: 'karachi' } as const;
    expect(cameraFor(place, catalogue, { overview, zoom: 2, closer: false })).toEqual({
      subject: place,
      kind: 'centre',
      center: karachi,
      zoom: PLACE_ZOOM,
    });
    expect(cameraFor(place, catalogue, { overview, zoom: 5.5, closer: false })).toMatchObject({ zoom: PLACE_ZOOM });
    expect(cameraFor(place, catalogue, { overview, zoom: 5.5, closer: true })).toMatchObject({ zoom: 5.5 });
    expect(cameraFor(place, catalogue, { overview, zoom: 2, closer: true })).toMatchObject({ zoom: PLACE_ZOOM });
  });

  it('fits a country’s stretch of the main route, and a stretch of the corridor, no closer than the fit zoom', () => {
    const pakistan = cameraFor({ kind: 'country', id: 'PAK' }, catalogue, { overview, zoom: 2, closer: false });
    expect(pakistan).toEqual({
      subject: { kind: 'country', id: 'PAK' },
      kind: 'fit',
      bounds: corridorBoundsIn(catalogue.segments, 'PAK'),
      maxZoom: FIT_MAX_ZOOM,
    });
    const segment = cameraFor({ kind: 'segment', id: 'segment-6' }, catalogue, { overview, zoom: 2, closer: false });
    expect(segment).toEqual({
      subject: { kind: 'segment', id: 'segment-6' },
      kind: 'fit',
      bounds: boundsOf(catalogue.segment('segment-6')!.line),
      maxZoom: FIT_MAX_ZOOM,
    });
  });

  it('has nowhere to go for what the catalogue does not hold', () => {
    expect(cameraFor({ kind: 'place', id: 'minsk' }, catalogue, { overview, zoom: 2, closer: false })).toBeUndefined();
    expect(cameraFor({ kind: 'country', id: 'CHN' }, catalogue, { overview, zoom: 2, closer: false })).toBeUndefined();
  });
});

describe('corridorBoundsIn', () => {
  const segment = (countries: string[], line: number[][], alternative?: true) => ({
    line,
    properties: alternative ? { countries, alternative } : { countries },
  });
  const segments = [
    segment(
      ['AFG'],
      [
        [67, 37],
        [68, 36],
      ],
    ),
    segment(
      ['AFG', 'PAK'],
      [
        [68, 36],
        [70, 33.5],
      ],
    ),
    segment(
      ['PAK'],
      [
        [70, 33.5],
        [67, 24.9],
      ],
    ),
    segment(
      ['AFG', 'PAK'],
      [
        [60, 40],
        [75, 20],
      ],
      true,
    ),
  ];

  it('boxes the main route where it runs through the country, not the 2021 variant', () => {
    expect(corridorBoundsIn(segments, 'PAK')).toEqual([
      [67, 24.9],
      [70, 36],
    ]);
  });

  it('has no box for a country the route does not cross', () => {
    expect(corridorBoundsIn(segments, 'CHN')).toBeUndefined();
    expect(boundsOf([])).toBeUndefined();
  });
});
