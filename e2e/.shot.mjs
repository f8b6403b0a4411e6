import { chromium } from '@playwright/test';
const [url, out, w = '1280', h = '800'] = process.argv.slice(2);
const b = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', (m) => console.log('console:', m.type(), m.text()));
await p.goto(url);
await p
  .locator('[data-map-ready="true"]')
  .waitFor({ timeout: 30000 })
  .catch((e) => console.log('not ready', e.message));
await p.screenshot({ path: out });
await b.close();
