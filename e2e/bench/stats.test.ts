import { describe, expect, it } from 'vitest';
import { categorize } from './bytes.ts';
import { heapParts } from './heap.ts';
import { summarize } from './stats.ts';

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
  it('keeps maplibre-gl apart from our own JS', () => {
    expect(categorize('dist/assets/maplibre-gl-Ab12.js')).toBe('maplibre-gl JS');
    expect(categorize('dist/assets/maplibre-gl-worker-Cd34.js')).toBe('maplibre-gl JS');
    expect(categorize('dist/assets/index-Ef56.js')).toBe('our JS');
    expect(categorize('dist/assets/context-1a.geojson')).toBe('geo data');
    expect(categorize('dist/assets/facts-2b.json')).toBe('geo data');
    expect(categorize('dist/assets/noto-sans-latin-400-normal-3c.woff2')).toBe('fonts');
  });
});

describe('heapParts', () => {
  // Three nodes of [type, name, self_size]: compiled code, a performance entry, a plain object.
  const snapshot = {
    snapshot: {
      meta: { node_fields: ['type', 'name', 'self_size'], node_types: [['object', 'code', 'native']] as [string[]] },
    },
    nodes: [1, 0, 700, 2, 1, 40, 0, 2, 300],
    strings: ['InstructionStream', 'PerformanceEventTiming', 'Popup'],
  };

  it('splits compiled code and browser buffers from the objects a leak would pile up', () => {
    expect(heapParts(snapshot)).toEqual({ code: 700, browserBuffers: 40, objects: 300 });
  });

  it('refuses a snapshot without the fields it needs', () => {
    const broken = {
      ...snapshot,
      snapshot: { meta: { node_fields: ['type'], node_types: [['object']] as [string[]] } },
    };
    expect(() => heapParts(broken)).toThrow('heapParts: the snapshot has no type, name or self_size');
  });
});
