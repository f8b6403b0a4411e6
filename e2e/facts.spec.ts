import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { articleMeta } from '../src/content/article.ts';
import { countries } from '../src/content/countries.ts';
import { places } from '../src/content/places.ts';
import type { CorridorFacts } from '../geo/contract.ts';
import { attribution } from '../src/content/credits.ts';
import { ledger } from '../src/content/ledger.ts';
import { crossings } from '../src/content/crossings.ts';
import { timeline } from '../src/content/timeline.ts';
import { gaugesReportedBy, segments } from '../src/content/segments.ts';
import { sourceOf, type SourceKey } from '../src/content/sources.ts';
import { ui } from '../src/content/ui.ts';
import { formatKm, sourceDate } from '../src/lib/ui/format.ts';
import { citedByContent } from '../src/lib/ui/sources/cited.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { clickMapAt, crossingsGeo, panel, popup, scrollToLowerSections } from './map-helpers.ts';

/** Errors a reader found in the details, each pinned so that it cannot come back. */
test('the details say what the sources say: dates, status, the Kharlachi tie-in, quotation marks', async ({ page }) => {
  await test.step('Moscow: the invitation was made in Beijing on 2 September 2025, for November', async () => {
    await page.goto('./#place=moscow');
    await mapReady(page);
    const details = popup(page);
    await expect(details).toContainText(
      '2 September 2025: in Beijing, Putin invited Sharif to the SCO heads-of-government meeting that Russia hosts in Moscow in November 2025.',
    );
    await expect(details).not.toContainText('November 2025: Putin invited');
  });

  await test.step('the 2021 variant is superseded, not planned', async () => {
    await page.goto('./#segment=segment-alt');
    await mapReady(page);
    const badges = popup(page).locator('.badges');
    await expect(badges).toContainText(ui.status.superseded);
    await expect(badges).not.toContainText(ui.status.planned);
  });

  await test.step('Pakistan: where the planned line joins its network is not confirmed', async () => {
    await page.goto('./#country=PAK');
    await mapReady(page);
    const details = popup(page);
    await expect(details).toContainText('where it would join Pakistan’s network is not yet confirmed');
    await expect(details).not.toContainText('meets Pakistan’s network at Kharlachi');
    const role = countries.find((country) => country.id === 'PAK')!.role.map((statement) => statement.text);
    expect(role.join(' ')).not.toMatch(/meets .* at Kharlachi/);
  });

  await test.step('the heading over the article is the page’s own, not a headline written for the article', async () => {
    await page.goto('./');
    await mapReady(page);
    const article = page.getByRole('article', { name: articleMeta.heading });
    await expect(article.getByRole('heading', { level: 2 })).toHaveText('The article, word for word');
    // The article's text has no headline: its first line is its date.
    expect(readFileSync(new URL('../src/content/article-2025-09-02.txt', import.meta.url), 'utf8')).toMatch(
      /^\s*date 2025-09-02 /,
    );
  });

  await test.step('Beijing: Putin’s words in single marks inside the excerpt’s double ones, never “"', async () => {
    await page.goto('./#place=beijing');
    await mapReady(page);
    const quotes = popup(page).locator('blockquote p');
    await expect(quotes).toHaveCount(places.find((place) => place.id === 'beijing')!.excerpts.length);
    await expect(quotes.nth(2)).toHaveText(
      '“‘We must look into why trade turnover has fallen and take steps to remedy the situation,’ he told Sharif, according to Russian media.”',
    );
    for (const text of await quotes.allInnerTexts()) expect(text).not.toMatch(/“"|"”|"/);
  });
});

/** Each selection, by its address, and what its details state beyond the article. */
const SELECTIONS = [
  ...places.map((place) => ({ hash: `place=${place.id}`, statements: place.dated })),
  ...countries.map((country) => ({ hash: `country=${country.id}`, statements: country.role })),
  ...segments.map((segment) => ({ hash: `segment=${segment.id}`, statements: segment.facts })),
  // A crossing's gauges cite who reports them, before what happens there.
  ...crossings.map((crossing) => ({
    hash: `crossing=${crossing.id}`,
    statements: [{ text: 'gauges', sources: gaugesReportedBy }, ...crossing.facts],
  })),
];

test('every fact beyond the article cites its source, and the Sources list holds each one cited', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await mapReady(page);
  await scrollToLowerSections(page);
  const list = panel(page).getByRole('region', { name: ui.sources.heading });
  const entries = list.getByRole('listitem');
  await expect(entries).toHaveCount(citedByContent.length);
  // Each entry: the outlet, the date, and a link to the source that opens in a new tab.
  const listed = new Map<string, string>();
  for (const entry of await entries.all()) {
    const key = (await entry.getAttribute('data-source')) as SourceKey;
    const link = entry.getByRole('link');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toContainText(ui.sources.newTab);
    await expect(entry).toContainText(sourceOf(key).outlet);
    await expect(entry).toContainText(sourceDate(sourceOf(key).date, 'long'));
    listed.set(key, (await link.getAttribute('href'))!);
  }

  // Every selection's details cite their sources; each citation links where its entry does.
  const cited = new Set<string>();
  for (const { hash: selection, statements } of SELECTIONS) {
    await page.goto(`./#${selection}`);
    await mapReady(page);
    const citations = popup(page).locator('.cite a');
    // One citation for each source of each statement: a statement of the line as drawn cites none.
    const expected = statements.flatMap((statement) => ('sources' in statement ? statement.sources : []));
    expect(await citations.evaluateAll((links) => links.map((link) => link.dataset.source)), selection).toEqual(
      expected,
    );
    // The hidden "new tab" words stay inside their boxes: the page itself never scrolls.
    expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight), selection).toBe(0);
    for (const citation of await citations.all()) {
      const key = (await citation.getAttribute('data-source'))!;
      cited.add(key);
      expect(listed.get(key), `${selection}: ${key} is in the Sources list`).toBe(await citation.getAttribute('href'));
      await expect(citation).toHaveAttribute('target', '_blank');
      await expect(citation).toHaveAttribute('rel', 'noopener noreferrer');
    }
  }
  // The timeline's events cite theirs in the panel, as the details do.
  const inTimeline = panel(page).getByRole('region', { name: ui.timeline.heading }).locator('.cite a');
  expect(await inTimeline.evaluateAll((links) => links.map((link) => link.dataset.source))).toEqual(
    timeline.flatMap((event) => event.facts).flatMap((statement) => ('sources' in statement ? statement.sources : [])),
  );
  for (const citation of await inTimeline.all()) {
    const key = (await citation.getAttribute('data-source'))!;
    cited.add(key);
    expect(listed.get(key), `timeline: ${key} is in the Sources list`).toBe(await citation.getAttribute('href'));
  }
  // So do the compared routes, in their table and under it.
  for (const citation of await panel(page).getByRole('region', { name: ui.routes.heading }).locator('.cite a').all()) {
    const key = (await citation.getAttribute('data-source'))!;
    cited.add(key);
    expect(listed.get(key), `routes: ${key} is in the Sources list`).toBe(await citation.getAttribute('href'));
  }
  expect([...cited].sort(), 'the list holds only what the details, the timeline and the routes cite').toEqual(
    [...listed.keys()].sort(),
  );
  // The credits no longer say every word is the article's.
  expect(attribution).not.toMatch(/Text: article/);
  expect(attribution).toContain(`Quotes: ${articleMeta.attribution}`);
});

