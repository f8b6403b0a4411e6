import type { Subject } from '../../content/subject';

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
}
