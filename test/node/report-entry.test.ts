import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { DEFAULT_REPORT_FILENAME } from '../../src/adapter/types.js';
import { renderReportPdf } from '../../src/report/index.js';
import { weeklySync } from '../fixtures/report/conversations.js';
import { readPdf } from '../fixtures/report/read-pdf.js';

const root = new URL('../../', import.meta.url);

describe('the ./report entry (Node)', () => {
  it('is exported by the package, with its types', async () => {
    const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
    assert.deepEqual(pkg.exports['./report'], {
      types: './dist/report/index.d.ts',
      default: './dist/report/index.js',
    });
  });

  it('renders in Node with no font loader: the pieces are read from the package', async () => {
    const { bytes, filename } = await renderReportPdf(weeklySync.conversation, weeklySync.insights, {
      locale: 'en-GB',
      timeZone: 'America/New_York',
    });
    assert.equal(filename, DEFAULT_REPORT_FILENAME);
    const pdf = await readPdf(bytes);
    assert.ok(pdf.text.includes('Weekly Sales Sync'));
    assert.ok(pdf.text.includes('Monday, 9 June 2025 at 11:00 GMT-4'), pdf.text);
  });

  it('includes only the sections asked for', async () => {
    const { bytes } = await renderReportPdf(weeklySync.conversation, weeklySync.insights, {
      sections: ['action-items'],
    });
    const pdf = await readPdf(bytes);
    assert.ok(pdf.text.includes('Draft the quarterly billing trial terms'));
    assert.ok(!pdf.text.includes('The team reviewed the Q3 pipeline'));
    assert.ok(!pdf.text.includes('Key points'));
  });

  it('finds the fonts under fontsBaseUrl, and fails with unsupported where there are none', async () => {
    const pieces = new URL('src/report/fonts/pieces/', root);
    const { bytes } = await renderReportPdf(weeklySync.conversation, [], { fontsBaseUrl: pieces });
    assert.ok((await readPdf(bytes)).text.includes('Weekly Sales Sync'));
    await assert.rejects(
      renderReportPdf(weeklySync.conversation, [], { fontsBaseUrl: new URL('no-such-folder/', root) }),
      (error: Error & { code?: string }) => error.code === 'unsupported',
    );
  });
});
