import { describe, expect, it } from 'vitest';
import { CORRIDOR_ROUTE } from '../../../geo/contract';
import { countries } from '../../content/countries';
import { places } from '../../content/places';
import { routes } from '../../content/routes';
import { formatKm } from '../ui/format';
import { geoCatalogue } from './geo-data.fixture';
import { calloutOf } from './callout';
import { describeMap, listOf } from './describe';
import { excerpts } from '../../content/excerpts';
import { corridorFacts } from './facts';

const catalogue = geoCatalogue();
const none = { selection: null, month: null, route: null };
const { main } = corridorFacts;
const name = (id: string) => countries.find((country) => country.id === id)!.name;

describe('listOf', () => {
  it('joins names as a sentence does', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['Moscow'])).toBe('Moscow');
    expect(listOf(['Moscow', 'Karachi'])).toBe('Moscow and Karachi');
    expect(listOf(['Beijing', 'Astana', 'Moscow'])).toBe('Beijing, Astana and Moscow');
  });
});

describe('the map in words', () => {
  const today = describeMap(catalogue, none);

  it('names the six countries in corridor order, and the total length from the build’s figures', () => {
    expect(today).toContain('through Belarus, Russia, Kazakhstan, Uzbekistan, Afghanistan and Pakistan');
    expect(today).toContain(formatKm(main.totalKm, main.approximate.total));
  });

  it('says what runs and what is planned today, the planned stretches end to end, and no ghost', () => {
    expect(today).toContain(`${formatKm(main.byStatus.operating, main.approximate.byStatus.operating)} runs`);
    expect(today).toContain(
      `${formatKm(main.byStatus.planned, main.approximate.byStatus.planned)} is planned, drawn dashed: Naibabad / Mazar-i-Sharif → Kharlachi → Peshawar.`,
    );
    expect(today).not.toContain('2021');
  });

  it('names every marked place', () => {
    expect(today).toContain(`Marked: ${listOf(places.map((place) => place.name))}.`);
  });

  it('changes with the selection: a place’s dated line, a country’s length, a stretch’s state', () => {
    const karachi = describeMap(catalogue, { ...none, selection: { kind: 'place', id: 'karachi' } });
    expect(karachi).toContain(`Selected: Karachi. ${places.find((place) => place.id === 'karachi')!.dated[0]!.text}`);
    const afghanistan = describeMap(catalogue, { ...none, selection: { kind: 'country', id: 'AFG' } });
    expect(afghanistan).toContain(
      `Selected: ${name('AFG')}, ${formatKm(main.byCountry.AFG!, main.approximate.byCountry.AFG)} of the corridor.`,
    );
    // Afghanistan shows the superseded 2021 plan beside today's line.
    expect(afghanistan).toContain(
      'the superseded 2021 plan is a faint line: Naibabad / Mazar-i-Sharif → Kabul → Torkham → Peshawar',
    );
    const stretch = describeMap(catalogue, { ...none, selection: { kind: 'segment', id: 'segment-6' } });
    expect(stretch).toContain('Selected: the stretch Naibabad / Mazar-i-Sharif to Kharlachi, planned, 437 km.');
    expect(new Set([today, karachi, afghanistan, stretch]).size).toBe(4);
  });

  it('at a date, says the line as it stood then: in March 2021 the plan via Kabul, nothing to Kharlachi', () => {
    const then = describeMap(catalogue, { ...none, month: '2021-03' });
    expect(then).toContain('As it stood in March 2021:');
    expect(then).toContain('was planned, drawn dashed: Naibabad / Mazar-i-Sharif → Kabul → Torkham → Peshawar.');
    expect(then).not.toContain('Kharlachi');
  });

  it('names a compared route, and all of them', () => {
    const iran = routes.find((route) => route.id === 'iran')!;
    expect(describeMap(catalogue, { ...none, route: 'iran' })).toContain(
      `Drawn beside it for comparison: ${iran.name}.`,
    );
    const all = describeMap(catalogue, { ...none, route: 'all' });
    const others = routes.filter((route) => route.id !== CORRIDOR_ROUTE).map((route) => route.name);
    expect(all).toContain(`Drawn beside it for comparison: ${listOf(others)}.`);
  });
});

describe('the callout of an exported image', () => {
  it('gives a place its name, its first dated line and its first excerpt, attributed', () => {
    const karachi = places.find((place) => place.id === 'karachi')!;
    expect(calloutOf(catalogue, { kind: 'place', id: 'karachi' })).toEqual({
      title: 'Karachi',
      line: karachi.dated[0]!.text,
      excerpt: { text: excerpts[karachi.excerpts[0]!], attribution: 'article, 2 September 2025' },
    });
  });

  it('gives a stretch its first sourced fact, not a line about the drawing, and the article’s corridor sentence', () => {
    const callout = calloutOf(catalogue, { kind: 'segment', id: 'segment-6' })!;
    expect(callout.title).toBe('Naibabad / Mazar-i-Sharif → Kharlachi');
    expect(callout.excerpt!.text).toBe(excerpts.corridor);
    const segment = catalogue.segment('segment-6')!;
    const sourced = segment.content.facts.find((fact) => 'sources' in fact)!;
    expect(callout.line).toBe(sourced.text);
  });

  it('gives none without a selection', () => {
    expect(calloutOf(catalogue, null)).toBeUndefined();
  });
});
