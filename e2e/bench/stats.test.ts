import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesShipped, categorize, loadedByThePage, staticImports } from './bytes.ts';
import { descendantsCpuMs, parseStat } from './cpu.ts';
import { heapParts, leakable } from './heap.ts';
import { summarize } from './stats.ts';
import { checkTargets } from './targets.ts';

describe('summarize', () => {
  it('gives the median, min and max of odd and even counts', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it('refuses no values', () => {
    expect(() => summarize([])).toThrow('summarize: no values');
  });
});

describe('categorize', () => {
  const loaded = new Set(['dist/assets/index-Ef56.js', 'dist/assets/format-Qr78.js', 'dist/assets/index-Op56.css']);

  it('keeps maplibre-gl apart from our own JS, and what a first visit loads apart from what loads on demand', () => {
    expect(categorize('dist/assets/maplibre-gl-Ab12.js', loaded)).toBe('maplibre-gl JS');
    expect(categorize('dist/assets/maplibre-gl-worker-Cd34.js', loaded)).toBe('maplibre-gl JS');
    expect(categorize('dist/assets/maplibre-gl-Mn34.css', loaded)).toBe('maplibre-gl CSS');
    expect(categorize('dist/assets/index-Ef56.js', loaded)).toBe('our JS');
    expect(categorize('dist/assets/format-Qr78.js', loaded)).toBe('our JS');
    expect(categorize('dist/assets/index-Op56.css', loaded)).toBe('CSS');
    expect(categorize('dist/assets/save-Ab12.js', loaded)).toBe('on demand');
    expect(categorize('dist/assets/lower-sections-Cd34.js', loaded)).toBe('on demand');
    expect(categorize('dist/assets/lower-sections-Ef56.css', loaded)).toBe('on demand');
    expect(categorize('dist/assets/context-1a.geojson', loaded)).toBe('geo data');
    expect(categorize('dist/assets/noto-sans-latin-400-normal-3c.woff2', loaded)).toBe('fonts');
    expect(categorize('dist/data/corridor.geojson', loaded)).toBe('data to download');
    expect(categorize('dist/data/datapackage.json', loaded)).toBe('data to download');
  });
});

describe('loadedByThePage', () => {
  // A build in miniature: index.html names its script, MapLibre's module and two stylesheets; the
  // script imports a shared chunk (which re-exports a deeper one), MapLibre and a module run for its
  // effect, and loads `lazy` (a script and its stylesheet) only when asked.
  const dir = fileURLToPath(new URL('./fixtures/build', import.meta.url));
  const at = (file: string) => join(dir, 'assets', file);

  it('follows index.html and every static import, and leaves out what is imported when asked for', () => {
    expect([...loadedByThePage(dir)].sort()).toEqual(
      [
        'deep-D1.js',
        'index-A1.js',
        'index-A2.css',
        'maplibre-gl-M1.js',
        'maplibre-gl-M2.css',
        'shared-S1.js',
        'side-S2.js',
      ].map(at),
    );
  });

  it('counts a first visit without the modules loaded on demand', () => {
    const bytes = bytesShipped(dir);
    expect(bytes['our JS'].files).toBe(4);
    expect(bytes['on demand'].files).toBe(2);
    expect(bytes['maplibre-gl JS'].files).toBe(2);
    expect(bytes['CSS'].files).toBe(1);
    expect(bytes['fonts'].files).toBe(1);
    expect(bytes['geo data'].files).toBe(1);
    expect(bytes['data to download'].files).toBe(1);
  });

  it('reads import and export statements, not dynamic imports', () => {
    expect(staticImports('import{a as e}from"./a.js";import"./b.js";export{c}from"./c.js";import("./d.js")')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });
});

describe('heapParts', () => {
  // Nodes of [type, name, self_size]: compiled code, an object shape, a performance entry, a JS object,
  // a DOM element and a string.
  const snapshot = {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'self_size'],
        node_types: [['object', 'code', 'native', 'object shape', 'string']] as [string[]],
      },
    },
    nodes: [1, 0, 700, 3, 5, 20, 2, 1, 40, 0, 2, 300, 2, 3, 90, 4, 4, 6],
    strings: ['InstructionStream', 'PerformanceEventTiming', 'Popup', 'HTMLDivElement', 'Karachi', 'system / Map'],
  };

  it('splits compiled code, JS objects, browser objects and capped buffers', () => {
    const parts = heapParts(snapshot);
    expect(parts).toEqual({ code: 720, jsObjects: 306, browserObjects: 90, browserBuffers: 40 });
    expect(leakable(parts)).toBe(396);
  });

  it('refuses a snapshot without the fields it needs', () => {
    const broken = {
      ...snapshot,
      snapshot: { meta: { node_fields: ['type'], node_types: [['object']] as [string[]] } },
    };
    expect(() => heapParts(broken)).toThrow('heapParts: the snapshot has no type, name or self_size');
  });
});

