import { describe, expect, it } from 'vitest';
import { categorize } from './bytes.ts';
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
