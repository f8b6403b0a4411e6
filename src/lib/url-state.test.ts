import { describe, expect, it } from 'vitest';
import type { Selection } from './selection';
import { formatHash, parseHash } from './url-state';

const known = new Set(['place:karachi', 'country:PAK', 'segment:segment-6']);
const isKnown = (selection: Selection) => known.has(`${selection.kind}:${selection.id}`);

describe('parseHash', () => {
  it.each([
    ['#place=karachi', { kind: 'place', id: 'karachi' }],
    ['#country=PAK', { kind: 'country', id: 'PAK' }],
    ['#segment=segment-6', { kind: 'segment', id: 'segment-6' }],
    ['place=karachi', { kind: 'place', id: 'karachi' }],
  ])('reads %s', (hash, expected) => {
    expect(parseHash(hash, isKnown)).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['an unknown kind', '#city=karachi'],
    ['an unknown id', '#place=lahore'],
    ['a kind in the wrong case', '#PLACE=karachi'],
    ['markup', '#place=<img src=x onerror=alert(1)>'],
    ['a broken escape', '#place=%E0%A4%A'],
    ['a NUL', '#place=karachi%00'],
    ['unicode', '#place=καράτσι'],
    ['a very long value', `#place=${'a'.repeat(100_000)}`],
    ['two values', '#place=karachi&country=PAK'],
  ])('ignores %s', (_case, hash) => {
    expect(parseHash(hash, isKnown)).toBeNull();
  });
});

describe('formatHash', () => {
  it('writes the selection and reads back the same', () => {
    const selection: Selection = { kind: 'segment', id: 'segment-6' };
    expect(formatHash(selection)).toBe('#segment=segment-6');
    expect(parseHash(formatHash(selection), isKnown)).toEqual(selection);
  });

  it('writes nothing for no selection', () => {
    expect(formatHash(null)).toBe('');
  });
});