describe('parseStat', () => {
  // A renderer's line as Linux writes it; the command name holds a space and a parenthesis.
  const renderer =
    '4242 (chromium (x)) S 4200 4100 4100 0 -1 4194560 9133 0 12 0 311 47 0 0 20 0 23 0 88120 1283702784 32051 18446744073709551615';

  it('reads the parent and the CPU ticks after the last parenthesis of the name', () => {
    expect(parseStat(renderer)).toEqual({ pid: 4242, parent: 4200, ticks: 358 });
  });

  it('refuses a line it cannot read, and says which', () => {
    expect(() => parseStat('4242 chromium S')).toThrow('parseStat: no command name in "4242 chromium S"');
    expect(() => parseStat('4242 (chromium) S x')).toThrow('parseStat: unreadable fields');
  });
});

describe('descendantsCpuMs', () => {
  const processes = [
    { pid: 1, parent: 0, ticks: 1000 }, // the test runner: not counted
    { pid: 2, parent: 1, ticks: 50 }, // the browser
    { pid: 3, parent: 2, ticks: 30 }, // its zygote
    { pid: 4, parent: 3, ticks: 200 }, // a renderer, two levels down
    { pid: 5, parent: 2, ticks: 120 }, // the GPU process
    { pid: 6, parent: 9, ticks: 999 }, // somebody else's
  ];

  it('adds up every process below the root, at any depth, and nothing else', () => {
    expect(descendantsCpuMs(processes, 1)).toBe((50 + 30 + 200 + 120) * 10);
    expect(descendantsCpuMs(processes, 3)).toBe(200 * 10);
  });

  it('is zero for a root without children', () => {
    expect(descendantsCpuMs(processes, 4)).toBe(0);
  });
});

describe('checkTargets', () => {
  const met = {
    readyRatio: 0.9,
    frameRatio: 0.88,
    slowDrawnRatio: 0.95,
    firstVisitGzip: 190_000,
    jsObjectGrowth: { app: 0, bare: 0 },
    ourJsGzip: 35_000,
    geoGzip: 141_000,
  };
  const missed = (figures: typeof met) =>
    checkTargets(figures)
      .filter((check) => !check.met)
      .map((check) => check.measure);

  it('finds every target met by figures within them', () => {
    expect(missed(met)).toEqual([]);
  });

  it('misses a ratio above the bare page, and bytes over budget', () => {
    expect(
      missed({
        ...met,
        readyRatio: 1.01,
        frameRatio: 1.2,
        slowDrawnRatio: 1.05,
        firstVisitGzip: 201 * 1024,
        ourJsGzip: 41 * 1024,
        geoGzip: 151 * 1024,
      }),
    ).toEqual([
      'time to ready, app/bare',
      'frame time on the drag, app/bare',
      'slow phone: first view drawn, app/bare',
      'first visit beyond MapLibre, gzipped',
      'our JS, gzipped',
      'geo data, gzipped',
    ]);
  });

  it('holds JS objects to 1 % growth, and to the bare page’s growth plus a point', () => {
    const objects = (app: number, bare: number) => missed({ ...met, jsObjectGrowth: { app, bare } });
    expect(objects(0.01, 0)).toEqual([]);
    expect(objects(0.011, 0.02)).toEqual(['JS objects, 20th → 200th popup']);
    expect(objects(0.008, -0.005)).toEqual(['JS objects, 20th → 200th popup']);
    expect(objects(-0.002, -0.004)).toEqual([]);
  });

  it('says each figure as the table shows it', () => {
    const [ready, , , firstVisit, objects, ourJs] = checkTargets({
      ...met,
      jsObjectGrowth: { app: -0.0004, bare: 0.012 },
    });
    expect(ready!.value).toBe('0.90');
    expect(objects!.value).toBe('−0.0 % (bare +1.2 %)');
    expect(ourJs!.value).toBe('34.2 KB');
    expect(firstVisit!.value).toBe('185.5 KB');
  });
});
