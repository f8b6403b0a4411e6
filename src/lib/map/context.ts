import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const MAP_CONTEXT = Symbol('corridor-map');

/** What child components of the map need: the map, and a way to say the view is changing. */
export interface MapContext {
  readonly map: MapLibreMap | undefined;
  /** Marks the map busy until its next `idle`: call it after any change a test should wait for. */
  settle(): void;
  /**
   * Marks the map busy while something is on its way that idle cannot see (a click waiting for a
   * second): each hold(true) is matched by one hold(false).
   */
  hold(busy: boolean): void;
}

export function setMapContext(context: MapContext): void {
  setContext(MAP_CONTEXT, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(MAP_CONTEXT);
  if (!context) throw new Error('getMapContext: this component must be placed inside <MapView>');
  return context;
}

/** The map, for components that render only once it exists (MapView renders its children then). */
export function useMap(): MapLibreMap {
  const map = getMapContext().map;
  if (!map) throw new Error('useMap: the map is not created yet; render this inside <MapView>');
  return map;
}
