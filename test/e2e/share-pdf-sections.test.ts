/**
 * Customize PDF end to end: on the demo page served by the reference server, with the keyboard alone,
 * a reader keeps only Action items; the server's report holds the action items and no summary (read
 * back as text), and the choice is still there after a reload.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../server/serve.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf.js';
import { openShareDialog, tabTo, tabToTarget } from './keyboard.js';
import { startDemo, stopDemo } from './demo.js';
import { signInThroughPage } from './sign-in.js';

let server: RunningServer;
let browser: Browser;

describe('demo: Customize PDF with the keyboard alone', () => {
  before(async () => ({ server, browser } = await startDemo()));
  after(() => stopDemo(server, browser));

  test('a report of only the action items holds them and no summary; the choice outlives a reload', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signInThroughPage(page, server.origin, 'ada', '/v1/me');
    const insights = (
      await (await page.goto(`${server.origin}/v1/conversations/weekly-sync/insights`))!.json()
    ).insights as { type: string; text?: string; items?: { text: string }[] }[];
    const summary = insights.find((insight) => insight.type === 'summary')!.text!;
    const actions = insights.find((insight) => insight.type === 'action-items')!.items!;
    const points = insights.find((insight) => insight.type === 'key-points')!.items!;

    await openShareDialog(page, server.origin);
    await tabTo(page, 'Customize PDF');
    await page.keyboard.press('Enter');
    for (const label of ['Summary', 'Key points', 'Other insights']) {
      await tabToTarget(page, page.getByRole('checkbox', { name: label, exact: true }), label);
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'Share PDF');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    const pdf = await readPdf(new Uint8Array(await readFile((await file.path())!)));
    for (const item of actions) assert.ok(pdf.text.includes(normalize(item.text)), item.text);
    assert.ok(!pdf.text.includes(normalize(summary)), 'the summary is in the PDF');
    for (const item of points) assert.ok(!pdf.text.includes(normalize(item.text)), item.text);
    // The server made it: the dialog does not say it was made in the browser.
    assert.equal(await page.getByText('made in your browser').count(), 0);

    await page.reload();
    await openShareDialog(page, server.origin);
    await page.getByText('Includes Action items', { exact: true }).waitFor();
    await context.close();
  });
});