test('lengths along a path no source names are approximate, to two figures; those along named paths are not', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  const figures = panel(page).getByRole('region', { name: ui.facts.heading });
  // The whole route runs partly along assumed paths: ≈ 6,400 km, not "6,420 km".
  await expect(figures.locator('dd').first()).toHaveText('≈ 6,400 km');
  await expect(figures).not.toContainText('6,420 km');
  const rows = figures.getByRole('table', { name: ui.facts.byCountry }).getByRole('row');
  // Afghanistan's stretches are both named by sources; Kazakhstan's are mostly not.
  await expect(rows.filter({ hasText: 'Afghanistan' }).getByRole('cell')).toHaveText('502 km');
  await expect(rows.filter({ hasText: 'Kazakhstan' }).getByRole('cell')).toHaveText('≈ 1,500 km');
  const stretches = figures.getByRole('table', { name: ui.facts.stretches }).getByRole('row');
  for (const segment of segments) {
    const row = stretches.nth(segments.indexOf(segment)).getByRole('cell');
    const assumed = ['segment-1', 'segment-2', 'segment-4', 'segment-7', 'segment-8'].includes(segment.id);
    if (assumed) await expect(row, segment.id).toHaveText(/^≈\s[\d,]+0 km$/);
    else await expect(row, segment.id).toHaveText(/^[\d,]+ km$/);
  }
  await expect(figures).toContainText('≈ marks a length along a path no source names');
  const facts = JSON.parse(readFileSync(new URL('../geo/facts.json', import.meta.url), 'utf8')) as CorridorFacts;
  // The gauges, computed from the line at build time: 1520 mm from Minsk to Kharlachi, 1676 mm in
  // Pakistan, one change of gauge, five borders crossed; the gauges cite their source.
  const term = (name: string) => figures.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');
  await expect(term(ui.facts.onGauge('1520'))).toHaveText(formatKm(facts.main.byGauge['1520']!, true));
  await expect(term(ui.facts.onGauge('1676'))).toHaveText(formatKm(facts.main.byGauge['1676']!, true));
  await expect(term(ui.facts.gaugeBreaks)).toHaveText('1');
  await expect(term(ui.facts.borderCrossings)).toHaveText('5');
  await expect(figures.locator('.gauges .cite a')).toHaveAttribute('data-source', 'railwayGazetteGauge');
  // The planned link's popup gives the length measured on our line beside the lengths reported.
  await page.goto('./#segment=segment-6');
  await mapReady(page);
  await expect(popup(page)).toContainText(`${ui.popup.lengthAsDrawn} 437 km`);
  await expect(popup(page)).toContainText('573 km or 760 km');
});

