/**
 * The runtime half of DESIGN.md §6 in Chromium: report rendering (worker and main thread), the main
 * thread while a long report renders, and opening, closing and leaking the elements.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/chromium.js';
import type { BenchPart } from '../markdown.js';
import { progress } from '../progress.js';
import { scaledReports, type ReportCase } from '../report-cases.js';
import type { RenderMode, SurfaceName } from './api.js';
import { PageInspector } from './cdp.js';
import { chromiumReport } from './chromium-report.js';
import {
  LEAK_CYCLES,
  LEAK_WARM_UP_CYCLES,
  MODES,
  OPEN_CYCLES,
  type ChromiumFigures,
  type SurfaceFigures,
} from './figures.js';
import { measureFirstOpens } from './first-open-driver.js';
import { serveBenchPage } from './page.js';

const input = (report: ReportCase) => ({ conversation: report.conversation, insights: report.insights });

async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.harmonyBench !== undefined);
}

async function renderTimings(page: Page, reports: ReportCase[]): Promise<ChromiumFigures['renders']> {
  const rows: ChromiumFigures['renders'] = [];
  for (const report of reports) {
    for (const mode of MODES) {
      progress(`Chromium: ${report.label}, ${mode}`);
      const timing = await page.evaluate(
        ([data, renderMode]) =>
          window.harmonyBench!.renderReport(data, renderMode, { budgetMs: 2000, minRuns: 3, maxRuns: 25 }),
        [input(report), mode] as const,
      );
      rows.push({ report, mode, timing });
    }
  }
  return rows;
}

async function responsiveness(page: Page, report: ReportCase): Promise<ChromiumFigures['responsiveness']> {
  progress(`Chromium: the main thread while ${report.label} render`);
  const measureIn = (mode: RenderMode) =>
    page.evaluate(([data, renderMode]) => window.harmonyBench!.responsiveness(data, renderMode), [
      input(report),
      mode,
    ] as const);
  return { worker: await measureIn('worker'), 'main thread': await measureIn('main thread') };
}

async function surfaceFigures(
  browser: Browser,
  page: Page,
  url: string,
  name: SurfaceName,
): Promise<SurfaceFigures> {
  const first = await measureFirstOpens(browser, url, name);
  progress(`Chromium: ${name}, ${OPEN_CYCLES} timed opens and ${LEAK_CYCLES} open/close cycles`);
  // A fresh page per element: its heap then holds nothing of the reports or of the other element.
  await openPage(page, url);
  await page.evaluate((surface) => window.harmonyBench!.mount(surface), name);
  const open = await page.evaluate(([surface, cycles]) => window.harmonyBench!.openTimings(surface, cycles), [
    name,
    OPEN_CYCLES,
  ] as const);
  const inspector = await PageInspector.attach(page);
  const cycle = (cycles: number) =>
    page.evaluate(([surface, count]) => window.harmonyBench!.cycle(surface, count), [name, cycles] as const);
  // Warmed up first: what a first open builds once (templates, styles) is not a leak.
  await cycle(LEAK_WARM_UP_CYCLES);
  const before = await inspector.read();
  await cycle(LEAK_CYCLES);
  const after = await inspector.read();
  await inspector.detach();
  return { first, open, before, after };
}

export async function measureInChromium(): Promise<BenchPart> {
  progress('Chromium: building the bench page with Vite');
  const served = await serveBenchPage();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await openPage(page, served.url);
    const reports = scaledReports();
    const renders = await renderTimings(page, reports);
    const mainThread = await responsiveness(page, reports[reports.length - 1]!);
    const surfaces: ChromiumFigures['surfaces'] = {};
    for (const name of ['dialog', 'menu'] as const) {
      if (await page.evaluate((surface) => window.harmonyBench!.has(surface), name)) {
        surfaces[name] = await surfaceFigures(browser, page, served.url, name);
      }
    }
    return chromiumReport({
      version: browser.version(),
      reports,
      renders,
      responsiveness: mainThread,
      surfaces,
    });
  } finally {
    await browser.close();
    await served.close();
  }
}
