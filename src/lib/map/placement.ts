/**
 * Where the names over the map go: a greedy placement in order of importance, as cartographers and
 * map renderers do it. Each name takes its first candidate box that lies inside the map and clear of
 * the corridor, of every marker and control, and of the names placed before it; a name with no such
 * box waits for the reader to zoom in. Pure geometry in CSS pixels; the page measures and projects.
 */

/** A box on the map, in CSS px from its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line on the map as the points it runs through, in px. */
export type Polyline = Array<[number, number]>;

/**
 * A name to place, with the boxes it may take, in order of preference; a stop's name, its dot. A
 * `required` name (a place of the article) is never left out: with no clear box it takes that one.
 */
export interface LabelItem {
  id: string;
  candidates: Rect[];
  dot?: Rect;
  required?: number;
}

/**
 * What no name may cover, and the area every name must lie inside. A stop's name keeps further off
 * other stops' dots (`DOT_GAP`): a name beside another stop's dot reads as that stop's name.
 */
export interface Obstacles {
  boxes: Rect[];
  dots: Rect[];
  lines: Polyline[];
  within: Rect;
}

/** Room kept between a name and anything it must not touch, in px. */
export const LABEL_GAP = 2;
/** Room kept between a stop's name and another stop's dot. */
export const DOT_GAP = 6;

/** The box grown by `by` px on every side. */
export const inflate = (rect: Rect, by: number): Rect => ({
  x: rect.x - by,
  y: rect.y - by,
  width: rect.width + 2 * by,
  height: rect.height + 2 * by,
});

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether `inner` lies wholly inside `outer`. */
export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** Whether the straight piece from `a` to `b` passes through the box (Liang–Barsky clipping). */
export function segmentCrosses(rect: Rect, a: [number, number], b: [number, number]): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let enter = 0;
  let leave = 1;
  const edges: Array<[number, number]> = [
    [-dx, a[0] - rect.x],
    [dx, rect.x + rect.width - a[0]],
    [-dy, a[1] - rect.y],
    [dy, rect.y + rect.height - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) enter = Math.max(enter, t);
      else leave = Math.min(leave, t);
      if (enter > leave) return false;
    }
  }
  return true;
}

/** Whether a line passes through the box anywhere. */
export function lineCrosses(rect: Rect, line: Polyline): boolean {
  for (let i = 1; i < line.length; i++) if (segmentCrosses(rect, line[i - 1]!, line[i]!)) return true;
  return line.length === 1 && segmentCrosses(rect, line[0]!, line[0]!);
}

/**
 * Places the names in the order given (most important first). Returns, for each id, the index of
 * the candidate it takes, or undefined where none is clear.
 */
export function placeLabels(
  items: LabelItem[],
  obstacles: Obstacles,
  gap = LABEL_GAP,
): Map<string, number | undefined> {
  const placed: Rect[] = [];
  const result = new Map<string, number | undefined>();
  for (const item of items) {
    const index = item.candidates.findIndex((candidate) => {
      if (!contains(obstacles.within, candidate)) return false;
      const room = inflate(candidate, gap);
      const away = inflate(candidate, item.dot ? DOT_GAP : gap);
      return (
        !placed.some((other) => overlaps(room, other)) &&
        !obstacles.boxes.some((box) => overlaps(room, box)) &&
        !obstacles.dots.some((dot) => dot !== item.dot && overlaps(away, dot)) &&
        !obstacles.lines.some((line) => lineCrosses(room, line))
      );
    });
    const taken = index >= 0 ? index : item.required;
    result.set(item.id, taken);
    if (taken !== undefined) placed.push(item.candidates[taken]!);
  }
  return result;
}

/**
 * A point name's boxes around its dot, each `gap` px clear of a dot of `radius` px, in the order
 * cartographers prefer: right, left, above, below, then the four corners (above right first).
 */
export function besideDot(
  at: [number, number],
  radius: number,
  size: { width: number; height: number },
  gap = 3,
): Rect[] {
  const [x, y] = at;
  const { width, height } = size;
  const off = radius + gap;
  // The corners sit as close as the dot's round edge allows: its radius along the diagonal.
  const corner = (radius + gap) * Math.SQRT1_2;
  return [
    { x: x + off, y: y - height / 2, width, height },
    { x: x - off - width, y: y - height / 2, width, height },
    { x: x - width / 2, y: y - off - height, width, height },
    { x: x - width / 2, y: y + off, width, height },
    { x: x + corner, y: y - corner - height, width, height },
    { x: x - corner - width, y: y - corner - height, width, height },
    { x: x + corner, y: y + corner, width, height },
    { x: x - corner - width, y: y + corner, width, height },
  ];
}

/** A box of `size` centred on a point. */
export const centredOn = ([x, y]: [number, number], size: { width: number; height: number }): Rect => ({
  x: x - size.width / 2,
  y: y - size.height / 2,
  ...size,
});
