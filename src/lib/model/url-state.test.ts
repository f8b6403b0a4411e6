import { describe, expect, it } from 'vitest';
import type { Selection } from './selection';
import { embedOf, formatHash, fullMapUrl, parseHash } from './url-state';

const known = new Set(['place:karachi', 'country:PAK', 'segment:segment-6', 'crossing:kharlachi']);
const isKnown = (selection: Selection) => known.has(`${selection.kind}:${selection.id}`);
const isKnownMonth = (month: string) => month >= '1982-01' && month <= '2025-11';

describe('parseHash', () => {
  it.each([
    ['#place=karachi', { kind: 'place', id: 'karachi' }],
    ['#country=PAK', { kind: 'country', id: 'PAK' }],
    ['#segment=segment-6', { kind: 'segment', id: 'segment-6' }],
    ['#crossing=kharlachi', { kind: 'crossing', id: 'kharlachi' }],
    ['place=karachi', { kind: 'place', id: 'karachi' }],
  ])('reads %s', (hash, expected) => {
    expect(parseHash(hash, isKnown)).toEqual({ selection: expected, month: null, route: null, theme: null });
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
    expect(parseHash(hash, isKnown, isKnownMonth)).toEqual({ selection: null, month: null, route: null, theme: null });
  });

  it.each([
    ['#t=2023-07', null, '2023-07'],
    ['#segment=segment-6&t=2023-07', { kind: 'segment', id: 'segment-6' }, '2023-07'],
    ['#t=2021-03&place=karachi', { kind: 'place', id: 'karachi' }, '2021-03'],
    ['#place=karachi&t=1850-01', { kind: 'place', id: 'karachi' }, null],
    ['#place=lahore&t=2023-07', null, '2023-07'],
    ['#t=2023-7', null, null],
    ['#t=2023-07-18', null, null],
    ['#t=<b>', null, null],
    ['#t=2023-07&t=2021-03&route=sea&place=karachi&theme=dark', null, null],
  ])('reads a month in %s', (hash, selection, month) => {
    expect(parseHash(hash, isKnown, isKnownMonth)).toEqual({ selection, month, route: null, theme: null });
  });

  it.each([
    ['#route=iran', null, null, 'iran'],
    ['#place=karachi&t=2021-03&route=sea', { kind: 'place', id: 'karachi' }, '2021-03', 'sea'],
    ['#route=teleport', null, null, null],
    ['#route=<b>', null, null, null],
  ])('reads a compared route in %s', (hash, selection, month, route) => {
    expect(parseHash(hash, isKnown, isKnownMonth, (id) => ['iran', 'sea'].includes(id))).toEqual({
      selection,
      month,
      route,
      theme: null,
    });
  });
});

describe('formatHash', () => {
  it('writes the selection and reads back the same', () => {
    const selection: Selection = { kind: 'segment', id: 'segment-6' };
    expect(formatHash(selection)).toBe('#segment=segment-6');
    expect(parseHash(formatHash(selection), isKnown).selection).toEqual(selection);
  });

  it('writes the month after the selection, or alone, and reads back the same', () => {
    const selection: Selection = { kind: 'segment', id: 'segment-6' };
    expect(formatHash(selection, '2023-07')).toBe('#segment=segment-6&t=2023-07');
    expect(formatHash(null, '2021-03')).toBe('#t=2021-03');
    expect(parseHash(formatHash(selection, '2023-07'), isKnown, isKnownMonth)).toEqual({
      selection,
      month: '2023-07',
      route: null,
      theme: null,
    });
    expect(formatHash(null, null, 'iran')).toBe('#route=iran');
  });

  it('writes nothing for no selection', () => {
    expect(formatHash(null)).toBe('');
  });
});

describe('the theme in the address', () => {
  it('reads the reader’s choice beside a selection, and nothing else as one', () => {
    expect(parseHash('#place=karachi&theme=dark', isKnown).theme).toBe('dark');
    expect(parseHash('#theme=light', isKnown)).toEqual({ selection: null, month: null, route: null, theme: 'light' });
    expect(parseHash('#theme=blue', isKnown).theme).toBeNull();
    expect(parseHash('#theme=DARK', isKnown).theme).toBeNull();
    expect(formatHash({ kind: 'place', id: 'karachi' }, '2021-03', null, 'dark')).toBe(
      '#place=karachi&t=2021-03&theme=dark',
    );
  });
});

describe('embedOf', () => {
  it.each([
    ['?embed=1', 'story'],
    ['?place=karachi&embed=1', 'story'],
    ['?embed=1&panel=0', 'none'],
    ['?panel=strip&embed=1', 'strip'],
    ['?embed=1&panel=1', 'story'],
    ['?embed=1&panel=%3Cb%3E', 'story'],
    ['?panel=0', null],
    ['', null],
    ['?embed=0', null],
    ['?embed=true', null],
    ['?embed=1%00', null],
    ['?embed', null],
  ])('reads %j as %s', (search, expected) => {
    expect(embedOf(search)).toBe(expected);
  });
});

describe('fullMapUrl', () => {
  it('drops the embed flags, keeps the path and the rest of the query, and carries the hash it is given', () => {
    expect(fullMapUrl('https://news.example/maps/corridor/?embed=1&lang=en&panel=strip', '#place=karachi')).toBe(
      'https://news.example/maps/corridor/?lang=en#place=karachi',
    );
    expect(fullMapUrl('https://news.example/maps/corridor/?embed=1#place=karachi', '#country=PAK&t=2021-03')).toBe(
      'https://news.example/maps/corridor/#country=PAK&t=2021-03',
    );
    expect(fullMapUrl('https://news.example/maps/corridor/?embed=1&panel=0#place=karachi', '')).toBe(
      'https://news.example/maps/corridor/',
    );
  });
});
