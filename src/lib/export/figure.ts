import type { NativeName } from '../../content/native';
import { ui } from '../../content/ui';
import { calloutPlace } from './presets';
import type { Callout } from '../model/callout';
import { quoted } from '../ui/format';
import { nameSide } from '../map/name-side';
import { drawCrossingMark } from '../map/crossing-marks';
import {
  legendGroups,
  legendMarks,
  legendPoints,
  supersededLine,
  comparedLines,
  type LegendLine,
  type LegendMark,
  type LegendPoint,
} from '../ui/key/key';
import { directionOf } from '../ui/names/direction';
import {
  countryLabel,
  credits,
  figure,
  font as fonts,
  key,
  mapNames,
  marker,
  palettes,
  shadow,
  type Palette,
} from '../../theme/tokens';

/** Something named on the map, where it is drawn (CSS pixels from the map's top left). */
export interface FigureLabel {
  at: [number, number];
  name: string;
  native: NativeName[];
}

/** A stop's, a neighbour's, a sea's or a compared route's name, by its box's top-left corner. */
export interface FigureName {
  kind: 'stop' | 'neighbour' | 'sea' | 'route';
  text: string;
  at: [number, number];
}

export interface FigurePlace extends FigureLabel {
  selected: boolean;
  /** The side of its dot the page put its name on; where unknown, the side with room. */
  side?: 'left' | 'right';
}

/** Everything a figure shows: the map's own pixels, and what the page draws over it as HTML. */
export interface FigureInput {
  /** The map as drawn, `scale` device pixels per CSS pixel. */
  map: CanvasImageSource;
  /** The map box in CSS pixels. */
  width: number;
  height: number;
  scale: number;
  countryLabels: FigureLabel[];
  countryLabelSize: number;
  names: FigureName[];
  places: FigurePlace[];
  /** Whether the map draws the superseded 2021 variant: the key then shows it too. */
  superseded: boolean;
  /** Whether the map draws a compared route: the key then shows its two lines. */
  compared: boolean;
  title: string;
  subtitle: string;
  attribution: string;
  /**
   * Whether the figure sets its own title and credits: a printed sheet sets them once, as text, beside
   * the figure (PrintFigure), and the figure leaves them out.
   */
  chrome?: boolean;
  /**
   * What the selection says, in a box on the right: at the top or the foot (`place`, for a figure laid
   * out at a publishing size), or at the top unless `anchor` (the selection, in CSS pixels) is under it.
   */
  callout?: Callout & { anchor?: [number, number]; place?: 'top' | 'band' };
  /** The map image's height, where a band under it (a tall figure's callout) takes the rest. */
  mapHeight?: number;
  /** Where the key goes: bottom left, as on the page, or top right under the title in a tall figure. */
  keyAt?: 'bottom-left' | 'top-right';
  /** The theme's colours, as the page shows them (light by default). */
  palette?: Palette;
}

const { margin: MARGIN, padding: PADDING } = figure;

/**
 * The theme the figure is being drawn in: set by drawFigure for the one synchronous drawing it does,
 * read by the helpers it calls.
 */
let theme: Palette = palettes.light;

/** The light theme's colour for a role (the key's lists are written in it), as the theme drawn in gives it. */
function themed(value: string): string {
  const light = palettes.light;
  for (const group of ['colour', 'map'] as const)
    for (const [role, held] of Object.entries(light[group]))
      if (held === value) return (theme[group] as Record<string, string>)[role]!;
  return value;
}

/**
 * Draws the figure an export saves and a print shows: the map, its country names and places, a
 * title, the key and the attribution, laid out as the page lays them out, `scale` times as sharp.
 * Synchronous, so a print can draw it in the moment before the page is printed; the fonts must be
 * loaded (they are, once the page shows the same text).
 */
