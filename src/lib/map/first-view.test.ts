import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawFirstViewWhole, FIRST_VIEW_HOLD_LIMIT_MS, missingForTheHold } from './first-view';

/** Just enough of a MapLibre map: a painter that counts what it draws, a loaded flag, `idle`. */
function fakeMap() {
  const drawn: string[] = [];
  const listeners = new Set<() => void>();
  const map = {
    isLoaded: false,
    repaints: 0,
    painter: { render: (frame: string) => void drawn.push(frame) },
    loaded: () => map.isLoaded,
    triggerRepaint: () => void map.repaints++,
    on: (_type: 'idle', listener: () => void) => void listeners.add(listener),
    off: (_type: 'idle', listener: () => void) => void listeners.delete(listener),
    idle: () => [...listeners].forEach((listener) => listener()),
    listeners,
    /** What MapLibre's `_render` does with the painter at each frame. */
    frame: (name: string) => (map.painter.render as (frame: string) => void)(name),
  };
  return { map, drawn };
}

type Held = Parameters<typeof drawFirstViewWhole>[0];

describe('drawFirstViewWhole', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('skips every frame until the map has loaded, then draws each one', () => {
    const { map, drawn } = fakeMap();
    const original = map.painter.render;
    drawFirstViewWhole(map as unknown as Held);
    map.frame('context only');
    map.frame('context and countries');
    expect(drawn).toEqual([]);
    map.isLoaded = true;
    map.frame('whole');
    expect(drawn).toEqual(['whole']);
    // Let go for good: later frames are drawn loaded or not, and the painter is MapLibre's own again.
    map.isLoaded = false;
    map.frame('a camera move, tiles arriving');
    expect(drawn).toEqual(['whole', 'a camera move, tiles arriving']);
    expect(map.painter.render).toBe(original);
    expect(map.listeners.size).toBe(0);
    expect(map.repaints).toBe(0);
  });

  it('draws what there is once the limit has passed', () => {
    const { map, drawn } = fakeMap();
    const original = map.painter.render;
    drawFirstViewWhole(map as unknown as Held);
    vi.advanceTimersByTime(FIRST_VIEW_HOLD_LIMIT_MS - 1);
    map.frame('partial');
    expect(drawn).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
    expect(map.painter.render).toBe(original);
    map.frame('partial, after the limit');
    expect(drawn).toEqual(['partial, after the limit']);
  });

  it('asks for a frame at idle should it still be holding, and only once', () => {
    const { map, drawn } = fakeMap();
    drawFirstViewWhole(map as unknown as Held);
    map.isLoaded = true;
    map.idle();
    map.idle();
    expect(map.repaints).toBe(1);
    map.frame('whole');
    expect(drawn).toEqual(['whole']);
    vi.advanceTimersByTime(FIRST_VIEW_HOLD_LIMIT_MS);
    expect(map.repaints).toBe(1);
  });

  it('lets go without a frame when the map is removed', () => {
    const { map, drawn } = fakeMap();
    const original = map.painter.render;
    const stop = drawFirstViewWhole(map as unknown as Held);
    stop();
    expect(map.painter.render).toBe(original);
    expect(map.listeners.size).toBe(0);
    vi.advanceTimersByTime(FIRST_VIEW_HOLD_LIMIT_MS);
    expect(map.repaints).toBe(0);
    expect(drawn).toEqual([]);
  });

  it('says when the first frame is drawn, once: whole, or what there is at the limit, never at removal', () => {
    const whole = fakeMap();
    const wholeDrawn = vi.fn();
    drawFirstViewWhole(whole.map as unknown as Held, { ondrawn: wholeDrawn });
    whole.map.frame('partial');
    expect(wholeDrawn).not.toHaveBeenCalled();
    whole.map.isLoaded = true;
    whole.map.frame('whole');
    whole.map.frame('next');
    expect(wholeDrawn).toHaveBeenCalledTimes(1);

    const slow = fakeMap();
    const slowDrawn = vi.fn();
    drawFirstViewWhole(slow.map as unknown as Held, { ondrawn: slowDrawn, holdLimitMs: 100 });
    vi.advanceTimersByTime(100);
    expect(slowDrawn).toHaveBeenCalledTimes(1);

    const removed = fakeMap();
    const removedDrawn = vi.fn();
    drawFirstViewWhole(removed.map as unknown as Held, { ondrawn: removedDrawn })();
    vi.advanceTimersByTime(FIRST_VIEW_HOLD_LIMIT_MS);
    expect(removedDrawn).not.toHaveBeenCalled();
  });

  it('keeps no timer or listener once the first view is drawn', () => {
    const { map } = fakeMap();
    drawFirstViewWhole(map as unknown as Held);
    map.isLoaded = true;
    map.frame('whole');
    expect(vi.getTimerCount()).toBe(0);
    expect(map.listeners.size).toBe(0);
  });
});

describe('what the hold relies on in maplibre-gl', () => {
  it('is all there in the installed version (an upgrade that moves it fails here, saying what moved)', async () => {
    const { Map } = await import('maplibre-gl');
    expect(missingForTheHold(Map)).toEqual([]);
  });

  it('names what a version without it lacks', () => {
    class Renamed {
      _setupPainter() {
        (this as Record<string, unknown>).gpu = {};
      }
      _render() {}
      loaded() {}
    }
    expect(missingForTheHold(Renamed)).toEqual([
      "src/lib/map/first-view.ts: the first view's hold relies on it: Map#_setupPainter no longer sets this.painter",
      "src/lib/map/first-view.ts: the first view's hold relies on it: Map#_render no longer calls this.painter.render(…)",
      "src/lib/map/first-view.ts: the first view's hold relies on it: Map#triggerRepaint is gone",
      "src/lib/map/first-view.ts: the first view's hold relies on it: Map#on is gone",
      "src/lib/map/first-view.ts: the first view's hold relies on it: Map#off is gone",
    ]);
  });

  it('leaves a map without a painter to draw as it would, and says so', () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((message) => void errors.push(message));
    const ondrawn = vi.fn();
    const stop = drawFirstViewWhole({ painter: undefined } as unknown as Held, { ondrawn });
    stop();
    spy.mockRestore();
    // Drawn as MapLibre draws: what the page lays over it shows at once.
    expect(ondrawn).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([
      'src/lib/map/first-view.ts: this maplibre-gl has no Map.painter.render to hold; the first view is drawn unheld',
    ]);
  });
});
