import { describe, expect, it } from 'vitest';
import type { Selection } from '../model/selection';
import { exportFileName as nameOf, slug } from './filename';

/** The name of a map of today with nothing else drawn, but the selection. */
const exportFileName = (selection: Selection | null, date: string) =>
  nameOf({ selection, month: null, route: null }, date);

describe('exportFileName', () => {
  const date = '2025-09-02';

  it('names a place by its id', () => {
    expect(exportFileName({ kind: 'place', id: 'karachi' }, date)).toBe('corridor-karachi-2025-09-02.png');
  });

  it('names a country by its English name, not its ISO code', () => {
    expect(exportFileName({ kind: 'country', id: 'AFG' }, date)).toBe('corridor-afghanistan-2025-09-02.png');
  });

  it('names a segment by its id', () => {
    expect(exportFileName({ kind: 'segment', id: 'segment-alt' }, date)).toBe('corridor-segment-alt-2025-09-02.png');
  });

  it('names the whole corridor when nothing is selected', () => {
    expect(exportFileName(null, date)).toBe('corridor-2025-09-02.png');
  });

  it('keeps a hostile id out of the path', () => {
    expect(exportFileName({ kind: 'place', id: '../../etc/passwd' }, date)).toBe('corridor-etc-passwd-2025-09-02.png');
    expect(exportFileName({ kind: 'place', id: '北京' }, date)).toBe('corridor-2025-09-02.png');
  });

  it('says the date a map of the past shows, and the routes drawn beside the corridor', () => {
    const afghanistan: Selection = { kind: 'country', id: 'AFG' };
    expect(nameOf({ selection: afghanistan, month: '2021-03', route: 'iran' }, date)).toBe(
      'corridor-afghanistan-as-of-2021-03-vs-iran-2025-09-02.png',
    );
    expect(nameOf({ selection: null, month: null, route: 'all' }, date)).toBe('corridor-vs-all-routes-2025-09-02.png');
    expect(nameOf({ selection: null, month: '1982-01', route: null }, date)).toBe(
      'corridor-as-of-1982-01-2025-09-02.png',
    );
    // The corridor's own row adds no line, and no words.
    expect(nameOf({ selection: null, month: null, route: 'corridor' }, date)).toBe('corridor-2025-09-02.png');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => exportFileName(null, '2 September 2025')).toThrow(/not a YYYY-MM-DD date/);
  });
  it('says the publishing size and its pixels, after what it shows', () => {
    expect(
      nameOf({ selection: { kind: 'place', id: 'karachi' }, month: null, route: null }, '2025-09-02', {
        id: 'landscape',
        width: 3840,
        height: 2160,
      }),
    ).toBe('corridor-karachi-landscape-3840x2160-2025-09-02.png');
    expect(
      nameOf({ selection: null, month: '2021-03', route: null }, '2025-09-02', {
        id: 'column',
        width: 640,
        height: 720,
      }),
    ).toBe('corridor-as-of-2021-03-column-640x720-2025-09-02.png');
  });
});

describe('slug', () => {
  it('drops accents and joins words with hyphens', () => {
    expect(slug('  Oʻzbekiston Respublikasi ')).toBe('o-zbekiston-respublikasi');
    expect(slug('Škoda Ürümqi')).toBe('skoda-urumqi');
  });
});
