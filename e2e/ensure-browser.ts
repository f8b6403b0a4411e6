/**
 * Run before the browser tests: makes sure a Chromium is there, getting one where it can, so that
 * `npm test` alone passes on a fresh machine. Where none can be had it stops with one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';
import { browserInstallPlan, type InstallStep } from './browser-plan.ts';

function run(step: InstallStep): boolean {
  console.log(`ensure-browser: ${step.says}`);
  for (const [command, ...args] of step.commands) {
    const result = spawnSync(command!, args, { stdio: 'ignore', timeout: 10 * 60_000 });
    if (result.status !== 0) return false;
  }
  return findChromium() !== undefined;
}

const found = findChromium();
if (found) {
  console.log(`ensure-browser: using ${found.source} Chromium at ${found.path}`);
} else {
  console.log('ensure-browser: no Chromium found on this machine.');
  const steps = browserInstallPlan({
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync('/etc/debian_version'),
  });
  if (!steps.some(run)) {
    console.error(
      'ensure-browser: no Chromium could be found or installed; install one (Debian: `apt-get install chromium`; ' +
        'elsewhere: `npx playwright install chromium`) or point CHROMIUM_PATH at its binary.',
    );
    process.exit(1);
  }
  const installed = findChromium()!;
  console.log(`ensure-browser: using ${installed.source} Chromium at ${installed.path}`);
}
