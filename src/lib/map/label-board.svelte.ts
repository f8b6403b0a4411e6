import type { NativeName } from '../../content/native';

/** A name drawn over the map: its point, and where its box's top-left corner sits from it, in px. */
export interface PlacedName {
  kind: 'country' | 'stop' | 'neighbour' | 'sea' | 'route';
  text: string;
  native?: NativeName[];
  at: [number, number];
  offset: [number, number];
}

/**
 * Where MapLabels last put the names: what a saved or printed figure draws over the map's pixels, and
 * the side of its dot each place's name takes (the place markers and the figure follow it).
 */
export class LabelBoard {
  names = $state.raw<PlacedName[]>([]);
  sides = $state.raw<Record<string, 'left' | 'right'>>({});
}
