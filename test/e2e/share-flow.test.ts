/**
 * The spec's flows, end to end: the demo page served by the reference server, driven in Chromium with
 * the keyboard alone — ⋯ → Share → PDF and link (the PDF read back as text, the link opened by a teammate
 * with access and by one without), ⋯ → Discuss with Companion, and the Companion icon.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../server/serve.js';
import { readPdf } from '../fixtures/report/read-pdf.js';
import { openShareDialog, tabTo, tabToTarget } from './keyboard.js';
import { startDemo, stopDemo } from './demo.js';
import { signInThroughPage } from './sign-in.js';

let server: RunningServer;
let browser: Browser;

async function signedInContext(user: string): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInThroughPage(page, server.origin, user, '/v1/me');
  assert.match(
    (await page.textContent('body')) ?? '',
    new RegExp(`"id":"${user}"`),
    `sign-in as ${user} failed`,
  );
  await page.close();
  return context;
}

describe('demo: share a meeting with the keyboard alone', () => {
  before(async () => ({ server, browser } = await startDemo()));
  after(() => stopDemo(server, browser));

  test('Share PDF downloads the report; a generated link opens for ben and is refused for dee', async () => {
    const context = await signedInContext('ada');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/conversations/weekly-sync`);
    await page.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();

    await tabTo(page, 'More actions for Weekly Sales Sync');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Share' }).waitFor();
    // The menu opens with its first item, Share, focused.
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
    const refocused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.getAttribute('aria-label');
    });
    assert.equal(refocused, 'More actions for Weekly Sales Sync', 'focus returns to the ⋯ button');
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

  /**
   * The Companion page a flow lands on: a new thread about the meeting, an empty message box and the
   * suggestion to pick, which then shows in the thread as sent.
   */
  async function assertCompanionThread(page: Page, { suggested }: { suggested: boolean }): Promise<void> {
    await page.waitForURL(/\/companion\/[^/]+$/);
    await page.getByRole('heading', { name: 'Companion' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Weekly Sales Sync/);
    const box = page.getByRole('textbox', { name: 'Message' });
    assert.equal(await box.inputValue(), '');
    const chip = page.getByRole('button', { name: 'Summarize this meeting', exact: true });
    if (suggested) await chip.click();
    else {
      // Open-ended: nothing offered; the user writes their own first message.
      assert.equal(await chip.count(), 0);
      await box.fill('Who owns the follow-up');
      await page.getByRole('button', { name: 'Send' }).click();
    }
    const thread = page.getByRole('list', { name: 'Messages' });
    await thread.waitFor();
    const sent = suggested ? 'Summarize this meeting' : 'Who owns the follow-up';
    assert.match(await thread.innerText(), new RegExp(`You\\s+${sent}$`));
  }

  test('⋯ → Discuss with Companion opens a new thread about the meeting', async () => {
    const page = await (await signedInContext('ada')).newPage();
    await page.goto(`${server.origin}/conversations/weekly-sync`);
    await page.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();
    await tabTo(page, 'More actions for Weekly Sales Sync');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menuitem', { name: 'Share' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await assertCompanionThread(page, { suggested: false });
  });

  test('the Companion icon opens a new thread about the meeting', async () => {
    const page = await (await signedInContext('ada')).newPage();
    await page.goto(`${server.origin}/conversations/weekly-sync`);
    await page.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();
    await tabTo(page, 'Discuss with Companion');
    await page.keyboard.press('Enter');
    await assertCompanionThread(page, { suggested: true });
  });
});

describe('demo: who can open a link, a teammate checked, a link made to expire', () => {
  const DAY = 24 * 60 * 60 * 1000;
  let clock = Date.parse('2026-03-10T09:00:00Z');
  before(async () => ({ server, browser } = await startDemo({ now: () => clock })));
  after(() => stopDemo(server, browser));

  test('with the keyboard: names and reasons, "dee" explained, a 1-day link dated and refused after', async () => {
    const page = await (await signedInContext('ada')).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openShareDialog(page, server.origin);

    const expiry = page.getByRole('combobox', { name: 'Link expires' });
    await tabToTarget(page, expiry, 'Link expires');
    await page.keyboard.press('ArrowDown');
    assert.equal(await expiry.inputValue(), '1');
    // Back to Generate Link for Sharing (Customize PDF sits between them), on through the dialog's loop.
    const generate = page.getByRole('button', { name: 'Generate Link for Sharing' });
    await tabToTarget(page, generate, 'Generate Link for Sharing');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Shareable Link' }).waitFor();
    const url = await page.getByRole('textbox', { name: 'Shareable Link' }).inputValue();
    const expected = await page.evaluate(
      (at) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at)),
      clock + DAY,
    );
    await page.getByText(`Expires on ${expected}.`).waitFor();

    await page.getByText('Ada Okafor, Ben Hartley and Cy Moreau can open this link.').waitFor();
    await tabTo(page, 'Who and why');
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', {
      name: 'Ada Okafor, Ben Hartley and Cy Moreau can open this link.',
    });
    await list.waitFor();
    assert.deepEqual(
      (await list.getByRole('listitem').allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim()),
      ['Ada Okafor: created it', 'Ben Hartley: team Sales', 'Cy Moreau: reads all conversations'],
    );

    const check = page.getByRole('textbox', { name: 'Check who can open it' });
    await tabToTarget(page, check, 'Check who can open it');
    await page.keyboard.type('dee');
    await page
      .locator('#access-check-result')
      .getByText(
        "Dee Lindqvist can't open it: their role reads only their teams' conversations. An admin can change that under Settings → Roles.",
      )
      .waitFor();
    assert.deepEqual(errors, []);

    // A day later by the server's clock, the link is refused as expired, even to someone who can read it.
    clock += DAY + 1000;
    const ben = await (await signedInContext('ben')).newPage();
    const refused = await ben.goto(url);
    assert.equal(refused?.status(), 410);
    assert.match(await ben.locator('body').innerText(), /made to expire/);
  });
});
