import fs from 'node:fs';
import path from 'node:path';

/** The package root, so defaults (demo directory, card templates, manifest) work from any cwd. */
export const PACKAGE_ROOT = path.resolve(__dirname, '..');
export const CARDS_DIR = path.join(PACKAGE_ROOT, 'cards');
export const MANIFEST_DIR = path.join(PACKAGE_ROOT, 'manifest');
export const DEMO_DIRECTORY_FILE = path.join(PACKAGE_ROOT, 'data', 'bochum.example.yaml');

/**
 * The node flags `npm start` gives the service (its heap configuration), from package.json's start
 * script: every `--flag` but `--require`, which each caller passes itself. The start tests and
 * `npm run bench:load` run the service with them, so both meet it as it is started.
 */
export function serviceNodeFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return manifest.scripts.start
    .split(/\s+/)
    .filter((token) => token.startsWith('--') && token !== '--require');
}
