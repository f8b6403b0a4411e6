import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findChromium } from './browser.ts';
import { browserInstallPlan } from './browser-plan.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH over Debian and Playwright browsers', () => {
    const found = findChromium({ CHROMIUM_PATH: '/opt/chrome' }, () => true);
    expect(found).toEqual({ path: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it("falls back to Debian's Chromium, then Playwright's", () => {
    expect(findChromium({}, (path) => path === DEBIAN_CHROMIUM)?.source).toBe('Debian');
    expect(findChromium({}, (path) => path !== DEBIAN_CHROMIUM)?.source).toBe('Playwright');
  });

  it('skips a CHROMIUM_PATH that does not exist', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nowhere' }, (path) => path === DEBIAN_CHROMIUM)?.source).toBe('Debian');
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findChromium({}, () => false)).toBeUndefined();
  });
});

describe('browserInstallPlan', () => {
  it("tries Playwright's download, then Debian's package as root on Debian", () => {
    const plan = browserInstallPlan({ isRoot: true, isDebian: true });
    expect(plan.map((step) => step.commands.at(-1))).toEqual([
      ['npx', 'playwright', 'install', 'chromium'],
      ['apt-get', 'install', '-y', '-q', 'chromium'],
    ]);
  });

  it('offers no apt-get where it cannot work', () => {
    expect(browserInstallPlan({ isRoot: false, isDebian: true })).toHaveLength(1);
    expect(browserInstallPlan({ isRoot: true, isDebian: false })).toHaveLength(1);
  });
});
