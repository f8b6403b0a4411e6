import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, installed by `apt-get install chromium`. */
export const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/**
 * Features switched off in every browser the tests and the benchmark launch. Chromium 156, headless,
 * opens the omnibox's popup as a page of its own (chrome://omnibox-popup.top-chrome) in every new
 * window, so at every test and every benchmark run: traced here, that renderer spent 2 to 3.5 s of
 * CPU during each page load, on a machine of 2 cores, beside the page measured. Chromium keeps only
 * the last `--disable-features` on its command line, so this one repeats Playwright's own list
 * (1.65.1); e2e/harness.spec.ts fails when Playwright's list holds a name this one lacks.
 */
export const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

/**
 * WebGL without a GPU: ANGLE on SwiftShader. `--use-gl=swiftshader` would disable WebGL instead.
 * The networking flags stop Chromium's own background requests, which a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

export interface BrowserCandidate {
  path: string;
  source: 'CHROMIUM_PATH' | 'Debian' | 'Playwright';
}

/** Where to look for a Chromium, in order; which of them exist is asked of `exists`. */
export function browserCandidates(env: NodeJS.ProcessEnv, playwrightPath: string): BrowserCandidate[] {
  const candidates: BrowserCandidate[] = [];
  if (env.CHROMIUM_PATH) candidates.push({ path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' });
  candidates.push({ path: DEBIAN_CHROMIUM, source: 'Debian' }, { path: playwrightPath, source: 'Playwright' });
  return candidates;
}

/** The first Chromium found, or undefined when there is none on this machine. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): BrowserCandidate | undefined {
  return browserCandidates(env, chromium.executablePath()).find((candidate) => exists(candidate.path));
}
