import type { SegmentStatus } from '../../../geo/contract';
import { ui } from '../../content/ui';
import { formatKm } from '../ui/format';
import { countryContent, type Catalogue } from './catalogue';

/**
 * The route as a keyboard walks it (the map focused, the arrow keys): every stop from Minsk to Karachi
 * on the main route, with how far along the line it lies and what the line is either side of it.
 */
export interface WalkStop {
  id: string;
  name: string;
  at: [number, number];
  country: string;
  /** A border station's two countries. */
  border?: string[];
  /** Along the line from Minsk, straight between stops, as geo/ measures the stretches' lengths. */
  km: number;
  /** Whether any of the line up to here runs along a path no source names: the distance is then approximate. */
  approximate: boolean;
  /** The stretch that arrives here and the one that leaves (none at the ends). */
  before?: { status: SegmentStatus; gauge: number };
  after?: { status: SegmentStatus; gauge: number };
}

/** The Earth's mean radius, as Turf measures the stretches at build time (geo/lib/route.ts). */
const EARTH_KM = 6371.0088;

/** Great-circle distance between two points, in km. */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLng = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * The stops of the main route in order, each stretch's line running through its stops as its vertices
 * (`from`, `via`, `to`). An error names the stretch whose line and stops disagree.
 */
export function routeWalk(catalogue: Catalogue): WalkStop[] {
  const stops: WalkStop[] = [];
  let km = 0;
  let approximate = false;
  for (const segment of catalogue.segments.filter((each) => !each.properties.alternative)) {
    const { from, via, to, status, gauge, alignment } = segment.properties;
    const ids = [from, ...via, to];
    if (ids.length !== segment.line.length)
      throw new Error(
        `geo/corridor.geojson: ${segment.id}: ${segment.line.length} vertices for ${ids.length} stops; the walk needs one per stop`,
      );
    const line = { status, gauge };
    if (stops.length === 0) stops.push(stopAt(catalogue, from, 0, false, undefined, line));
    else stops[stops.length - 1]!.after = line;
    approximate ||= alignment === 'assumed';
    for (let i = 1; i < ids.length; i++) {
      km += distanceKm(segment.line[i - 1]!, segment.line[i]!);
      stops.push(stopAt(catalogue, ids[i]!, km, approximate, line, i < ids.length - 1 ? line : undefined));
    }
  }
  return stops;
}

function stopAt(
  catalogue: Catalogue,
  id: string,
  km: number,
  approximate: boolean,
  before: WalkStop['before'],
  after: WalkStop['after'],
): WalkStop {
  const point = catalogue.point(id);
  if (!point) throw new Error(`geo/places.geojson: ${id}: a stop of the corridor has no point`);
  return { ...point, km, approximate, ...(before && { before }), ...(after && { after }) };
}

const countryName = (id: string) => countryContent(id)?.name ?? id;
const stateWord = (status: SegmentStatus) => ui.status[status].toLowerCase();

/** What a screen reader says at a stop: the place, its country, the km from Minsk, the line's status and gauge. */
export function announce(stop: WalkStop): string {
  const where = stop.border
    ? ui.walk.border(countryName(stop.border[0]!), countryName(stop.border[1]!))
    : countryName(stop.country);
  const { before, after } = stop;
  const state = !before
    ? ui.walk.start(stateWord(after!.status))
    : !after
      ? ui.walk.end(stateWord(before.status))
      : before.status === after.status
        ? ui.walk.on(stateWord(before.status))
        : ui.walk.change(stateWord(before.status), stateWord(after.status));
  const gauge =
    before && after && before.gauge !== after.gauge
      ? ui.walk.gaugeChange(before.gauge, after.gauge)
      : ui.walk.gauge((before ?? after)!.gauge);
  return ui.walk.step(stop.name, where, before ? formatKm(stop.km, stop.approximate) : null, state, gauge);
}
