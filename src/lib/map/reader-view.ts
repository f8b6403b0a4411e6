import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Box } from '../../../geo/contract';
import type { Subject } from '../../content/subject';
import { motion } from '../../theme/tokens';
import { prefersReducedMotion } from '../ui/media';
import type { Side } from './camera';
import type { Padding } from './layout';

/**
 * Whether the reader has moved the map (dragged, zoomed, used the zoom buttons) since the page last
 * framed it for them (the first view, a chapter, a selection, Reset view). A resize frames again only
 * a map the reader has not moved. Plain state: read and written from MapLibre's events.
 */
export class ReaderView {
  moved = false;
  /** What the page last framed: the whole corridor (the first view), a chapter's or a selection's subject. */
  framed: Subject | 'corridor' = 'corridor';
  /** Whether the camera went to what it framed (a place chosen beside the map), or only made room beside the first view. */
  closer = false;
  /**
   * On a wide map, the side of the framed selection where the camera made room for its popup
   * (SelectionPopup opens it there): the west, unless the map's edge left none.
   */
  side: Side = 'west';
}

/**
 * Back to the first view, as the reader asked (Reset view, the locator): the click is the move's
 * event, so the story knows the reader took the map over, and the view is theirs to have framed again.
 */
export function showWhole(map: MapLibreMap, overview: Box, padding: Padding, view: ReaderView, event: Event): void {
  map.fitBounds(
    overview,
    { padding, duration: prefersReducedMotion() ? 0 : motion.flightMs / 3 },
    { originalEvent: event },
  );
  view.moved = false;
}