export function drawFigure(canvas: HTMLCanvasElement, input: FigureInput): void {
  theme = input.palette ?? palettes.light;
  const { width, height, scale } = input;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('drawFigure: this browser gives no 2D canvas to draw the figure on');
  context.scale(scale, scale);
  // Text is placed by its left edge, whatever its direction: 'start' would be the right edge of
  // right-to-left names.
  context.textAlign = 'left';
  const mapHeight = input.mapHeight ?? height;
  context.fillStyle = theme.map.sea;
  context.fillRect(0, 0, width, mapHeight);
  context.drawImage(input.map, 0, 0, width, mapHeight);
  if (mapHeight < height) {
    context.fillStyle = theme.colour.white;
    context.fillRect(0, mapHeight, width, height - mapHeight);
  }

  for (const name of input.names) drawName(context, name);
  for (const label of input.countryLabels) drawCountryLabel(context, label, input.countryLabelSize);
  for (const place of input.places) drawPlace(context, place, input);

  if (input.chrome === false) return drawKey(context, input, height - MARGIN);
  const attributionTop = drawAttribution(context, input);
  const titleFoot = drawTitle(context, input);
  // A tall figure's key goes top right, under the title, over the empty north: its foot is the callout's.
  if (input.keyAt === 'top-right') drawKey(context, input, attributionTop, titleFoot);
  else drawKey(context, input, mapHeight < height ? mapHeight : attributionTop);
  if (input.callout) drawCallout(context, input.callout, input.width, attributionTop, input.mapHeight);
}

function font(weight: number, size: number): string {
  return `${weight} ${size}px ${fonts.sans}`;
}

/** Breaks text into lines no wider than `maxWidth`, at spaces. */
export function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Native names side by side, left to right as the page's isolated spans show them, each shaped in
 * its own direction (two right-to-left names must not swap places). Returns the width drawn.
 */
function drawNames(
  context: CanvasRenderingContext2D,
  names: NativeName[],
  x: number,
  y: number,
  paint: (text: string, x: number, y: number) => void,
): number {
  let left = x;
  names.forEach((name, i) => {
    const parts = i > 0 ? [' · ', name.text] : [name.text];
    for (const [j, text] of parts.entries()) {
      context.direction = j === parts.length - 1 ? directionOf(name) : 'ltr';
      paint(text, left, y);
      left += context.measureText(text).width;
    }
  });
  context.direction = 'ltr';
  return left - x;
}

function namesWidth(context: CanvasRenderingContext2D, names: NativeName[]): number {
  const text = names.map((name) => name.text).join(' · ');
  return context.measureText(text).width;
}

/** The names' line height, as the page sets them (MapLabels). */
const NAME_LINE = 1.2;

/** A stop's, a neighbour's, a sea's or a route's name, set as the page sets it. */
function drawName(context: CanvasRenderingContext2D, name: FigureName): void {
  const [x, y] = name.at;
  context.save();
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  let size: number;
  let text = name.text;
  if (name.kind === 'stop' || name.kind === 'route') {
    // Over a white halo: a stop's name in the labels' ink, a compared route's in its colour.
    size = mapNames[name.kind].size;
    context.font = font(mapNames[name.kind].weight, size);
    context.fillStyle = name.kind === 'route' ? theme.colour.compared : theme.map.label;
    context.strokeStyle = theme.colour.white;
    context.lineWidth = figure.haloWidth;
    context.strokeText(text, x, y + (size * NAME_LINE) / 2);
  } else if (name.kind === 'neighbour') {
    size = mapNames.neighbour.size;
    text = text.toUpperCase();
    context.font = font(fonts.regular, size);
    context.letterSpacing = `${mapNames.neighbour.letterSpacing * size}px`;
    context.fillStyle = theme.map.countryLabel;
  } else {
    size = mapNames.sea.size;
    context.font = `italic ${font(fonts.regular, size)}`;
    context.fillStyle = theme.map.seaLabel;
  }
  context.fillText(text, x, y + (size * NAME_LINE) / 2);
  context.restore();
}

