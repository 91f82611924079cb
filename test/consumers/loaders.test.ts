/**
 * Every way a host loads the package, from the packed tarball: an app built by Vite, the same app on
 * Vite's dev server, an app built by webpack 5. Each runs Share PDF with the server's report unavailable,
 * so the browser makes the report from the lazy renderer, worker and fonts the host's tool shipped; the
 * PDF's text is read back and must hold the title and every participant, in every script.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { readPdf } from '../fixtures/report/read-pdf.js';
import { launchChromium } from '../support/chromium.js';
import { serveFolder } from '../support/static-server.js';
import { prepareWorkspace, type Workspace } from './workspace.js';

let workspace: Workspace;
let browser: Browser;
const cleanups: (() => Promise<void> | void)[] = [];
const participants = ['Ada Okafor', 'Zoë Brontë', 'محمد علي', '王小明'];

before(async () => {
  workspace = await prepareWorkspace();
  browser = await launchChromium();
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
  await workspace?.remove();
});

const app = (name: string) => join(workspace.dir, 'apps/loaders', name);

/** Opens the host page, makes the report with Share PDF, and reads the downloaded PDF back. */
async function sharePdf(origin: string): Promise<{ text: string; source: string; problems: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(origin);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share "Host app meeting"' });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    // A failure the host hears about ends the wait at once, with what the host was told.
    const failure = page
      .waitForFunction(() => (window as { harmonyError?: unknown }).harmonyError, null, { timeout: 60_000 })
      .then((handle) => handle.jsonValue());
    await dialog.getByRole('button', { name: 'Share PDF' }).click();
    const outcome = await Promise.race([download, failure]);
    if (!('path' in (outcome as object)))
      assert.fail(`harmony-error: ${JSON.stringify(outcome)}; page problems: ${problems.join(' | ')}`);
    const file = await (await download).path();
    const ready = (await page.evaluate(() => (window as { pdfReady?: { source: string } }).pdfReady)) ?? {
      source: 'none',
    };
    const { text } = await readPdf(new Uint8Array(await readFile(file)));
    return { text, source: ready.source, problems };
  } finally {
    await context.close();
  }
}

function expectWholeReport(result: { text: string; source: string; problems: string[] }): void {
  assert.deepEqual(result.problems, []);
  assert.equal(result.source, 'client', 'the browser made the report');
  assert.ok(result.text.includes('Host app meeting'), 'the title');
  for (const name of participants) assert.ok(result.text.includes(name), `participant ${name}`);
}

/** Starts a long-running tool of the workspace and resolves with its URL once it prints one. */
function startTool(name: string, args: string[], cwd: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(workspace.dir, 'node_modules/.bin', name), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => {
    child.kill();
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // eslint-disable-next-line no-control-regex
      const url = output.replace(/\x1b\[[0-9;]*m/g, '').match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) resolve({ url, child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}):\n${output}`)));
  });
}

describe('Vite', () => {
  test('build: the report is made in the browser from the files Vite emitted', async () => {
    await workspace.tool('vite', ['build', '--outDir', 'out', '--logLevel', 'warn'], app('vite'));
    const server = await serveFolder(join(app('vite'), 'out'));
    cleanups.push(() => server.close());
    expectWholeReport(await sharePdf(server.origin));
  });

  test('dev server, no configuration: the report is made in the browser', async () => {
    const { url } = await startTool(
      'vite',
      ['--host', '127.0.0.1', '--port', '0', '--strictPort=false'],
      app('vite'),
    );
    expectWholeReport(await sharePdf(url));
  });
});

describe('webpack 5', () => {
  test('build: the report is made in the browser from the files webpack emitted', async () => {
    await workspace.tool('webpack', ['--config', 'webpack.config.js'], app('webpack'));
    const out = join(app('webpack'), 'out');
    await import('node:fs/promises').then((fs) =>
      fs.copyFile(join(app('webpack'), 'index.html'), join(out, 'index.html')),
    );
    const server = await serveFolder(out);
    cleanups.push(() => server.close());
    expectWholeReport(await sharePdf(server.origin));
  });
});
