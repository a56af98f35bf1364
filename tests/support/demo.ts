import fs from 'node:fs';
import { parseDirectory } from '../../src/directory/parse';
import type { Directory } from '../../src/directory/model';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';

/** The demo directory, parsed (a fresh copy each call, so tests may change it). */
export function demoDirectory(): Directory {
  const result = parseDirectory(fs.readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.directory;
}
