import { ui } from '../src/content/ui.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { marker, popup } from './map-helpers.ts';

/** The directives issue 7 asks for, each as the served policy must hold it. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectStrict(policy: string) {
  const policyOf = directives(policy);
  expect(policyOf.get('default-src')).toEqual(["'self'"]);
  expect(policyOf.get('script-src')).toEqual(["'self'"]);
  expect(policyOf.get('worker-src')).toEqual(["'self'"]);
  expect(policyOf.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policyOf.get('connect-src')).toEqual(["'self'"]);
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toContain("'unsafe-inline'");
}

test.describe('Content Security Policy', () => {
  test('the build ships a strict policy, as a meta tag and as the preview server’s header', async ({ page }) => {
    const response = await page.goto('./');
    expectStrict(response!.headers()['content-security-policy']!);
    expectStrict((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!);
  });

  test.describe('is enforced', () => {
    // The violations this test provokes, as Chromium logs them and as the fixture reports them.
    test.use({
      expectedProblems:
        /violates the following Content Security Policy directive|CSP violation: script-src(-elem)? blocked (inline|eval)/,
    });

    test('inline script and eval are refused, and the violation is reported', async ({ page }) => {
      await page.goto('./');
      await mapReady(page);
      const outcome = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        // A string for setTimeout is evaluated code. (Code the test itself evaluates is exempt: it
        // comes through DevTools.)
        (setTimeout as (code: string) => number)('window.evalRan = true');
        await new Promise((done) => setTimeout(done, 100));
        return { inlineRan: 'inlineRan' in window, evalRan: 'evalRan' in window, violations };
      });
      expect(outcome).toEqual({
        inlineRan: false,
        evalRan: false,
        violations: expect.arrayContaining(['script-src-elem', 'script-src']),
      });
    });
  });

  test('a whole journey breaks no directive', async ({ page }) => {
    // The fixture fails any test on a violation; this one goes through every kind of popup.
    await page.goto('./');
    await mapReady(page);
    await marker(page, 'Karachi').click();
    await expect(popup(page)).toContainText('Pakistan Steel Mills');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Kazakhstan' }).click();
    await expect(popup(page)).toContainText('Kazakhstan');
    await page.goto('./#segment=segment-6');
    await expect(popup(page)).toContainText(ui.status.planned);
    await mapReady(page);
  });
});
