import { countries } from '../../content/countries';
import { places } from '../../content/places';
import { segments } from '../../content/segments';
import { findPlace, type MapData } from '../data';
import { corridorFacts } from '../facts';
import { middleOf } from '../geometry';
import type { Selection } from '../selection';

/**
 * What a selection shows (its content and where its popup points), or undefined when the content
 * or the geo data does not know it. The popup and the printed figure both show this.
 */
export function selectionView(current: Selection | null, data: MapData, anchor?: [number, number] | null) {
  if (current?.kind === 'place') {
    const content = places.find((place) => place.id === current.id);
    const point = findPlace(data.places, current.id);
    if (content && point)
      return { kind: 'place', content, at: point.geometry.coordinates as [number, number] } as const;
  } else if (current?.kind === 'country') {
    const content = countries.find((country) => country.id === current.id);
    const label = data.labels.features.find((feature) => feature.properties.country === current.id);
    const lengthKm = corridorFacts.main.byCountry[current.id] ?? 0;
    if (content && label) {
      const at = anchor ?? (label.geometry.coordinates as [number, number]);
      return { kind: 'country', content, lengthKm, at } as const;
    }
  } else if (current?.kind === 'segment') {
    const content = segments.find((segment) => segment.id === current.id);
    const line = data.corridor.features.find((segment) => segment.id === current.id);
    if (content && line) {
      const at = anchor ?? middleOf(line.geometry.coordinates);
      return { kind: 'segment', content, segment: line.properties, at } as const;
    }
  }
  return undefined;
}

export type SelectionView = NonNullable<ReturnType<typeof selectionView>>;
