/**
 * The demo as a showcase on a phone: a 375 px wide page that stays 375 px wide, a Share panel on screen,
 * the results of each action in words, light and dark, and no conversation ids for a user who cannot
 * read those conversations.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../server/serve.js';
import { startDemo, stopDemo } from './demo.js';
import { signInThroughPage } from './sign-in.js';

let server: RunningServer;
let browser: Browser;

async function phonePage(user: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme });
  const page = await context.newPage();
  await signInThroughPage(page, server.origin, user, '/conversations/weekly-sync');
  await page.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();
  return page;
}

/** The box of an element in the page, found by role inside any shadow root. */
async function boxOf(page: Page, role: 'dialog' | 'button', name?: string) {
  const box = await page.getByRole(role, name ? { name, exact: true } : {}).boundingBox();
  assert.ok(box, `no ${role} ${name ?? ''} on screen`);
  return box;
}

describe('demo on a 375 px phone', () => {
  before(async () => ({ server, browser } = await startDemo()));
  after(() => stopDemo(server, browser));

  for (const scheme of ['light', 'dark'] as const) {
    test(`the page stays 375 px wide and the Share panel on screen (${scheme})`, async () => {
      const page = await phonePage('ada', scheme);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `the page is ${width} px wide`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      const light = r! + g! + b! > 382;
      assert.equal(light, scheme === 'light', `a ${scheme} page has a ${background} background`);

      await page.getByRole('button', { name: 'More actions for Weekly Sales Sync' }).click();
      await page.getByRole('menuitem', { name: 'Share' }).click();
      await page.getByRole('button', { name: 'Share PDF' }).waitFor();
      const dialog = await boxOf(page, 'dialog');
      assert.ok(dialog.x >= 0 && dialog.x + dialog.width <= 375, `dialog at ${dialog.x}+${dialog.width}`);

      await page.getByRole('button', { name: 'Generate Link for Sharing' }).click();
      await page.getByRole('button', { name: 'Revoke link' }).click();
      await page.getByRole('button', { name: 'Revoke', exact: true }).click();
      await page.getByText('Link revoked: it no longer works for anyone who has it.').waitFor();
      const again = await boxOf(page, 'button', 'Generate a new link');
      assert.ok(again.x >= 0 && again.x + again.width <= 375);
      await page.context().close();
    });
  }

  test('names no conversation a user cannot read, links to none, and asks for none on load', async () => {
    const refused: string[] = [];
    const page = await phonePage('ada', 'light');
    page.on('response', (response) => {
      if (response.status() === 403) refused.push(response.url());
    });
    await page.reload();
    const list = page.getByRole('navigation', { name: 'Conversations' });
    await list.getByText('H2 Roadmap Review').waitFor();
    const text = await list.innerText();
    assert.doesNotMatch(text, /global-kickoff|Global Support Kickoff/i);
    assert.deepEqual(refused, [], 'no request the server refused');
    const hrefs = await list
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(!hrefs.some((href) => href?.includes('global-kickoff')), hrefs.join(', '));
    await page.context().close();
  });
});
