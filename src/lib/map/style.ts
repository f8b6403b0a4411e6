import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { ARROW_ZOOMS } from '../../../geo/contract';
import { corridorLine, countryLabel, font, mapMarks, mapNames, palettes, type Palette } from '../../theme/tokens';
import type { GeoUrls } from '../model/geo-files';
import type { CorridorAt, Drawn } from '../model/timeline';
import { crossingFeatures } from './crossing-marks';

/** Country names grow with the zoom, as the map's own labels would: a pixel a zoom level from zoom 2 to 6. */
export const countryLabelSize = (zoom: number): number =>
  countryLabel.size.least +
  (Math.min(Math.max(zoom, 2), 6) - 2) * ((countryLabel.size.most - countryLabel.size.least) / 4);

/** The font every map label is drawn with; bundled with the app, so labels look alike everywhere. */
export const LABEL_FONT = font.mapLabel;

/** A filter that matches no feature: the selection layers start empty. */
export const MATCH_NOTHING = ['==', ['get', 'id'], ''] as const;

const isAlternative: ExpressionSpecification = ['==', ['get', 'alternative'], true];
const isNode: ExpressionSpecification = ['==', ['get', 'kind'], 'node'];
const isMajor: ExpressionSpecification = ['==', ['get', 'major'], true];
const isBorder: ExpressionSpecification = ['has', 'border'];

/**
 * The route's stops as dots, thinned by zoom so that they never pile up: the main stops at every
 * zoom, the other stations from `stopZooms.other`. A border station has no dot: its crossing's mark
 * stands there (`crossingLayers`). Their names are the page's (MapLabels), placed clear of each other.
 */
function stopLayers({ map: mapColour }: Palette): LayerSpecification[] {
  const today = corridorFilters();
  const layer = (id: 'stops-major' | 'stops-other', minzoom?: number): LayerSpecification => ({
    id,
    type: 'circle',
    source: 'nodes',
    ...(minzoom === undefined ? {} : { minzoom }),
    filter: today[id],
    paint: {
      'circle-color': mapColour.node,
      'circle-stroke-color': mapColour.nodeStroke,
      'circle-stroke-width': mapMarks.node.strokeWidth,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, mapMarks.node.small, 6, mapMarks.node.large],
    },
  });
  return [layer('stops-major'), layer('stops-other', mapNames.stopZooms.other)];
}

/** Which stops each stop layer draws: the main ones, or the others but the border stations; at a date, none the corridor left out. */
function stopFilters(absent: readonly string[] = []): Record<'stops-major' | 'stops-other', FilterSpecification> {
  const present: ExpressionSpecification[] = absent.length
    ? [['!', ['in', ['get', 'id'], ['literal', [...absent]]]]]
    : [];
  return {
    'stops-major': ['all', isNode, isMajor, ...present],
    'stops-other': ['all', isNode, ['!', isMajor], ['!', isBorder], ...present],
  };
}

/** Whether the map shows a stop's dot at a zoom: the page names only the stops it shows. */
export function stopShown(stop: { major: boolean; border: boolean }, zoom: number): boolean {
  if (stop.major) return true;
  return zoom >= (stop.border ? mapNames.stopZooms.border : mapNames.stopZooms.other);
}

/** A stop's dot's radius at a zoom, in px, as the stop layers draw it. */
export function stopRadius(zoom: number): number {
  const { small, large, strokeWidth } = mapMarks.node;
  const t = Math.min(Math.max((zoom - 3) / 3, 0), 1);
  return small + t * (large - small) + strokeWidth;
}

/** The crossings' layer that shows the selected one. */
export const CROSSING_LAYERS = { selected: 'crossings-selected' } as const;

/**
 * Where the route crosses a border or changes gauge: a dark bar across the line, two where the gauge
 * changes, turned to the line's direction; over them, invisible rings a finger can hit. The
 * superseded variant's crossing shows only with the variant (`ALTERNATIVE_LAYERS`).
 */
