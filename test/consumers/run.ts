/**
 * `npm run test:consumers`: packs and installs the package once, then runs every consumer test file
 * against that one install, two files at a time, and removes it at the end.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { installWorkspace } from './workspace.js';

const here = new URL('./', import.meta.url).pathname;
const files = (await readdir(here)).filter((file) => file.endsWith('.test.ts')).sort();
const workspace = await installWorkspace();
try {
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-concurrency=2',
        '--test-reporter=spec',
        ...files.map((f) => here + f),
      ],
      { stdio: 'inherit', env: { ...process.env, HARMONY_CONSUMERS: workspace.dir } },
    );
    child.on('close', (status) => resolve(status ?? 1));
  });
  process.exitCode = code;
} finally {
  await workspace.remove();
}
