import { readFileSync } from 'node:fs';
import { type Corridor, type Places } from '../geo/contract.ts';
import { countries } from '../src/content/countries.ts';
import { ui } from '../src/content/ui.ts';
import { formatKm } from '../src/lib/ui/format.ts';
import { expect, mapReady, test } from './fixtures.ts';

const geo = <T>(name: string) => JSON.parse(readFileSync(new URL(`../geo/${name}`, import.meta.url), 'utf8')) as T;
const corridor = geo<Corridor>('corridor.geojson').features.filter((segment) => !segment.properties.alternative);
const points = new Map(geo<Places>('places.geojson').features.map((point) => [String(point.id), point]));
const countryName = (id: string) => countries.find((country) => country.id === id)!.name;

/** The main route's stops in order, read from geo/ as it is: each with the stretches either side. */
const stops = [
  corridor[0]!.properties.from,
  ...corridor.flatMap((segment) => [...segment.properties.via, segment.properties.to]),
];
const segmentsAt = (index: number) => {
  let count = 0;
  const around = [];
  for (const segment of corridor) {
    const first = count;
    count += segment.properties.via.length + 1;
    if (index >= first && index <= count) around.push(segment);
  }
  return around;
};

test('keyboard only, the arrow keys walk the route from Minsk to Karachi, each stop told from the data', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  const canvas = page.getByRole('region', { name: ui.map.label });
  // Tab to the map, as a reader without a pointer does.
  for (let presses = 0; presses < 40 && !(await canvas.evaluate((el) => el === document.activeElement)); presses++)
    await page.keyboard.press('Tab');
  await expect(canvas).toBeFocused();
  // The map says how to walk it.
  await expect(canvas).toHaveAccessibleDescription(new RegExp(ui.walk.how.replace(/[.]/g, '\\.')));
  const said = page.locator('[data-walk-announcement]');
  await expect(said).toHaveAttribute('aria-live', 'polite');
  let km = 0;
  let approximate = false;
  for (const [index, id] of stops.entries()) {
    await page.keyboard.press('ArrowRight');
    await mapReady(page);
    const point = points.get(id)!;
    const text = (await said.textContent())!;
    const { border, country } = point.properties;
    expect(text, id).toMatch(new RegExp(`^${point.properties.name.replace(/[()/]/g, '\\$&')}, `));
    expect(text, id).toContain(
      border ? `${countryName(border[0]!)} and ${countryName(border[1]!)}` : countryName(country),
    );
    // The status and the gauge of the stretches either side.
    const around = segmentsAt(index);
    for (const segment of around) {
      expect(text, id).toContain(ui.status[segment.properties.status].toLowerCase());
      expect(text, id).toContain(String(segment.properties.gauge));
    }
    // At each stretch's end, the km from Minsk add up the stretches' lengths as geo/ measured them.
    const ending = corridor.find((segment) => segment.properties.to === id);
    if (ending) {
      km += ending.properties.lengthKm;
      approximate ||= ending.properties.alignment === 'assumed';
      expect(text, id).toContain(`${formatKm(km, approximate)} from Minsk`);
    }
    // The map moved to the stop, close enough to name it.
    const [lng, lat, zoom] = (await page.locator('[data-map-ready]').getAttribute('data-camera'))!
      .split(',')
      .map(Number);
    expect(Math.abs(lng! - point.geometry.coordinates[0]!), id).toBeLessThan(0.01);
    expect(Math.abs(lat! - point.geometry.coordinates[1]!), id).toBeLessThan(0.01);
    expect(zoom, id).toBeGreaterThanOrEqual(5);
  }
  expect(await said.textContent()).toContain(ui.walk.end('operating'));
  // Past the end it stays; Home goes back to Minsk, End to Karachi, Left steps back; Escape ends the walk.
  await page.keyboard.press('ArrowRight');
  await expect(said).toHaveText(/^Karachi, /);
  await page.keyboard.press('Home');
  await expect(said).toHaveText(/^Minsk, Belarus\. Start of the corridor/);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(said).toHaveText(/^Hyderabad, /);
  await expect(page.locator('.walk-ring')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.walk-ring')).toHaveCount(0);
  // The zoom keys are still the map's.
  await mapReady(page);
  const before = Number((await page.locator('[data-map-ready]').getAttribute('data-camera'))!.split(',')[2]);
  await page.keyboard.press('-');
  await mapReady(page);
  const after = Number((await page.locator('[data-map-ready]').getAttribute('data-camera'))!.split(',')[2]);
  expect(after).toBeLessThan(before);
});