function crossingLayers({ colour, map: mapColour }: Palette): LayerSpecification[] {
  const today = corridorFilters();
  const marks = (id: string, filter: FilterSpecification, hidden: boolean): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'crossings',
    filter,
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-rotate': ['get', 'bearing'],
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      ...(hidden && { visibility: 'none' as const }),
    },
  });
  const hit = (id: string, filter: FilterSpecification, hidden: boolean): LayerSpecification => ({
    id,
    type: 'circle',
    source: 'crossings',
    filter,
    ...(hidden && { layout: { visibility: 'none' as const } }),
    // Opacity 0: MapLibre skips drawing it but still answers queries.
    paint: { 'circle-radius': mapMarks.crossing.hit, 'circle-color': colour.ink, 'circle-opacity': 0 },
  });
  return [
    {
      id: CROSSING_LAYERS.selected,
      type: 'circle',
      source: 'crossings',
      filter: MATCH_NOTHING as never,
      paint: {
        'circle-radius': mapMarks.crossing.hit,
        'circle-color': mapColour.selection,
        'circle-opacity': corridorLine.selection.opacity,
      },
    },
    marks('crossings', today.crossings, false),
    marks('crossings-alternative', today['crossings-alternative'], true),
    hit('crossings-hit', today['crossings-hit'], false),
    hit('crossings-alternative-hit', today['crossings-alternative-hit'], true),
  ];
}

/** Main-route segments, of one status where given, and only the approximate ones where asked. */
function mainRoute(status?: 'operating' | 'planned', approximate = false): FilterSpecification {
  const conditions: ExpressionSpecification[] = [['!', isAlternative]];
  if (status) conditions.push(['==', ['get', 'status'], status]);
  if (approximate) conditions.push(['==', ['get', 'alignment'], 'assumed']);
  return ['all', ...conditions];
}

/** What the corridor and crossings layers draw, by a date of the timeline: their filters (`corridorFilters`). */
export const TIMED_LAYERS = [
  'corridor-alternative',
  'corridor-casing',
  'corridor-operating',
  'corridor-planned',
  'corridor-approximate-operating',
  'corridor-approximate-planned',
  'corridor-hit',
  'corridor-alternative-hit',
  'crossings',
  'crossings-alternative',
  'crossings-hit',
  'crossings-alternative-hit',
  'stops-major',
  'stops-other',
] as const;
export type TimedLayer = (typeof TIMED_LAYERS)[number];

/**
 * The timed layers' filters: today's, by the geo files' own status (the superseded variant on layers of
 * its own); or, at a date, by the stretches and crossings drawn then. A stretch planned then is dashed
 * (the 2021 line in 2021), a superseded one is a ghost on the variant's layers, an absent one is not drawn.
 */
export function corridorFilters(at?: CorridorAt): Record<TimedLayer, FilterSpecification> {
  const onAlternative: ExpressionSpecification = ['==', ['get', 'alternative'], true];
  if (!at)
    return {
      'corridor-alternative': isAlternative,
      'corridor-casing': mainRoute(),
      'corridor-operating': mainRoute('operating'),
      'corridor-planned': mainRoute('planned'),
      'corridor-approximate-operating': mainRoute('operating', true),
      'corridor-approximate-planned': mainRoute('planned', true),
      'corridor-hit': ['!', isAlternative],
      'corridor-alternative-hit': isAlternative,
      crossings: ['!', onAlternative],
      'crossings-alternative': onAlternative,
      'crossings-hit': ['!', onAlternative],
      'crossings-alternative-hit': onAlternative,
      ...stopFilters(),
    };
  const ids = (drawn: Record<string, Drawn>, ...as: Drawn[]): ExpressionSpecification => [
    'in',
    ['get', 'id'],
    ['literal', Object.keys(drawn).filter((id) => as.includes(drawn[id]!))],
  ];
  const approximate: ExpressionSpecification = ['==', ['get', 'alignment'], 'assumed'];
  const current = ids(at.segments, 'operating', 'planned');
  const ghost = ids(at.segments, 'superseded');
  const crossingsNow = ids(at.crossings, 'operating', 'planned');
  const crossingGhosts = ids(at.crossings, 'superseded');
  return {
    'corridor-alternative': ghost,
    'corridor-casing': current,
    'corridor-operating': ids(at.segments, 'operating'),
    'corridor-planned': ids(at.segments, 'planned'),
    'corridor-approximate-operating': ['all', ids(at.segments, 'operating'), approximate],
    'corridor-approximate-planned': ['all', ids(at.segments, 'planned'), approximate],
    'corridor-hit': current,
    'corridor-alternative-hit': ghost,
    crossings: crossingsNow,
    'crossings-alternative': crossingGhosts,
    'crossings-hit': crossingsNow,
    'crossings-alternative-hit': crossingGhosts,
    ...stopFilters(at.stopsAbsent),
  };
}

