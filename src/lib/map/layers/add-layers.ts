import type { AddLayerObject, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';

/**
 * Adds a source and its layers, and returns the undo: layers and source removed again, each only
 * if it still exists (the map may already be gone).
 */
export function addSourceWithLayers(
  map: MapLibreMap,
  sourceId: string,
  source: SourceSpecification,
  layers: AddLayerObject[],
): () => void {
  map.addSource(sourceId, source);
  for (const layer of layers) map.addLayer(layer);
  return () => {
    if (!map.style) return;
    for (const layer of [...layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(sourceId)) map.removeSource(sourceId);
  };
}
