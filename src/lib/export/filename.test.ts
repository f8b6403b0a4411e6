import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './filename';

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

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => exportFileName(null, '2 September 2025')).toThrow(/not a YYYY-MM-DD date/);
  });
});

describe('slug', () => {
  it('drops accents and joins words with hyphens', () => {
    expect(slug('  Oʻzbekiston Respublikasi ')).toBe('o-zbekiston-respublikasi');
    expect(slug('Škoda Ürümqi')).toBe('skoda-urumqi');
  });
});
