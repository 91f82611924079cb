import type { Page } from 'playwright-core';

/**
 * Signs `user` in through the demo's sign-in page, as a person does (the server takes sign-ins only
 * from its own pages), and waits until the browser arrives at `next`.
 */
export async function signInThroughPage(
  page: Page,
  origin: string,
  user: string,
  next: string,
): Promise<void> {
  await page.goto(`${origin}/sign-in?next=${next}`);
  await Promise.all([page.waitForURL(`${origin}${next}`), page.locator(`button[value="${user}"]`).click()]);
}
