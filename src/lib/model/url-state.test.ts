import { describe, expect, it } from 'vitest';
import type { Selection } from './selection';
import { formatHash, fullMapUrl, isEmbed, parseHash } from './url-state';

const known = new Set(['place:karachi', 'country:PAK', 'segment:segment-6', 'crossing:kharlachi']);
const isKnown = (selection: Selection) => known.has(`${selection.kind}:${selection.id}`);

describe('parseHash', () => {
  it.each([
    ['#place=karachi', { kind: 'place', id: 'karachi' }],
    ['#country=PAK', { kind: 'country', id: 'PAK' }],
    ['#segment=segment-6', { kind: 'segment', id: 'segment-6' }],
    ['#crossing=kharlachi', { kind: 'crossing', id: 'kharlachi' }],
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

describe('isEmbed', () => {
  it.each([
    ['?embed=1', true],
    ['?place=karachi&embed=1', true],
    ['', false],
    ['?embed=0', false],
    ['?embed=true', false],
    ['?embed=1%00', false],
    ['?embed', false],
  ])('reads %j as %s', (search, expected) => {
    expect(isEmbed(search)).toBe(expected);
  });
});

describe('fullMapUrl', () => {
  it('drops the embed flag and keeps the path, the rest of the query and the selection', () => {
    expect(fullMapUrl('https://news.example/maps/corridor/?embed=1&lang=en#place=karachi')).toBe(
      'https://news.example/maps/corridor/?lang=en#place=karachi',
    );
    expect(fullMapUrl('https://news.example/maps/corridor/?embed=1')).toBe('https://news.example/maps/corridor/');
  });
});