function drawCountryLabel(context: CanvasRenderingContext2D, label: FigureLabel, size: number): void {
  const [x, y] = label.at;
  const nativeSize = size * countryLabel.nativeScale;
  const { lineHeight } = countryLabel;
  const hasNative = label.native.length > 0;
  const total = size * lineHeight + (hasNative ? nativeSize * lineHeight : 0);
  const top = y - total / 2;
  const halo = (text: string, tx: number, ty: number) => {
    context.strokeText(text, tx, ty);
    context.fillText(text, tx, ty);
  };
  context.save();
  context.textBaseline = 'middle';
  context.fillStyle = theme.map.countryLabel;
  context.strokeStyle = theme.colour.white;
  context.lineWidth = figure.haloWidth;
  context.lineJoin = 'round';

  context.font = font(fonts.regular, size);
  context.letterSpacing = `${countryLabel.letterSpacing * size}px`;
  const name = label.name.toUpperCase();
  // Letter spacing adds space after the last letter too, as on the page.
  const nameWidth = context.measureText(name).width;
  halo(name, x - nameWidth / 2, top + (size * lineHeight) / 2);

  if (hasNative) {
    context.font = font(fonts.regular, nativeSize);
    context.letterSpacing = '0px';
    const width = namesWidth(context, label.native);
    drawNames(context, label.native, x - width / 2, top + size * lineHeight + (nativeSize * lineHeight) / 2, halo);
  }
  context.restore();
}

/** A place as its marker shows it: a ringed dot, and its names on a label beside it. */
function drawPlace(context: CanvasRenderingContext2D, place: FigurePlace, input: FigureInput): void {
  const [x, y] = place.at;
  const half = marker.dot / 2;
  const { label } = marker;
  context.save();
  // The dot: a white ring with a dark rim.
  context.beginPath();
  context.arc(x, y, half + marker.rim, 0, Math.PI * 2);
  context.fillStyle = theme.colour.ink;
  context.fill();
  context.beginPath();
  context.arc(x, y, half, 0, Math.PI * 2);
  context.fillStyle = theme.colour.white;
  context.fill();
  context.beginPath();
  context.arc(x, y, half - marker.ring, 0, Math.PI * 2);
  context.fillStyle = place.selected ? theme.colour.highlight : theme.colour.ink;
  context.fill();

  // The label: the English name, then the native names a little smaller.
  context.textBaseline = 'middle';
  context.font = font(label.weight, label.size);
  const nameWidth = context.measureText(`${place.name} `).width;
  context.font = font(fonts.regular, label.nativeSize);
  const nativeWidth = namesWidth(context, place.native);
  // The label's line is as high as its text (line-height 1), padded above and below.
  const boxHeight = label.size + 2 * label.padY;
  const boxWidth = label.padX * 2 + nameWidth + label.nativeGap + nativeWidth;
  // Beside the dot, on the side the marker on the page has it: half the dot, a gap, the label.
  const reach = half + marker.gap + boxWidth;
  // As the page's marker: the placed side, unless the map's edge would cut the name there.
  const onLeft = nameSide(x, reach, input.width) === 'left' || place.side === 'left';
  const left = onLeft ? x - reach : x + half + marker.gap;
  context.shadowColor = shadow.label.colour;
  context.shadowBlur = shadow.label.blur;
  context.shadowOffsetY = shadow.label.y;
  context.fillStyle = place.selected ? theme.colour.ink : theme.veil.label;
  context.beginPath();
  context.roundRect(left, y - boxHeight / 2, boxWidth, boxHeight, label.radius);
  context.fill();
  context.shadowColor = 'transparent';

  context.fillStyle = place.selected ? theme.colour.white : theme.colour.ink;
  context.font = font(label.weight, label.size);
  context.fillText(place.name, left + label.padX, y);
  context.font = font(fonts.regular, label.nativeSize);
  context.globalAlpha = label.nativeOpacity;
  drawNames(context, place.native, left + label.padX + nameWidth + label.nativeGap, y, (t, tx, ty) =>
    context.fillText(t, tx, ty),
  );
  context.restore();
}

