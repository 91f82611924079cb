/**
 * Opens every entry of the built Storybook (stories and docs pages) in
 * Chromium and fails on a page error, a console error or an axe violation.
 * A green `storybook build` proves nothing about whether stories run.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { serveFolder } from '../support/static-server.js';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

const root = new URL('../../', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe over the story root. On docs pages Storybook's own controls table is left out: its toggles are
 * Storybook's UI (with its own contrast choices), not something this library ships.
 */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (root) => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<AxeResults> } })
      .axe;
    const context = { include: [root], exclude: [['.docblock-argstable']] };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, selector);
}

async function check(page: Page, origin: string, entry: IndexEntry): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    // The browser asks the static server for a favicon on its own; that is not the story's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(`console error: ${message.text()}`);
    }
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type}`, { waitUntil: 'load' });
    const rootSelector = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.childElementCount,
      rootSelector,
      { timeout: 15_000 },
    );
    // Let the in-memory backend's first answers arrive, so the state a designer sees is the one checked.
    await page.waitForTimeout(entry.type === 'docs' ? 500 : 900);
    if (await page.locator('.sb-show-errordisplay').count()) {
      problems.push(`Storybook error display: ${await page.locator('#error-message').innerText()}`);
    }
    problems.push(...(await axeViolations(page, rootSelector)));
  } catch (error) {
    problems.push(`did not render: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return problems;
}

const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const entries = Object.values(index.entries);
const server = await serveFolder(staticDir);
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  // Stories tagged `clipboard-granted` show what a user who allowed clipboard access sees.
  const granted = await browser.newContext();
  await granted.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const grantedPage = await granted.newPage();
  for (const entry of entries) {
    const onPage = entry.tags?.includes('clipboard-granted') ? grantedPage : page;
    const problems = await check(onPage, server.origin, entry);
    if (problems.length === 0) {
      passed++;
      console.log(`  ✓ ${entry.title} › ${entry.name}`);
    } else {
      failed++;
      console.log(`  ✗ ${entry.title} › ${entry.name}\n${problems.map((p) => `      ${p}`).join('\n')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nStories: ${passed} passed, ${failed} failed`);
if (entries.length === 0 || failed > 0) process.exitCode = 1;
