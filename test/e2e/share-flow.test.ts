/**
 * The spec's Share panel, end to end: the demo page served by the reference server, driven in Chromium
 * with the keyboard alone, the PDF read back as text, the link opened by a teammate with access and by
 * one without.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/serve.js';
import { readPdf } from '../fixtures/report/read-pdf.js';
import { launchChromium } from '../support/chromium.js';

let server: RunningServer;
let browser: Browser;

async function signedInContext(user: string): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  const response = await context.request.post(`${server.origin}/sign-in`, { form: { user, next: '/' } });
  assert.ok(response.ok(), `sign-in as ${user} failed`);
  return context;
}

/** Presses Tab until the focused element (looking into shadow roots) has this accessible text. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.getAttribute('aria-label') || element?.textContent?.trim() || '';
    });
    if (focused === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}"`);
}

describe('demo: share a meeting with the keyboard alone', () => {
  before(async () => {
    server = await startServer({ port: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('Share PDF downloads the report; a generated link opens for ben and is refused for dee', async () => {
    const context = await signedInContext('ada');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/conversations/weekly-sync`);
    await page.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();

    await tabTo(page, 'Share');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Share "Weekly Sales Sync"' });
    await heading.waitFor();
    assert.ok(
      await page.getByText("Choose how you'd like to share this conversation insight report").isVisible(),
    );

    // Focus starts on Share PDF.
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'Conversation Insights Report.pdf');
    const pdf = await readPdf(new Uint8Array(await readFile((await file.path())!)));
    assert.match(pdf.text, /Weekly Sales Sync/);
    assert.match(pdf.text, /Send the revised Northwind proposal/);
    assert.doesNotMatch(pdf.text, /purple giraffe/i);
    assert.equal(await pdf.qrOnFirstPage(), `${server.origin}/conversations/weekly-sync`);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Shareable Link' });
    await field.waitFor();
    const url = await field.inputValue();
    assert.match(url, new RegExp(`^${server.origin}/s/[A-Za-z0-9_-]{22,}$`));

    await tabTo(page, 'Copy');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);

    await page.keyboard.press('Escape');
    await heading.waitFor({ state: 'hidden' });
    const refocused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(refocused, 'Share', 'focus returns to the Share button');
    assert.deepEqual(errors, []);

    const ben = await (await signedInContext('ben')).newPage();
    await ben.goto(url);
    assert.equal(new URL(ben.url()).pathname, '/conversations/weekly-sync');
    await ben.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();

    const dee = await (await signedInContext('dee')).newPage();
    const refused = await dee.goto(url);
    assert.equal(refused?.status(), 403);
    assert.match(await dee.locator('body').innerText(), /Settings → Roles/);

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(url);
    assert.equal(new URL(stranger.url()).pathname, '/sign-in');
  });
});