/** The attribution along the bottom, as on the page; returns where its band starts. */
function drawAttribution(context: CanvasRenderingContext2D, input: FigureInput): number {
  context.save();
  context.font = font(fonts.regular, credits.size);
  const lines = wrap(context, input.attribution, input.width - 2 * credits.padX);
  const lineHeight = credits.size * credits.lineHeight;
  const bandHeight = lines.length * lineHeight + 2 * credits.padY;
  const top = input.height - bandHeight;
  const bandWidth = Math.max(...lines.map((line) => context.measureText(line).width)) + 2 * credits.padX;
  context.fillStyle = theme.veil.credits;
  context.fillRect(input.width - bandWidth, top, bandWidth, bandHeight);
  context.fillStyle = theme.colour.ink;
  context.textBaseline = 'middle';
  lines.forEach((line, i) =>
    context.fillText(line, input.width - bandWidth + credits.padX, top + credits.padY + lineHeight * (i + 0.5)),
  );
  context.restore();
  return top;
}

/** A line of the callout, as set: its words, its font, its colour, its height and the gap above it. */
interface CalloutLine {
  text: string;
  font: string;
  colour: string;
  height: number;
  gapBefore: number;
}

/** The callout's lines wrapped to its box in a figure this wide, and the box's height. */
function calloutLines(
  context: CanvasRenderingContext2D,
  callout: Callout,
  boxWidth: number,
): { lines: CalloutLine[]; height: number } {
  const inner = boxWidth - 2 * PADDING;
  const { callout: style } = figure;
  const lines: CalloutLine[] = [];
  const add = (text: string, weight: number, size: number, ink: string, family: string, gap: number) => {
    const fontOf = `${weight} ${size}px ${family}`;
    context.font = fontOf;
    wrap(context, text, inner).forEach((line, i) =>
      lines.push({ text: line, font: fontOf, colour: ink, height: size * 1.35, gapBefore: i === 0 ? gap : 0 }),
    );
  };
  add(callout.title, fonts.bold, style.title, theme.colour.ink, fonts.sans, 0);
  if (callout.line) add(callout.line, fonts.regular, style.line, theme.colour.muted, fonts.sans, style.gap);
  if (callout.excerpt) {
    add(quoted(callout.excerpt.text), fonts.regular, style.quote, theme.colour.ink, fonts.serif, style.gap);
    add(`— ${callout.excerpt.attribution}`, fonts.regular, style.line, theme.colour.muted, fonts.sans, style.gap / 2);
  }
  return { lines, height: 2 * PADDING + lines.reduce((sum, line) => sum + line.height + line.gapBefore, 0) };
}

/** The band under a tall figure's map: the callout across the figure's width, and the credits under it. */
export function bandHeight(callout: Callout, width: number, attribution: string): number {
  const context = scratchContext();
  return (
    calloutLines(context, callout, width - 2 * MARGIN).height + MARGIN + creditsHeight(context, attribution, width)
  );
}

function scratchContext(): CanvasRenderingContext2D {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('figure: this browser gives no 2D canvas to measure the figure on');
  return context;
}

function creditsHeight(context: CanvasRenderingContext2D, attribution: string, width: number): number {
  context.font = font(fonts.regular, credits.size);
  return (
    wrap(context, attribution, width - 2 * credits.padX).length * credits.size * credits.lineHeight + 2 * credits.padY
  );
}

/**
 * The selection's callout, on the right: its name, its dated line and the article's words with whose
 * they are, wrapped to the box. At the top, unless it is placed at the foot or the selection itself is
 * up there; then above the credits.
 */
function drawCallout(
  context: CanvasRenderingContext2D,
  callout: NonNullable<FigureInput['callout']>,
  width: number,
  bottom: number,
  mapFoot?: number,
): void {
  context.save();
  const band = callout.place === 'band';
  const boxWidth = band ? width - 2 * MARGIN : calloutWidth(width);
  const { lines, height } = calloutLines(context, callout, boxWidth);
  const left = width - MARGIN - boxWidth;
  const [ax, ay] = callout.anchor ?? [-1, -1];
  const anchorUnder = ax >= left && ay >= MARGIN && ay <= MARGIN + height;
  const atTop = callout.place ? callout.place === 'top' : !anchorUnder;
  const top = band ? (mapFoot ?? bottom) + MARGIN / 2 : atTop ? MARGIN : Math.max(MARGIN, bottom - MARGIN - height);
  fillPanel(context, left, top, boxWidth, height);
  context.fillStyle = theme.colour.corridor;
  context.fillRect(left, top + figure.radius, figure.callout.rule, height - 2 * figure.radius);
  context.textBaseline = 'middle';
  let y = top + PADDING;
  for (const line of lines) {
    y += line.gapBefore;
    context.font = line.font;
    context.fillStyle = line.colour;
    context.fillText(line.text, left + PADDING, y + line.height / 2);
    y += line.height;
  }
  context.restore();
}

