import type { Locator, Page } from 'playwright-core';

/** Presses Tab until `target` (in any shadow root) has focus. */
export async function tabToTarget(page: Page, target: Locator, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await target.evaluate((element) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active === element;
    });
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Presses Tab until the button with this accessible name (in any shadow root) has focus. */
export function tabTo(page: Page, name: string): Promise<void> {
  return tabToTarget(page, page.getByRole('button', { name, exact: true }), name);
}

/**
 * The demo's Weekly Sales Sync page, its share dialog opened with the keyboard: Tab to ⋯, Enter opens
 * the menu on Share, Enter opens the dialog.
 */
export async function openShareDialog(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/conversations/weekly-sync`);
  await page.getByRole('heading', { level: 1, name: 'Weekly Sales Sync' }).waitFor();
  await tabTo(page, 'More actions for Weekly Sales Sync');
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Share' }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Share "Weekly Sales Sync"' }).waitFor();
}
