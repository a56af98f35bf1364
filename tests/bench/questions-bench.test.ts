import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT, serviceNodeFlags } from '../../src/paths';

describe('bench:questions', () => {
  it('when it is run, then node has the flags npm start gives the service', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'),
    ) as {
      scripts: Record<string, string>;
    };
    const flags = manifest.scripts['bench:questions']!.split(/\s+/).filter(
      (token) => token.startsWith('--') && token !== '--require',
    );
    assert.deepEqual(flags, serviceNodeFlags());
  });
});
