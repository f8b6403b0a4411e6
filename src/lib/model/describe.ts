import { ui } from '../../content/ui';
import type { Theme } from '../../theme/tokens';
import { formatKm, sourceDate } from '../ui/format';
import { corridorCountries, type Catalogue, type CataloguedSegment } from './catalogue';
import { routesDrawn } from './compared';
import { corridorFacts } from './facts';
import type { Selection } from './selection';
import { segmentDrawn, supersededDrawn, type Drawn } from './timeline';

/**
 * What the map shows besides its first view: a selection, a date of the timeline, a compared route;
 * and the theme it is drawn in (light where not said), which a saved or printed figure follows.
 */
export interface Shown {
  selection: Selection | null;
  month: string | null;
  route: string | null;
  theme?: Theme;
}

/** "A, B and C". */
export function listOf(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${ui.describe.and} ${names.at(-1)}`;
}

/**
 * The map told in words, from the same data that draws it: the corridor's length and countries in
 * order, what runs and what is planned (at the date shown), the marked places, a compared route and
 * the selection. An exported image's alt text, and the map region's description for screen readers.
 */
export function describeMap(catalogue: Catalogue, shown: Shown): string {
  const { main } = corridorFacts;
  const drawnRoutes = routesDrawn(shown.route).map((route) => route.content.name);
  const selected = selectedWords(catalogue, shown);
  return [
    ui.describe.corridor(
      formatKm(main.totalKm, main.approximate.total),
      listOf(corridorCountries.map((country) => country.name)),
    ),
    lineWords(catalogue, shown),
    ui.describe.places(listOf(catalogue.places.map((place) => place.content.name))),
    ...(drawnRoutes.length ? [ui.describe.beside(listOf(drawnRoutes))] : []),
    ...(selected ? [ui.describe.selected(selected)] : []),
  ].join(' ');
}

/** What the line shows today or at the date: the km that run, the stretches planned and a ghost, in route order. */
function lineWords(catalogue: Catalogue, { selection, month }: Shown): string {
  // A ghost is drawn only at a date that has one, or today with the selections that show it.
  const drawn = (segment: CataloguedSegment): Drawn => {
    const state = segmentDrawn(segment, month);
    return state === 'superseded' && !supersededDrawn(selection, month) ? 'absent' : state;
  };
  const today = month === null;
  const parts: string[] = [];
  const operating = catalogue.segments.filter((segment) => drawn(segment) === 'operating');
  if (operating.length) parts.push(ui.describe.operating(lengthOf(operating), today));
  const planned = catalogue.segments.filter((segment) => drawn(segment) === 'planned');
  if (planned.length) parts.push(ui.describe.planned(lengthOf(planned), chainsOf(catalogue, planned), today));
  const ghost = catalogue.segments.filter((segment) => drawn(segment) === 'superseded');
  if (ghost.length) parts.push(ui.describe.superseded(chainsOf(catalogue, ghost)));
  const sentence = `${parts.join('; ')}.`;
  const said = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return today ? said : `${ui.describe.asOf(sourceDate(month, 'long'))} ${parts.length ? sentence : ''}`.trim();
}

const lengthOf = (segments: CataloguedSegment[]) =>
  formatKm(
    segments.reduce((sum, segment) => sum + segment.properties.lengthKm, 0),
    segments.some((segment) => segment.properties.alignment === 'assumed'),
  );

/**
 * Stretches that meet, joined end to end through their main stops and border stations, as the map names
 * them at every zoom ("Naibabad → Kabul → Torkham → Peshawar"); stretches apart after a semicolon.
 */
function chainsOf(catalogue: Catalogue, segments: CataloguedSegment[]): string {
  const named = new Set(catalogue.stops.filter((stop) => stop.major || stop.border).map((stop) => stop.id));
  const chains: string[][] = [];
  for (const segment of segments) {
    const through = segment.properties.via.filter((id) => named.has(id)).map((id) => catalogue.point(id)?.name ?? id);
    const last = chains.at(-1);
    if (last && last.at(-1) === segment.from) last.push(...through, segment.to);
    else chains.push([segment.from, ...through, segment.to]);
  }
  return chains.map((chain) => chain.join(' → ')).join('; ');
}

/** The selection, named with its first dated line or its length. */
function selectedWords(catalogue: Catalogue, { selection, month }: Shown): string | undefined {
  const view = catalogue.view(selection);
  if (!view) return undefined;
  switch (view.kind) {
    case 'place':
      return [view.place.content.name, view.place.content.dated[0]?.text].filter(Boolean).join('. ');
    case 'country':
      return ui.describe.country(view.country.content.name, formatKm(view.country.lengthKm, view.country.approximate));
    case 'segment': {
      const { segment } = view;
      const state = segmentDrawn(segment, month);
      const km = formatKm(segment.properties.lengthKm, segment.properties.alignment === 'assumed');
      return ui.describe.segment(segment.from, segment.to, ui.status[state].toLowerCase(), km);
    }
    case 'crossing':
      return [view.crossing.content.name, view.crossing.content.facts[0]?.text].filter(Boolean).join('. ');
  }
}
