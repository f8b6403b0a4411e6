import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/**
 * Turns a map drawn in one theme into another without making it again: every paint property whose
 * value differs between the two themes' styles is set on the layer the map has. Only colours differ
 * between themes, so what other components set at run time (filters, opacities) is left as it is,
 * and so are the layers they added.
 */
export function repaint(map: MapLibreMap, from: StyleSpecification, to: StyleSpecification): void {
  const before = new Map(from.layers.map((layer) => [layer.id, layer]));
  for (const layer of to.layers) {
    if (!('paint' in layer) || !layer.paint || !map.getLayer(layer.id)) continue;
    const old = before.get(layer.id);
    const oldPaint = (old && 'paint' in old ? old.paint : undefined) as Record<string, unknown> | undefined;
    for (const [property, value] of Object.entries(layer.paint)) {
      if (JSON.stringify(oldPaint?.[property]) === JSON.stringify(value)) continue;
      map.setPaintProperty(layer.id, property as never, value as never);
    }
  }
}
