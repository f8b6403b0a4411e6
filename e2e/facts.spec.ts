import { readFileSync } from 'node:fs';
import { articleMeta } from '../src/content/article.ts';
import { countries } from '../src/content/countries.ts';
import { places } from '../src/content/places.ts';
import { ui } from '../src/content/ui.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { popup } from './map-helpers.ts';

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
    expect(countries.find((country) => country.id === 'PAK')!.role).not.toMatch(/meets .* at Kharlachi/);
  });

  await test.step('the heading over the article is the page’s own, not a headline written for the article', async () => {
    await page.goto('./');
    await mapReady(page);
    const article = page.getByRole('article', { name: articleMeta.heading });
    await expect(article.getByRole('heading', { level: 2 })).toHaveText('The article, word for word');
    await expect(page.getByRole('heading', { name: articleMeta.summary })).toHaveCount(0);
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
