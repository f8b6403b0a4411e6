/** `npm run geo`: rebuilds every generated file in geo/ from world-atlas and corridor-source.json. */
import { buildGeo } from './lib/build.ts';
import { GEO_DIR, readSource, serializeGeo, writeAtomically } from './lib/files.ts';
import { formatProblem } from './lib/types.ts';
import { validateGeo } from './lib/validate.ts';

const source = readSource();
const { data, reference } = buildGeo(source);
const problems = validateGeo(data, source, reference);
if (problems.length > 0) {
  problems.forEach((problem) => console.error(formatProblem(problem)));
  console.error(`geo: ${problems.length} problem(s); nothing was written`);
  process.exit(1);
}
const files = serializeGeo(data);
writeAtomically(GEO_DIR, files);
for (const [name, text] of Object.entries(files)) console.log(`geo/${name}: ${(text.length / 1024).toFixed(1)} KB`);
