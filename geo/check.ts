/**
 * `npm run geo:check [dir]`: validates the files in geo/ (or in dir) as they are, reporting every
 * problem as `file: feature id: what is wrong`.
 */
import { relative, resolve } from 'node:path';
import { loadWorld, worldCountries } from './lib/countries.ts';
import { GEO_DIR, readGeo, readSource } from './lib/files.ts';
import { formatProblem } from './lib/types.ts';
import { validateGeo } from './lib/validate.ts';

const dir = resolve(process.argv[2] ?? GEO_DIR);
const label = relative(process.cwd(), dir) || '.';
try {
  const problems = validateGeo(readGeo(dir), readSource(dir), worldCountries(loadWorld()), label);
  if (problems.length > 0) {
    problems.forEach((problem) => console.error(formatProblem(problem)));
    console.error(`geo:check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`geo:check: every file in ${label}/ passes`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
