import { directionOf, type NativeName } from '../../content/native';
import { legendColour, legendLines, legendPoints } from '../legend';
import { nameSide } from '../map/name-side';
import { palette } from '../map/style';

/** Something named on the map, where it is drawn (CSS pixels from the map's top left). */
export interface FigureLabel {
  at: [number, number];
  name: string;
  native: NativeName[];
}

export interface FigurePlace extends FigureLabel {
  selected: boolean;
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
  places: FigurePlace[];
  title: string;
  subtitle: string;
  attribution: string;
  /** The page's colours for what CSS, not the map, paints: text, and a selected marker. */
  ink: string;
  highlight: string;
}

const FONT = '"Noto Sans", sans-serif';
const PANEL = 'rgb(255 255 255 / 0.92)';
const MARGIN = 12;

/**
 * Draws the figure an export saves and a print shows: the map, its country names and places, a
 * title, the key and the attribution, laid out as the page lays them out, `scale` times as sharp.
 * Synchronous, so a print can draw it in the moment before the page is printed; the fonts must be
 * loaded (they are, once the page shows the same text).
 */
export function drawFigure(canvas: HTMLCanvasElement, input: FigureInput): void {
  const { width, height, scale } = input;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('drawFigure: this browser gives no 2D canvas to draw the figure on');
  context.scale(scale, scale);
  // Text is placed by its left edge, whatever its direction: 'start' would be the right edge of
  // right-to-left names.
  context.textAlign = 'left';
  context.fillStyle = palette.sea;
  context.fillRect(0, 0, width, height);
  context.drawImage(input.map, 0, 0, width, height);

  for (const label of input.countryLabels) drawCountryLabel(context, label, input.countryLabelSize);
  for (const place of input.places) drawPlace(context, place, input);

  const attributionTop = drawAttribution(context, input);
  drawTitle(context, input);
  drawKey(context, input, attributionTop);
}

