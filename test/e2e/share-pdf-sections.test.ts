/**
 * Customize PDF end to end: on the demo page served by the reference server, with the keyboard alone,
 * a reader keeps only Action items; the server's report holds the action items and no summary (read
 * back as text), and the choice is still there after a reload.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/serve.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf.js';
import { launchChromium } from '../support/chromium.js';
import { signInThroughPage } from './sign-in.js';

let server: RunningServer;
let browser: Browser;

/** The element focused, looking through shadow roots. */
function deepFocus(page: Page) {
  return page.evaluateHandle(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  });
}

async function focusedName(page: Page): Promise<string> {
  return (await deepFocus(page)).evaluate((element) => {
    if (!(element instanceof HTMLElement)) return '';
    const input = element as HTMLInputElement;
    return (input.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab until the control named so (its label, or its text) has focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function openShareDialog(page: Page): Promise<void> {
  await page.goto(`${server.origin}/conversations/weekly-sync`);
  await page.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();
  await page.getByRole('button', { name: 'More actions for Weekly Sales Sync' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Share' }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Share "Weekly Sales Sync"' }).waitFor();
}

describe('demo: Customize PDF with the keyboard alone', () => {
  before(async () => {
    server = await startServer({ port: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

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

    await openShareDialog(page);
    await tabTo(page, 'Customize PDF');
    await page.keyboard.press('Enter');
    for (const label of ['Summary', 'Key points', 'Other insights']) {
      await tabTo(page, label);
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
    await openShareDialog(page);
    await page.getByText('Includes Action items', { exact: true }).waitFor();
    await context.close();
  });
});