/** The direction chevrons: drawn along today's main route, so only at a date that has all of it. */
export const ARROW_LAYERS = ['corridor-arrows', 'corridor-arrows-upper'] as const;

/** The ids of the superseded variant's layers: hidden until it is the subject (`alternativeShown`), or a date is shown. */
export const ALTERNATIVE_LAYERS = [
  'corridor-alternative',
  'corridor-alternative-hit',
  'crossings-alternative',
  'crossings-alternative-hit',
] as const;

/** Line width by zoom, scaled (and widened by `extra` px): zoom may only feed a top-level interpolate. */
const corridorWidth = (scale = 1, extra = 0): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  2,
  corridorLine.width.narrow * scale + extra,
  6,
  corridorLine.width.wide * scale + extra,
];

/** The planned dash, in units of a line `scale` times the corridor's width: it lines up with the corridor's own. */
const plannedDash = (scale: number) => corridorLine.plannedDash.map((length) => length / scale);

/**
 * Opacity by zoom for the chevrons of one half of every zoom level (geo/lib/arrows.ts): shown in its
 * half, hidden in the other. The last set also serves zoom 7, the map's closest.
 */
function arrowHalfOpacity(half: 0 | 1): ExpressionSpecification {
  const stops: number[] = [];
  for (const zoom of ARROW_ZOOMS) stops.push(zoom + 0.5, half === 0 ? 0 : 1, zoom + 1, half === 0 ? 1 : 0);
  // Past the last zoom the last half stays shown: drop the stop that would hide it again.
  return ['step', ['zoom'], half === 0 ? 1 : 0, ...stops.slice(0, -2)] as ExpressionSpecification;
}

/**
 * The chevrons showing which way the main route runs: lines built in geo/, drawn pale over the
 * corridor's red. A tile holds the sets for its zoom (filter zoom is the tile's); the opacity picks the half.
 */
function arrows(half: 0 | 1): LayerSpecification {
  return {
    id: `corridor-arrows${half ? '-upper' : ''}`,
    type: 'line',
    source: 'arrows',
    filter: [
      'all',
      ['==', ['get', 'half'], half],
      ['==', ['get', 'zoom'], ['min', ['zoom'], ARROW_ZOOMS[ARROW_ZOOMS.length - 1]!]],
    ],
    paint: {
      'line-color': corridorLine.arrowColour,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        corridorLine.arrowWidth.narrow,
        6,
        corridorLine.arrowWidth.wide,
      ],
      'line-opacity': arrowHalfOpacity(half),
    },
  };
}

/**
 * How MapLibre's worker cuts the countries' shapes and the route's chevrons into tiles, the most of
 * its work before the first view. Each tile's lines are simplified to within a pixel (MapLibre's
 * default, 0.375 px, keeps detail no screen shows at these shapes' scale) and carry 32 px past the
 * tile's edge rather than 128: enough for the widest border line's width and joins. A/B runs of the
 * benchmark put the two together at about a tenth of the time to ready.
 */
const SHAPES_CUT = { tolerance: 1, buffer: 32 } as const;

/**
 * The whole map as one offline style: no tiles, no glyph server. With no `glyphs` URL MapLibre draws
 * labels locally, from the file `font-faces` pins. Every source is in it from the start, so MapLibre
 * loads and lays out all of them in one pass: the first complete view comes as soon as it can.
 */
