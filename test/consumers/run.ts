/**
 * `npm run test:consumers`: packs and installs the package once, then runs every consumer test file
 * against that one install, two files at a time, and removes it at the end.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { installWorkspace } from './workspace.js';

const here = new URL('./', import.meta.url).pathname;
// `npm run test:consumers -- loaders` runs the files whose names contain "loaders".
const only = process.argv.slice(2);
const files = (await readdir(here))
  .filter((file) => file.endsWith('.test.ts') && (!only.length || only.some((part) => file.includes(part))))
  .sort();
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
