import fs from 'node:fs';
import { parseDirectory } from '../src/directory/parse';
import { DirectoryIndex } from '../src/questions/directory-index';
import { fold, tokens, STOP_WORDS } from '../src/questions/text';
import { applyGlossary } from '../src/questions/glossary';
import { CUE_WORDS } from '../src/questions/cues';
const r = parseDirectory(fs.readFileSync('data/bochum.example.yaml', 'utf8'));
if (!r.ok) throw new Error();
const index = new DirectoryIndex('v', r.directory);
for (const q of process.argv.slice(2)) {
  const f = applyGlossary(fold(q));
  const qt = tokens(f).map((w, p) => ({ position: p, folded: w })).filter((t) => !STOP_WORDS.has(t.folded) && !CUE_WORDS.has(t.folded));
  console.log(q, f, qt.map(t => t.folded), qt.map(t => [...index.termMatches(t.folded)]));
  console.log(index.findByName(qt).slice(0, 6));
}
