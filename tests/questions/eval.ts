import fs from 'node:fs';
import { parseDirectory } from '../../src/directory/parse';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { DirectoryIndex } from '../../src/language/directory-index';
import { accuracyTable, loadCorpus, runCorpus } from './corpus';

/** `npm run eval:questions`: the corpus with every miss spelled out, for working on the engine. */
const parsed = parseDirectory(fs.readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const outcomes = runCorpus(new DirectoryIndex('demo', parsed.directory), loadCorpus());
for (const outcome of outcomes.filter((candidate) => !candidate.correct)) {
  console.log(
    `MISS ${JSON.stringify(outcome.item.q)} expected ${outcome.item.kind} ${outcome.item.expect.join(',')} got ${JSON.stringify(outcome.got)}`,
  );
}
console.log(accuracyTable(outcomes));
const right = outcomes.filter((outcome) => outcome.correct).length;
console.log(
  `overall ${right}/${outcomes.length} ${((100 * right) / outcomes.length).toFixed(1)} %`,
);
