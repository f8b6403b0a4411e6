import { readFileSync } from 'node:fs';

/** Reads a fixture from geo/fixtures/ by its file name. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;
}
