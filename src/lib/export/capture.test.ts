import { describe, expect, it } from 'vitest';
import { figureSubtitle } from '../../content/credits';
import { subtitleOf } from './capture';

describe('subtitleOf', () => {
  it('gives the article’s line alone for the map as it is today, with nothing beside the corridor', () => {
    expect(subtitleOf({ selection: null, month: null, route: null })).toBe(figureSubtitle);
    expect(subtitleOf({ selection: null, month: null, route: 'corridor' })).toBe(figureSubtitle);
  });

  it('adds the date the map shows and the route drawn beside the corridor', () => {
    expect(subtitleOf({ selection: null, month: '2021-03', route: 'iran' })).toBe(
      `${figureSubtitle} · As it stood in March 2021 · Beside it: Rail through Iran`,
    );
  });
});
