/**
 * `npm run geo:check [dir] [--content dir]`: validates the files in geo/ (or in dir) as they are, and
 * the app's content (src/content/, or the dir given) against them and against the article. Reports
 * every problem as `file: feature id: what is wrong`.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, checkContent, readContent } from './lib/content.ts';
import { loadWorld, worldCountries } from './lib/countries.ts';
import { GEO_DIR, readGeo, readSource } from './lib/files.ts';
import { formatProblem } from './lib/types.ts';
import { validateGeo } from './lib/validate.ts';

const { values, positionals } = parseArgs({ options: { content: { type: 'string' } }, allowPositionals: true });
const dir = resolve(positionals[0] ?? GEO_DIR);
const contentDir = resolve(values.content ?? CONTENT_DIR);
const label = (path: string) => relative(process.cwd(), path) || '.';
try {
  const geo = readGeo(dir);
  const problems = validateGeo(geo, readSource(dir), worldCountries(loadWorld()), label(dir));
  problems.push(...checkContent(await readContent(contentDir), geo, label(contentDir), label(dir)));
  if (problems.length > 0) {
    problems.forEach((problem) => console.error(formatProblem(problem)));
    console.error(`geo:check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`geo:check: every file in ${label(dir)}/ and ${label(contentDir)}/ passes`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
