import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const MAP_CONTEXT = Symbol('corridor-map');

/** What child components of the map need: the map once it exists. */
export interface MapContext {
  readonly map: MapLibreMap | undefined;
}

export function setMapContext(context: MapContext): void {
  setContext(MAP_CONTEXT, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(MAP_CONTEXT);
  if (!context) throw new Error('getMapContext: this component must be placed inside <MapView>');
  return context;
}
