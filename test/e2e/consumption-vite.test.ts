/**
 * The published package as a host app meets it: `dist/` (from `npm run build`) imported by its package
 * name into an app built with Vite and no configuration. The lazy renderer, its worker, jsPDF and the
 * fonts must come out as separate files, and Share PDF must make the report in the browser from them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { launchChromium } from '../support/chromium.js';
import { serveFolder } from '../support/static-server.js';

const root = new URL('../../', import.meta.url).pathname;
let host: string;

const page = `<!doctype html>
<html lang="en">
  <body>
    <button id="open">Share</button>
    <harmony-share-dialog conversation-id="host-meeting"></harmony-share-dialog>
    <script type="module" src="/main.js"></script>
  </body>
</html>`;

// The host's own code: the package by its name, an adapter with no server report (so the browser makes it).
const main = `import '@harmony/share-components/define';
import { MemoryAdapter, setDefaultAdapter } from '@harmony/share-components';
setDefaultAdapter(new MemoryAdapter({ conversations: [{
  conversation: { id: 'host-meeting', title: 'Host app meeting', startedAt: '2026-11-20T10:00:00Z',
    participants: [{ name: 'Ada Okafor' }], medium: 'zoom', status: 'completed',
    url: 'https://harmony.example/conversations/host-meeting' },
  insights: [{ id: 's', type: 'summary', title: 'Summary', text: 'Built by a host with Vite.' }],
}] }));
const dialog = document.querySelector('harmony-share-dialog');
document.querySelector('#open').addEventListener('click', (event) => dialog.show(event));
dialog.addEventListener('harmony-pdf-ready', (event) => (window.pdfReady = event.detail));
`;

before(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
  host = await mkdtemp(join(tmpdir(), 'harmony-host-'));
  await mkdir(join(host, 'node_modules/@harmony'), { recursive: true });
  // As `npm install` of the package would place it (its own dependencies resolve from the repository).
  await symlink(root, join(host, 'node_modules/@harmony/share-components'));
  await writeFile(join(host, 'index.html'), page);
  await writeFile(join(host, 'main.js'), main);
  await build({ configFile: false, root: host, logLevel: 'silent', build: { outDir: 'out' } });
});
after(() => rm(host, { recursive: true, force: true }));

test('Vite ships the worker, jsPDF and the fonts as lazy files, none of them in the entry', async () => {
  const files = await readdir(join(host, 'out/assets'));
  assert.ok(
    files.some((file) => /^worker-.*\.js$/.test(file)),
    'a worker file',
  );
  assert.ok(
    files.some((file) => /^jspdf.*\.js$/.test(file)),
    'a jsPDF chunk',
  );
  assert.ok(
    files.some((file) => /^NotoSans-Regular-.*\.ttf$/.test(file)),
    'the Latin font',
  );
  const entry = files.find((file) => /^index-.*\.js$/.test(file))!;
  const code = await readFile(join(host, 'out/assets', entry), 'utf8');
  assert.ok(code.includes('harmony-share-dialog'), 'the entry registers the elements');
  assert.ok(!code.includes('addFileToVFS'), 'jsPDF is not in the entry');
});

test('Share PDF in the built host app makes the report in the browser', async () => {
  const server = await serveFolder(join(host, 'out'));
  const browser = await launchChromium();
  try {
    const tab = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    // The renderer falls back to the main thread quietly; count the report worker's answers to see it ran.
    await tab.addInitScript(() => {
      const counted = window as unknown as { workerAnswers: number };
      counted.workerAnswers = 0;
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          if (/\/assets\/worker-/.test(String(url)))
            this.addEventListener('message', () => counted.workerAnswers++);
        }
      };
    });
    await tab.goto(server.origin);
    await tab.getByRole('button', { name: 'Share' }).click();
    await tab.getByRole('heading', { name: 'Share "Host app meeting"' }).waitFor();
    const download = tab.waitForEvent('download');
    await tab.getByRole('button', { name: 'Share PDF' }).click();
    assert.equal((await download).suggestedFilename(), 'Conversation Insights Report.pdf');
    const ready = await tab.waitForFunction(() => (window as { pdfReady?: unknown }).pdfReady);
    assert.deepEqual(await ready.jsonValue(), {
      conversationId: 'host-meeting',
      source: 'client',
      filename: 'Conversation Insights Report.pdf',
    });
    assert.equal(await tab.evaluate(() => (window as unknown as { workerAnswers: number }).workerAnswers), 1);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