/** Room at a figure's sides for the names at the corridor's ends: Belarus's under Minsk, Beijing's beside its dot. */
const SIDE = 48;

/** The callout's width in a figure this wide. */
const calloutWidth = (width: number) => Math.min(figure.callout.maxWidth, figure.callout.share * width);

/** How wide the title's lines may run: clear of the callout, where there is one, on the right. */
function titleWidth(width: number, callout: boolean): number {
  const room = width - 2 * MARGIN - (callout ? calloutWidth(width) + MARGIN : 0);
  return Math.min(room, figure.title.maxWidth) - 2 * PADDING;
}

/**
 * The room the title (top), the callout (right in a wide figure: `calloutPlace`) and the credits (foot) take
 * from a figure of this size: a map made for the figure (capture.ts, presets) frames its view inside
 * it. Measured on a scratch canvas with the figure's own fonts and wrapping.
 */
export function overlayInsets(input: {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  attribution: string;
  callout?: Callout;
}): { top: number; right: number; bottom: number; left: number } {
  const context = scratchContext();
  const beside = !!input.callout && calloutPlace(input.width, input.height) === 'top';
  const maxWidth = titleWidth(input.width, beside);
  context.font = font(fonts.bold, figure.title.size);
  const titleLines = wrap(context, input.title, maxWidth).length;
  context.font = font(fonts.regular, figure.subtitle.size);
  const subtitleLines = wrap(context, input.subtitle, maxWidth).length;
  const titleHeight = titleLines * figure.title.line + subtitleLines * figure.subtitle.line + figure.titleInset * 2;
  return {
    top: 2 * MARGIN + titleHeight,
    right: beside ? 2 * MARGIN + calloutWidth(input.width) : SIDE,
    // A band under the map holds the credits: the map's own foot needs only a margin.
    bottom: input.callout && !beside ? MARGIN : MARGIN + creditsHeight(context, input.attribution, input.width),
    left: SIDE,
  };
}

/** A white panel with rounded corners, as the page's key and title boxes. */
function fillPanel(context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  context.fillStyle = theme.veil.label;
  context.beginPath();
  context.roundRect(x, y, width, height, figure.radius);
  context.fill();
}

/** The title and its credit line, top left; returns the box's foot. */
function drawTitle(context: CanvasRenderingContext2D, input: FigureInput): number {
  const { title, subtitle } = figure;
  context.save();
  const maxWidth = titleWidth(input.width, !!input.callout && input.callout.place !== 'band');
  context.font = font(fonts.bold, title.size);
  const titleLines = wrap(context, input.title, maxWidth);
  const titleWidths = titleLines.map((line) => context.measureText(line).width);
  context.font = font(fonts.regular, subtitle.size);
  const subtitleLines = wrap(context, input.subtitle, maxWidth);
  const subtitleWidths = subtitleLines.map((line) => context.measureText(line).width);
  const boxWidth = Math.max(...titleWidths, ...subtitleWidths) + 2 * PADDING;
  const boxHeight = titleLines.length * title.line + subtitleLines.length * subtitle.line + figure.titleInset * 2;
  fillPanel(context, MARGIN, MARGIN, boxWidth, boxHeight);
  context.fillStyle = theme.colour.ink;
  context.textBaseline = 'middle';
  let y = MARGIN + figure.titleInset;
  context.font = font(fonts.bold, title.size);
  for (const line of titleLines) {
    context.fillText(line, MARGIN + PADDING, y + title.line / 2);
    y += title.line;
  }
  context.font = font(fonts.regular, subtitle.size);
  for (const line of subtitleLines) {
    context.fillText(line, MARGIN + PADDING, y + subtitle.line / 2);
    y += subtitle.line;
  }
  context.restore();
  return MARGIN + boxHeight;
}