function font(weight: number, size: number): string {
  return `${weight} ${size}px ${FONT}`;
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

function drawCountryLabel(context: CanvasRenderingContext2D, label: FigureLabel, size: number): void {
  const [x, y] = label.at;
  const nativeSize = size * 0.85;
  const lineHeight = 1.2;
  const hasNative = label.native.length > 0;
  const total = size * lineHeight + (hasNative ? nativeSize * lineHeight : 0);
  const top = y - total / 2;
  const halo = (text: string, tx: number, ty: number) => {
    context.strokeText(text, tx, ty);
    context.fillText(text, tx, ty);
  };
  context.save();
  context.textBaseline = 'middle';
  context.fillStyle = palette.countryLabel;
  context.strokeStyle = palette.halo;
  context.lineWidth = 3;
  context.lineJoin = 'round';

  context.font = font(400, size);
  context.letterSpacing = `${0.12 * size}px`;
  const name = label.name.toUpperCase();
  // Letter spacing adds space after the last letter too, as on the page.
  const nameWidth = context.measureText(name).width;
  halo(name, x - nameWidth / 2, top + (size * lineHeight) / 2);

  if (hasNative) {
    context.font = font(400, nativeSize);
    context.letterSpacing = '0px';
    const width = namesWidth(context, label.native);
    drawNames(context, label.native, x - width / 2, top + size * lineHeight + (nativeSize * lineHeight) / 2, halo);
  }
  context.restore();
}

/** A place as its marker shows it: a ringed dot, and its names on a label beside it. */
function drawPlace(context: CanvasRenderingContext2D, place: FigurePlace, input: FigureInput): void {
  const [x, y] = place.at;
  context.save();
  // The dot: a white ring with a dark rim.
  context.beginPath();
  context.arc(x, y, 8, 0, Math.PI * 2);
  context.fillStyle = input.ink;
  context.fill();
  context.beginPath();
  context.arc(x, y, 7, 0, Math.PI * 2);
  context.fillStyle = '#ffffff';
  context.fill();
  context.beginPath();
  context.arc(x, y, 4, 0, Math.PI * 2);
  context.fillStyle = place.selected ? input.highlight : input.ink;
  context.fill();

  // The label: the English name, then the native names a little smaller.
  context.textBaseline = 'middle';
  context.font = font(600, 13);
  const nameWidth = context.measureText(`${place.name} `).width;
  context.font = font(400, 12);
  const nativeWidth = namesWidth(context, place.native);
  const padX = 6.4;
  const boxHeight = 19.4;
  const boxWidth = padX * 2 + nameWidth + 2.4 + nativeWidth;
  // Beside the dot, on the side the marker on the page has it: half the dot, a gap, the label.
  const reach = 7 + 4.8 + boxWidth;
  const left = nameSide(x, reach, input.width) === 'left' ? x - reach : x + 7 + 4.8;
  context.shadowColor = 'rgb(0 0 0 / 0.25)';
  context.shadowBlur = 2;
  context.shadowOffsetY = 1;
  context.fillStyle = place.selected ? input.ink : PANEL;
  context.beginPath();
  context.roundRect(left, y - boxHeight / 2, boxWidth, boxHeight, 3);
  context.fill();
  context.shadowColor = 'transparent';

  const text = place.selected ? '#ffffff' : input.ink;
  context.fillStyle = text;
  context.font = font(600, 13);
  context.fillText(place.name, left + padX, y);
  context.font = font(400, 12);
  context.globalAlpha = 0.85;
  drawNames(context, place.native, left + padX + nameWidth + 2.4, y, (t, tx, ty) => context.fillText(t, tx, ty));
  context.restore();
}

/** The attribution along the bottom, as on the page; returns where its band starts. */
function drawAttribution(context: CanvasRenderingContext2D, input: FigureInput): number {
  context.save();
  context.font = font(400, 11);
  const lines = wrap(context, input.attribution, input.width - 16);
  const lineHeight = 11 * 1.35;
  const bandHeight = lines.length * lineHeight + 8;
  const top = input.height - bandHeight;
  const bandWidth = Math.max(...lines.map((line) => context.measureText(line).width)) + 16;
  context.fillStyle = 'rgb(255 255 255 / 0.85)';
  context.fillRect(input.width - bandWidth, top, bandWidth, bandHeight);
  context.fillStyle = input.ink;
  context.textBaseline = 'middle';
  lines.forEach((line, i) => context.fillText(line, input.width - bandWidth + 8, top + 4 + lineHeight * (i + 0.5)));
  context.restore();
  return top;
}

/** A white panel with rounded corners, as the page's key and title boxes. */
function fillPanel(context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  context.fillStyle = PANEL;
  context.beginPath();
  context.roundRect(x, y, width, height, 6);
  context.fill();
}

/** The title and its credit line, top left. */
function drawTitle(context: CanvasRenderingContext2D, input: FigureInput): void {
  context.save();
  const maxWidth = Math.min(input.width - 2 * MARGIN, 600) - 24;
  context.font = font(700, 16);
  const titleLines = wrap(context, input.title, maxWidth);
  const titleWidths = titleLines.map((line) => context.measureText(line).width);
  context.font = font(400, 12);
  const subtitleLines = wrap(context, input.subtitle, maxWidth);
  const subtitleWidths = subtitleLines.map((line) => context.measureText(line).width);
  const boxWidth = Math.max(...titleWidths, ...subtitleWidths) + 24;
  const boxHeight = titleLines.length * 21 + subtitleLines.length * 16 + 18;
  fillPanel(context, MARGIN, MARGIN, boxWidth, boxHeight);
  context.fillStyle = input.ink;
  context.textBaseline = 'middle';
  let y = MARGIN + 9;
  context.font = font(700, 16);
  for (const line of titleLines) {
    context.fillText(line, MARGIN + 12, y + 10.5);
    y += 21;
  }
  context.font = font(400, 12);
  for (const line of subtitleLines) {
    context.fillText(line, MARGIN + 12, y + 8);
    y += 16;
  }
  context.restore();
}

/** The key, bottom left above the attribution, drawn from the same list as the key on the page. */
function drawKey(context: CanvasRenderingContext2D, input: FigureInput, bottom: number): void {
  const rows = [...legendLines.map((line) => ({ line })), ...legendPoints.map((point) => ({ point }))];
  const rowHeight = 18;
  context.save();
  context.font = font(400, 13);
  const labels = rows.map((row) => ('line' in row ? row.line.label : row.point.label));
  const width = Math.max(...labels.map((label) => context.measureText(label).width)) + 40 + 24;
  const height = 12 + 20 + rows.length * rowHeight;
  const left = MARGIN;
  const top = bottom - MARGIN - height;
  fillPanel(context, left, top, width, height);
  context.fillStyle = input.ink;
  context.textBaseline = 'middle';
  context.font = font(600, 13);
  context.fillText('Key', left + 12, top + 16);
  context.font = font(400, 13);
  rows.forEach((row, i) => {
    const y = top + 34 + rowHeight * i + rowHeight / 2 - 2;
    const symbol = left + 12;
    if ('line' in row) {
      context.save();
      context.strokeStyle = legendColour;
      context.globalAlpha = row.line.opacity;
      context.lineWidth = row.line.width;
      context.setLineDash(row.line.dash);
      context.lineCap = row.line.dash.length ? 'butt' : 'round';
      context.beginPath();
      context.moveTo(symbol + 2, y);
      context.lineTo(symbol + 30, y);
      context.stroke();
      context.restore();
      context.fillText(row.line.label, symbol + 40, y);
    } else {
      context.beginPath();
      context.arc(symbol + 16, y, row.point.radius, 0, Math.PI * 2);
      context.fillStyle = row.point.fill;
      context.fill();
      context.lineWidth = row.point.strokeWidth;
      context.strokeStyle = row.point.stroke;
      context.stroke();
      context.fillStyle = input.ink;
      context.fillText(row.point.label, symbol + 40, y);
    }
  });
  context.restore();
}
