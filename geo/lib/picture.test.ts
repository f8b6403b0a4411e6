import { describe, expect, it } from 'vitest';
import { project, type Box, type Corridor, type Countries, type Labels, type Places } from '../contract.ts';
import { readGeo } from './files.ts';
import { drawPicture, pathData, pictureFrame } from './picture.ts';

const box: Box = [
  [60, 30],
  [80, 50],
];

describe('pictureFrame', () => {
  it('draws the box at the width asked, its corners at the picture’s corners', () => {
    const frame = pictureFrame(box, 400);
    expect(pathData([[60, 50]], frame, 0, false)).toBe('M0 0');
    const [x, y] = pathData([[80, 30]], frame, 0, false)
      .slice(1)
      .split(' ')
      .map(Number);
    expect(x).toBe(400);
    expect(Math.abs(y! - frame.height)).toBeLessThanOrEqual(0.5);
    // Web Mercator stretches the north: 20° of latitude from 30° N is taller than 20° of longitude.
    expect(frame.height).toBeGreaterThan(400);
  });
});

describe('pathData', () => {
  const frame = pictureFrame(box, 400);
  it('drops points closer than the tolerance to the last kept, and keeps the line’s end', () => {
    const line = [
      [60, 40],
      [60.001, 40],
      [70, 40],
      [70.001, 40],
    ];
    expect(pathData(line, frame, 1, false).match(/[ML]/g)).toHaveLength(3);
    expect(pathData(line, frame, 0, false).match(/[ML]/g)).toHaveLength(4);
  });
  it('closes a ring, and leaves out one too small to see', () => {
    const ring = [
      [65, 35],
      [75, 35],
      [75, 45],
      [65, 35],
    ];
    expect(pathData(ring, frame, 1, true)).toMatch(/^M.*Z$/);
    const speck = ring.map(([lng, lat]) => [65 + (lng! - 65) / 1000, 35 + (lat! - 35) / 1000]);
    expect(pathData(speck, frame, 1, true)).toBe('');
  });
});

describe('drawPicture', () => {
  const square = (west: number, south: number, size: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  });
  const countries: Countries = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'AAA', properties: { name: 'A', order: 1 }, geometry: square(62, 32, 8) }],
  };
  const context: Countries = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'NEAR', properties: { name: 'Near' }, geometry: square(70, 32, 8) },
      { type: 'Feature', id: 'FAR', properties: { name: 'Far' }, geometry: square(150, 0, 5) },
    ],
  };
  const segment = (id: string, alternative: boolean): Corridor['features'][number] => ({
    type: 'Feature',
    id,
    properties: {
      from: 'a',
      to: 'b',
      via: [],
      countries: ['AAA'],
      status: 'planned',
      alignment: 'assumed',
      gauge: 1520,
      note: '',
      lengthKm: 1,
      ...(alternative ? { alternative: true as const } : {}),
    },
    geometry: {
      type: 'LineString',
      coordinates: [
        [63, 33],
        [69, 39],
      ],
    },
  });
  const corridor: Corridor = { type: 'FeatureCollection', features: [segment('s1', false), segment('alt', true)] };
  const place = (id: string, kind: 'article-place' | 'node', at: [number, number], major: boolean) => ({
    type: 'Feature' as const,
    id,
    properties: {
      name: id,
      kind,
      country: 'AAA',
      role: '',
      confidence: '',
      ...(major ? { major: true as const } : {}),
    },
    geometry: { type: 'Point' as const, coordinates: at },
  });
  const places: Places = {
    type: 'FeatureCollection',
    features: [
      place('here', 'article-place', [64, 34], false),
      place('away', 'article-place', [120, 34], false),
      place('big', 'node', [66, 36], true),
      place('small', 'node', [67, 37], false),
    ],
  };
  const labels: Labels = {
    type: 'FeatureCollection',
    features: [0, 1].map((rank) => ({
      type: 'Feature',
      id: `label-AAA-${rank}`,
      properties: { name: 'A', kind: 'corridor', country: 'AAA', rank },
      geometry: { type: 'Point', coordinates: [65 + rank, 35] },
    })),
  };
  const source = { countries, context, corridor, places, labels };

  it('draws the countries near the box, the main route, and the places inside it', () => {
    const picture = drawPicture(source, { box, width: 400, tolerance: 1, detailed: true });
    expect(picture.countries.map(({ id, corridor }) => [id, corridor])).toEqual([
      ['NEAR', false],
      ['AAA', true],
    ]);
    expect(picture.route.map(({ id }) => id)).toEqual(['s1']);
    expect(picture.points.map(({ id, kind }) => [id, kind])).toEqual([
      ['here', 'article-place'],
      ['big', 'stop'],
    ]);
    // The country's name once, at its first candidate point clear of the route: the first is on it.
    const [{ x, y, ...name }] = picture.names as [(typeof picture.names)[number]];
    expect(name).toEqual({ id: 'AAA', name: 'A' });
    expect(`M${x} ${y}`).toBe(pathData([[66, 35]], picture, 0, false));
    expect(picture.names).toHaveLength(1);
  });

  it('leaves the stops and the names out of a picture that is not detailed', () => {
    const picture = drawPicture(source, { box, width: 100, tolerance: 1, detailed: false });
    expect(picture.points.map(({ id }) => id)).toEqual(['here']);
    expect(picture.names).toEqual([]);
  });

  it('clips a country to a margin around the box', () => {
    const picture = drawPicture(source, { box, width: 400, tolerance: 1, detailed: false });
    const xs = picture.countries.flatMap(({ d }) => [...d.matchAll(/[ML](-?[\d.]+) /g)].map((m) => Number(m[1])));
    expect(Math.max(...xs)).toBeLessThanOrEqual(400 * 1.1 + 1);
  });
});

describe('the committed pictures', () => {
  const { pictures, facts, corridor } = readGeo();
  it('show every article place and the main route’s two ends inside the route picture', () => {
    const { route } = pictures;
    const articlePlaces = route.points.filter(({ kind }) => kind === 'article-place');
    expect(articlePlaces.map(({ id }) => id).sort()).toEqual(['astana', 'beijing', 'karachi', 'moscow']);
    for (const point of route.points) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(route.width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(route.height);
    }
    expect(route.route.map(({ id }) => id)).toEqual(facts.main.segments);
    expect(corridor.features.length).toBeGreaterThan(route.route.length);
  });
  it('hold the first view inside the route picture, and the first view’s box inside the locator', () => {
    for (const picture of [pictures.route, pictures.locator]) {
      for (const corner of facts.firstView) {
        const [x, y] = project(corner, picture.zoom);
        expect(x - picture.origin[0]).toBeGreaterThan(0);
        expect(x - picture.origin[0]).toBeLessThan(picture.width);
        expect(y - picture.origin[1]).toBeGreaterThan(0);
        expect(y - picture.origin[1]).toBeLessThan(picture.height);
      }
    }
    const { locator } = pictures;
    expect(locator.points.map(({ id }) => id).sort()).toEqual(['astana', 'beijing', 'karachi', 'moscow']);
    expect(locator.names).toEqual([]);
  });
});
