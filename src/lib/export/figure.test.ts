import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ui } from '../../content/ui';
import { colour, palettes } from '../../theme/tokens';
import { subtitleOf } from './capture';
import { excerpts } from '../../content/excerpts';
import { quoted } from '../ui/format';
import { bandHeight, drawFigure, wrap, type FigureInput } from './figure';
import { calloutPlace, PRESETS } from './presets';

/** A context whose text is 1 px a character: enough to test where lines break. */
const monospace = { measureText: (text: string) => ({ width: text.length }) } as unknown as CanvasRenderingContext2D;

describe('wrap', () => {
  it('breaks at spaces, filling each line up to the width', () => {
    expect(wrap(monospace, 'Shapes: Natural Earth · Text: article', 15)).toEqual([
      'Shapes: Natural',
      'Earth · Text:',
      'article',
    ]);
  });

  it('keeps a line that fits whole', () => {
    expect(wrap(monospace, 'A trade corridor', 100)).toEqual(['A trade corridor']);
  });

  it('gives a word longer than the width a line of its own rather than losing it', () => {
    expect(wrap(monospace, 'to Kazakhstan', 5)).toEqual(['to', 'Kazakhstan']);
  });

  it('gives no line for no text', () => {
    expect(wrap(monospace, '', 10)).toEqual([]);
  });
});

/** What a figure drew: each text with its fill colour, and the colour of each line stroked. */
interface Drawn {
  texts: Array<{ text: string; fill: string; x: number; y: number; width: number }>;
  strokes: string[];
}

/**
 * A canvas whose 2D context records what is drawn on it: text at 0.5 em a letter, every other call
 * taken and ignored. Enough to see what the figure says and in which colours, not where.
 */
