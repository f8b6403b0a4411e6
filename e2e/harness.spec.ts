import { expect, test, type Page } from '@playwright/test';

/** The command line Chromium was started with, as chrome://version shows it, split into switches. */
async function commandLine(page: Page): Promise<string[]> {
  await page.goto('chrome://version');
  return (await page.locator('#command_line').innerText()).split(/\s+/);
}

const disabled = (switches: string[]) =>
  switches
    .filter((s) => s.startsWith('--disable-features='))
    .map((s) => s.slice('--disable-features='.length).split(','));

test("the browser keeps Playwright's disabled features and also drops the omnibox's popup page", async ({ page }) => {
  const lists = disabled(await commandLine(page));
  // Chromium applies only the last --disable-features; every earlier one must be inside it.
  const applied = lists.at(-1)!;
  expect(lists.length, 'Playwright passes its list, e2e/browser.ts ours after it').toBeGreaterThanOrEqual(2);
  for (const list of lists)
    expect(applied, 'e2e/browser.ts DISABLED_FEATURES is missing a name').toEqual(expect.arrayContaining(list));
  expect(applied).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
});

test('no page of the browser’s own runs beside the page under test', async ({ browser, page }) => {
  await page.goto('about:blank');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  // Without the flags, Chromium 156 shows two: chrome://omnibox-popup.top-chrome/ and its AI-mode twin.
  expect(targetInfos.filter((target) => target.url.startsWith('chrome://')).map((target) => target.url)).toEqual([]);
  await cdp.detach();
});