export function mapStyle(geo: GeoUrls, labelFontUrl: string, palette: Palette = palettes.light): StyleSpecification {
  const { colour, map: mapColour } = palette;
  const today = corridorFilters();
  return {
    version: 8,
    name: 'corridor-offline',
    'font-faces': { [LABEL_FONT]: labelFontUrl },
    sources: {
      context: { type: 'geojson', data: geo.context, ...SHAPES_CUT },
      countries: { type: 'geojson', data: geo.countries, promoteId: 'id', ...SHAPES_CUT },
      corridor: { type: 'geojson', data: geo.corridor, promoteId: 'id' },
      arrows: { type: 'geojson', data: geo.arrows, ...SHAPES_CUT },
      nodes: { type: 'geojson', data: geo.places },
      // A few points, bundled with the figures: inline, no request.
      crossings: { type: 'geojson', data: crossingFeatures(), promoteId: 'id' },
    },
    layers: [
      {
        // The other countries' borders are the fill's own outline, a one-pixel hairline. A line layer
        // over this file (four fifths of the geo data) had the worker cut every border into triangles:
        // 5–10 % of the time to the first view in the benchmark. The corridor countries keep a line.
        id: 'context-fill',
        type: 'fill',
        source: 'context',
        paint: { 'fill-color': mapColour.context, 'fill-outline-color': mapColour.contextBorder },
      },
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': mapColour.corridorCountry, 'fill-antialias': false },
      },
      {
        id: 'countries-selected',
        type: 'fill',
        source: 'countries',
        filter: MATCH_NOTHING as never,
        paint: { 'fill-color': mapColour.selectedCountry, 'fill-antialias': false },
      },
      {
        id: 'countries-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': mapColour.corridorBorder, 'line-width': mapMarks.corridorBorderWidth },
      },
      {
        id: 'corridor-selected',
        type: 'line',
        source: 'corridor',
        filter: MATCH_NOTHING as never,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': mapColour.selection,
          'line-width': corridorWidth(corridorLine.selection.widthScale),
          'line-opacity': corridorLine.selection.opacity,
        },
      },
      {
        // The superseded 2021 plan: thinner, dotted, and only shown where it is the subject.
        id: 'corridor-alternative',
        type: 'line',
        source: 'corridor',
        filter: today['corridor-alternative'],
        layout: { 'line-cap': 'round', visibility: 'none' },
        paint: {
          'line-color': colour.corridor,
          'line-width': corridorWidth(corridorLine.alternative.widthScale),
          'line-opacity': corridorLine.alternative.opacity,
          'line-dasharray': [...corridorLine.alternative.dash],
        },
      },
      {
        // A white edge under the whole main route: it parts the line from borders and land.
        id: 'corridor-casing',
        type: 'line',
        source: 'corridor',
        filter: today['corridor-casing'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': colour.white, 'line-width': corridorWidth(1, 2 * corridorLine.casing) },
      },
      {
        id: 'corridor-operating',
        type: 'line',
        source: 'corridor',
        filter: today['corridor-operating'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': colour.corridor, 'line-width': corridorWidth() },
      },
      {
        id: 'corridor-planned',
        type: 'line',
        source: 'corridor',
        filter: today['corridor-planned'],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': colour.corridor,
          'line-width': corridorWidth(),
          'line-dasharray': plannedDash(1),
        },
      },
      ...(['operating', 'planned'] as const).map((status): LayerSpecification => ({
        // Approximate: a pale stripe down the middle, dashed with the line where it is planned.
        id: `corridor-approximate-${status}`,
        type: 'line',
        source: 'corridor',
        filter: today[`corridor-approximate-${status}`],
        layout: status === 'operating' ? { 'line-cap': 'round', 'line-join': 'round' } : { 'line-join': 'round' },
        paint: {
          'line-color': corridorLine.approximate.colour,
          'line-width': corridorWidth(corridorLine.approximate.stripeScale),
          ...(status === 'planned' && { 'line-dasharray': plannedDash(corridorLine.approximate.stripeScale) }),
        },
      })),
      arrows(0),
      arrows(1),
      {
        // Invisible and wide: a line a few pixels thick is hard to hit with a finger.
        id: 'corridor-hit',
        type: 'line',
        source: 'corridor',
        filter: today['corridor-hit'],
        // Opacity 0, not a transparent colour: MapLibre skips drawing it but still answers queries.
        paint: { 'line-color': colour.ink, 'line-opacity': 0, 'line-width': corridorLine.hitWidth },
      },
      {
        id: 'corridor-alternative-hit',
        type: 'line',
        source: 'corridor',
        filter: today['corridor-alternative-hit'],
        layout: { visibility: 'none' },
        paint: { 'line-color': colour.ink, 'line-opacity': 0, 'line-width': corridorLine.hitWidth },
      },
      // Under the stops' dots: where a crossing lies close to a main stop (Saryagash by Tashkent,
      // Hairatan by Termez), the stop stays whole.
      ...crossingLayers(palette),
      ...stopLayers(palette),
    ],
  };
}