function recordingCanvas(): { canvas: HTMLCanvasElement; drawn: Drawn } {
  const drawn: Drawn = { texts: [], strokes: [] };
  const state: Record<string | symbol, unknown> = { font: '10px sans-serif', fillStyle: '#000', strokeStyle: '#000' };
  const context = new Proxy(state, {
    get(target, key) {
      if (key === 'measureText')
        return (text: string) => ({
          width: text.length * 0.5 * Number(/(\d+(?:\.\d+)?)px/.exec(String(target.font))![1]),
        });
      if (key === 'fillText')
        return (text: string, x: number, y: number) =>
          drawn.texts.push({
            text,
            fill: String(target.fillStyle),
            x,
            y,
            width: text.length * 0.5 * Number(/(\d+(?:\.\d+)?)px/.exec(String(target.font))![1]),
          });
      if (key === 'stroke') return () => drawn.strokes.push(String(target.strokeStyle));
      if (key in target) return target[key];
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  const canvas = { width: 0, height: 0, getContext: () => context } as unknown as HTMLCanvasElement;
  return { canvas, drawn };
}

describe('drawFigure', () => {
  const input = (over: Partial<FigureInput>): FigureInput => ({
    map: {} as CanvasImageSource,
    width: 1200,
    height: 800,
    scale: 2,
    countryLabels: [],
    countryLabelSize: 14,
    names: [],
    places: [],
    superseded: false,
    compared: false,
    title: 'A trade corridor',
    subtitle: 'Article line',
    attribution: 'Shapes: Natural Earth',
    ...over,
  });
  const draw = (over: Partial<FigureInput>) => {
    const { canvas, drawn } = recordingCanvas();
    drawFigure(canvas, input(over));
    return drawn;
  };

  it('writes the subtitle whole, the date and the route beside the corridor with it, over as many lines as it needs', () => {
    const subtitle = subtitleOf({ selection: null, month: '2021-03', route: 'iran' });
    const { texts } = draw({ subtitle, width: 500 });
    // Its lines are drawn one after another: joined again, they are the subtitle.
    expect(texts.map((t) => t.text).join(' ')).toContain(subtitle);
    expect(texts.some((t) => t.text === subtitle)).toBe(false);
  });

  it('adds the compared routes’ two rows to the key, their lines in the compared colour, only while one is drawn', () => {
    const shown = draw({ compared: true });
    const labels = shown.texts.map((t) => t.text);
    expect(labels).toContain(ui.key.comparedRail);
    expect(labels).toContain(ui.key.comparedSea);
    expect(shown.strokes.filter((stroke) => stroke === colour.compared)).toHaveLength(2);
    const none = draw({ compared: false });
    expect(none.texts.map((t) => t.text)).not.toContain(ui.key.comparedRail);
    expect(none.strokes).not.toContain(colour.compared);
  });

  it('adds the ghost’s row to the key while the map draws it', () => {
    expect(draw({ superseded: true }).texts.map((t) => t.text)).toContain(ui.status.superseded);
    expect(draw({ superseded: false }).texts.map((t) => t.text)).not.toContain(ui.status.superseded);
  });

  it('names a compared route in its colour', () => {
    const { texts } = draw({ names: [{ kind: 'route', text: 'Rail through Iran', at: [100, 100] }] });
    expect(texts.filter((t) => t.text === 'Rail through Iran').map((t) => t.fill)).toEqual([colour.compared]);
  });

  it('draws in the theme it is given: the dark theme’s ink, and the key’s lines in its corridor colour', () => {
    const dark = draw({ palette: palettes.dark });
    expect(dark.texts.find((t) => t.text === 'A trade corridor')!.fill).toBe(palettes.dark.colour.ink);
    expect(dark.strokes).toContain(palettes.dark.colour.corridor);
    expect(dark.strokes).not.toContain(colour.corridor);
    const light = draw({});
    expect(light.texts.find((t) => t.text === 'A trade corridor')!.fill).toBe(colour.ink);
    expect(light.strokes).toContain(colour.corridor);
  });

  it('leaves its title and credits to the printed sheet (chrome off), and keeps its key', () => {
    const own = draw({}).texts.map((t) => t.text);
    expect(own).toContain('A trade corridor');
    expect(own).toContain('Shapes: Natural Earth');
    const printed = draw({ chrome: false }).texts.map((t) => t.text);
    expect(printed).not.toContain('A trade corridor');
    expect(printed).not.toContain('Article line');
    expect(printed).not.toContain('Shapes: Natural Earth');
    expect(printed).toContain(ui.key.operating);
  });

  describe('at each publishing size, with a callout', () => {
    // The figure measures its band on a scratch canvas of its own: here, one that records.
    beforeAll(() => vi.stubGlobal('document', { createElement: () => recordingCanvas().canvas }));
    afterAll(() => vi.unstubAllGlobals());
    const callout = {
      title: 'Karachi',
      line: '11 July 2025: a protocol to revive Pakistan Steel Mills in Karachi, idle since June 2015, was signed in Moscow.',
      excerpt: { text: excerpts.steelMills, attribution: 'article, 2 September 2025' },
    };
    for (const preset of PRESETS) {
      it(`${preset.label}: the title, the key, the credits and the callout, every word inside the figure`, () => {
        const { width, height } = preset.css;
        const place = calloutPlace(width, height);
        const { canvas, drawn } = recordingCanvas();
        const mapHeight = place === 'band' ? height - bandHeight(callout, width, 'Shapes: Natural Earth') : height;
        drawFigure(canvas, {
          ...input({}),
          width,
          height,
          mapHeight,
          callout: { ...callout, place },
          keyAt: place === 'band' ? 'top-right' : 'bottom-left',
        });
        const texts = drawn.texts.map((t) => t.text);
        expect(texts).toContain('A trade corridor');
        expect(texts).toContain('Shapes: Natural Earth');
        expect(texts).toContain(ui.key.summary);
        expect(texts).toContain(ui.key.operating);
        // The callout: its title, its dated line and the article's words, joined back word for word.
        expect(texts).toContain('Karachi');
        const joined = texts.join(' ');
        expect(joined).toContain(callout.line);
        expect(joined).toContain(quoted(excerpts.steelMills));
        expect(joined).toContain('— article, 2 September 2025');
        for (const text of drawn.texts) {
          expect(text.x, text.text).toBeGreaterThanOrEqual(0);
          expect(text.x + text.width, text.text).toBeLessThanOrEqual(width);
          expect(text.y, text.text).toBeGreaterThanOrEqual(0);
          expect(text.y, text.text).toBeLessThanOrEqual(height);
        }
        // In a tall figure the callout is a band under the map, not over it.
        const title = drawn.texts.find((t) => t.text === 'Karachi')!;
        if (place === 'band') expect(title.y).toBeGreaterThan(mapHeight);
        else expect(title.x).toBeGreaterThan(width / 2);
      });
    }
  });
});
