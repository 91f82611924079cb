import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { LIBRARY_VERSION } from '../../src/base/harmony-element.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

test('custom-elements.json is what the analyzer generates from the sources today', async () => {
  const outdir = await mkdtemp(join(tmpdir(), 'harmony-cem-'));
  try {
    await run(
      join(root, 'node_modules/.bin/cem'),
      ['analyze', '--litelement', '--outdir', relative(root, outdir)],
      { cwd: root },
    );
    const fresh = await readFile(join(outdir, 'custom-elements.json'), 'utf8');
    const committed = await readFile(join(root, 'custom-elements.json'), 'utf8');
    assert.equal(committed, fresh, 'custom-elements.json is stale: run `npm run analyze` and commit it');
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
});

test('the version elements report matches package.json', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  assert.equal(LIBRARY_VERSION, pkg.version);
});
