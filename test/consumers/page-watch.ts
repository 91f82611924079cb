import type { Page } from 'playwright-core';

export interface PageWatch {
  /** Page errors, console errors and failed requests (by status and URL). */
  problems: string[];
  /** Console warnings, where the library says why it fell back. */
  warnings: string[];
}

/** Records what went wrong in a host app's page while a test drives it. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { problems: [], warnings: [] };
  page.on('pageerror', (error) => watch.problems.push(error.message));
  // A failed request is reported by its URL below; the browser's own favicon request is not the app's.
  page.on('console', (message) => {
    if (message.type() === 'warning') watch.warnings.push(message.text());
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      watch.problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      watch.problems.push(`${response.status()} ${response.url()}`);
  });
  return watch;
}
