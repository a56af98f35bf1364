import path from 'node:path';

/** The package root, so defaults (demo directory, card templates, manifest) work from any cwd. */
export const PACKAGE_ROOT = path.resolve(__dirname, '..');
export const CARDS_DIR = path.join(PACKAGE_ROOT, 'cards');
export const MANIFEST_DIR = path.join(PACKAGE_ROOT, 'manifest');
export const DEMO_DIRECTORY_FILE = path.join(PACKAGE_ROOT, 'data', 'bochum.example.yaml');
