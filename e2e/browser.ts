import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, installed by `apt-get install chromium`. */
export const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

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