test('the ledger sets each reported figure of the missing link beside the others and beside our line', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  await scrollToLowerSections(page);
  const section = panel(page).getByRole('region', { name: ui.ledger.heading });
  const table = section.getByRole('table', { name: ui.ledger.heading });
  await expect(table.getByRole('columnheader')).toHaveText([ui.ledger.figure, ui.ledger.range, ui.ledger.reports]);
  // One row a figure, in the ledger's order, each named by its row header.
  const rows = table.locator('tbody').getByRole('row');
  await expect(rows.getByRole('rowheader')).toHaveText(ledger.rows.map((row) => row.figure));
  for (const [i, row] of ledger.rows.entries()) {
    const reports = rows.nth(i).getByRole('listitem');
    for (const [j, report] of row.reports.entries()) {
      await expect(reports.nth(j)).toContainText(report.counts);
      // Every report with its dated sources, linked as everywhere else.
      await expect(reports.nth(j).locator('.cite a')).toHaveCount(report.sources.length);
    }
  }
  // The length: 573 to 760 km reported, our line's 437 km beside them.
  const length = rows.filter({ has: page.getByRole('rowheader', { name: 'Length' }) });
  await expect(length.getByRole('cell').first()).toContainText('573–760 km');
  await expect(length).toContainText(ui.ledger.ours('437 km'));
  // The bars are for the eye: a mark a report, and our line's, hidden from screen readers.
  await expect(length.locator('.bar')).toHaveAttribute('aria-hidden', 'true');
  await expect(length.locator('.bar .report')).toHaveCount(ledger.rows[0]!.reports.length);
  await expect(length.locator('.bar .ours')).toHaveCount(1);

  // By keyboard, the ledger's links come in the table's order: figure by figure, report by report.
  const expected = ledger.rows.flatMap((row) => row.reports.flatMap((report) => report.sources));
  await section.locator('a').first().focus();
  const reached: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    reached.push((await page.evaluate(() => (document.activeElement as HTMLElement).dataset.source))!);
    await page.keyboard.press('Tab');
  }
  expect(reached).toEqual(expected);

  const { violations } = await new AxeBuilder({ page }).include('section[aria-labelledby="ledger-heading"]').analyze();
  expect(violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);
});

test('each crossing is marked on the line; its details name the border and the gauges either side', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await mapReady(page);
  const countryName = (id: string) => countries.find((country) => country.id === id)!.name;
  const table = panel(page).getByRole('table', { name: ui.facts.crossings });
  await expect(table.getByRole('row')).toHaveCount(crossingsGeo.length);
  for (const found of crossingsGeo) {
    const words = crossings.find((crossing) => crossing.id === found.id)!;
    await test.step(`${words.name}: from the figures, by keyboard`, async () => {
      const button = table.getByRole('button', { name: words.name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await mapReady(page);
      const details = popup(page);
      await expect(details.getByRole('heading', { level: 2 })).toHaveText(words.name);
      const [before, after] = found.countries.map(countryName);
      await expect(details).toContainText(`${before} → ${after}`);
      const gauges =
        found.gauges[0] === found.gauges[1]
          ? ui.crossing.sameGauge(found.gauges[0])
          : ui.crossing.gauges(found.gauges[0], before!, found.gauges[1], after!);
      await expect(details).toContainText(gauges);
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    });
  }

  await test.step('Kharlachi: 1520 mm in Afghanistan, 1676 mm in Pakistan, a border crossing and a change of gauge', async () => {
    await page.goto('./#crossing=kharlachi');
    await mapReady(page);
    const details = popup(page);
    await expect(details).toContainText('1520 mm in Afghanistan, 1676 mm in Pakistan');
    await expect(details.locator('.badges')).toContainText(ui.crossing.borderAndBreak);
    await expect(details.locator('.badges')).toContainText(ui.status.planned);
    // Torkham's is the superseded variant's, and shows with it.
    await page.goto('./#crossing=torkham');
    await mapReady(page);
    await expect(popup(page).locator('.badges')).toContainText(ui.status.superseded);
    await expect(popup(page).locator('.badges')).not.toContainText(ui.status.planned);
  });

  await test.step('a click on a crossing’s mark opens it, before the line it lies on', async () => {
    await page.goto('./');
    await mapReady(page);
    await clickMapAt(page, crossingsGeo.find((crossing) => crossing.id === 'sol-iletsk')!.at);
    await mapReady(page);
    await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText('Sol-Iletsk');
    await expect(page).toHaveURL(/#crossing=sol-iletsk$/);
  });
});