type KeyRow = { question: string } | { line: LegendLine } | { mark: LegendMark } | { point: LegendPoint };

/** The key's rows, as the page's key lists them, with the ghost's and the compared routes' where drawn. */
function keyRows(input: { superseded: boolean; compared: boolean }): KeyRow[] {
  return [
    ...legendGroups.flatMap((group) => [{ question: group.question }, ...group.lines.map((line) => ({ line }))]),
    ...(input.superseded ? [{ line: supersededLine }] : []),
    ...(input.compared ? comparedLines.map((line) => ({ line })) : []),
    ...legendMarks.map((mark) => ({ mark })),
    ...legendPoints.map((point) => ({ point })),
  ];
}

/** The key's height, its heading and its rows. */
const keyHeight = (input: { superseded: boolean; compared: boolean }) =>
  PADDING + figure.key.heading + keyRows(input).length * figure.key.row;

/** The key, bottom left above the attribution, drawn from the same lists as the key on the page. */
function drawKey(context: CanvasRenderingContext2D, input: FigureInput, bottom: number, under?: number): void {
  const { size, row, labelAt } = figure.key;
  const { symbol } = key;
  const rows = keyRows(input);
  const labelOf = (entry: KeyRow) =>
    'question' in entry
      ? entry.question
      : 'line' in entry
        ? entry.line.label
        : 'mark' in entry
          ? entry.mark.label
          : entry.point.label;
  const strokeLine = (strokes: LegendLine['strokes'], at: number, y: number) => {
    for (const stroke of strokes) {
      context.save();
      context.strokeStyle = themed(stroke.colour);
      context.globalAlpha = stroke.opacity;
      context.lineWidth = stroke.width;
      context.setLineDash(stroke.dash);
      context.lineCap = stroke.dash.length ? 'butt' : 'round';
      context.beginPath();
      context.moveTo(at + symbol.inset, y);
      context.lineTo(at + symbol.width - symbol.inset, y);
      context.stroke();
      context.restore();
    }
  };
  context.save();
  context.font = font(fonts.semibold, size);
  const width = Math.max(...rows.map((entry) => context.measureText(labelOf(entry)).width)) + labelAt + 2 * PADDING;
  const height = keyHeight(input);
  const left = under === undefined ? MARGIN : input.width - MARGIN - width;
  const top = under === undefined ? bottom - MARGIN - height : under + MARGIN;
  fillPanel(context, left, top, width, height);
  context.fillStyle = theme.colour.ink;
  context.textBaseline = 'middle';
  context.fillText(ui.key.summary, left + PADDING, top + figure.key.headingAt);
  context.font = font(fonts.regular, size);
  rows.forEach((entry, i) => {
    const y = top + figure.key.firstRowAt + row * i + row / 2 - 2;
    const at = left + PADDING;
    if ('question' in entry) {
      context.fillStyle = theme.colour.muted;
      context.fillText(entry.question, at, y);
      context.fillStyle = theme.colour.ink;
    } else if ('line' in entry) {
      strokeLine(entry.line.strokes, at, y);
      context.fillText(entry.line.label, at + labelAt, y);
    } else if ('mark' in entry) {
      strokeLine(entry.mark.line, at, y);
      drawCrossingMark(context, at + symbol.width / 2, y, entry.mark.gaugeBreak, true, theme);
      context.fillText(entry.mark.label, at + labelAt, y);
    } else {
      context.beginPath();
      context.arc(at + symbol.width / 2, y, entry.point.radius, 0, Math.PI * 2);
      context.fillStyle = themed(entry.point.fill);
      context.fill();
      context.lineWidth = entry.point.strokeWidth;
      context.strokeStyle = themed(entry.point.stroke);
      context.stroke();
      context.fillStyle = theme.colour.ink;
      context.fillText(entry.point.label, at + labelAt, y);
    }
  });
  context.restore();
}
