/**
 * The first open of each element, cold and prefetched, one fresh page per sample. Each sample gets a new
 * browser context: its HTTP cache is empty, so a cold open fetches the element's lazy chunks from the
 * bench server, as on a user's first visit. The fetch log of every sample is checked, so a figure that
 * did not include those fetches (the idle prefetch came first, or the build made them eager) fails the
 * run instead of being reported.
 */
import type { Browser } from 'playwright-core';
import { progress } from '../progress.js';
import type { FirstOpen, FirstOpenKind, ScriptFetch, SurfaceName } from './api.js';

export const FIRST_OPEN_SAMPLES = 15;
export const FIRST_OPEN_KINDS: FirstOpenKind[] = ['cold', 'prefetched'];

/** What each element loads on its first open, by the chunk names Vite gives them. */
const LAZY_CHUNKS: Record<SurfaceName, RegExp[]> = {
  dialog: [/share-dialog-view/],
  menu: [/overflow-menu-view/, /floating-ui/],
};

/** Whose lazy chunk a fetched file is, when it is one of the elements' own. */
export function lazyChunkOwner(file: string): SurfaceName | undefined {
  const owners = Object.entries(LAZY_CHUNKS) as [SurfaceName, RegExp[]][];
  return owners.find(([, chunks]) => chunks.some((chunk) => chunk.test(file)))?.[0];
}

export interface FirstOpenSeries {
  frameMs: number[];
  readyMs: number[];
}

export interface FirstOpenFigures {
  cold: FirstOpenSeries;
  prefetched: FirstOpenSeries;
  /** Scripts the last cold open fetched from the server between show() and the frame that showed it. */
  coldFetches: ScriptFetch[];
}

/** Scripts requested after show() and before the frame in which the element showed. */
const fetchedDuring = (open: FirstOpen) =>
  open.scripts.filter((script) => script.startMs >= 0 && script.startMs <= open.frameMs);

function check(name: SurfaceName, kind: FirstOpenKind, open: FirstOpen): void {
  const during = fetchedDuring(open);
  const listed = during.map((script) => script.file).join(', ') || 'nothing';
  for (const chunk of LAZY_CHUNKS[name]) {
    const fetched = during.filter((script) => chunk.test(script.file));
    if (kind === 'cold' && !fetched.some((script) => script.transferBytes > 0))
      throw new Error(
        `The cold ${name} open fetched no ${chunk.source} chunk from the server (it fetched ${listed}): the idle prefetch ran first, or the build made it eager.`,
      );
    if (kind === 'prefetched' && fetched.length > 0)
      throw new Error(`The prefetched ${name} open still fetched ${listed}.`);
  }
}

async function sampleOnce(browser: Browser, url: string, name: SurfaceName, kind: FirstOpenKind) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.harmonyBench !== undefined);
    const open = await page.evaluate(([surface, k]) => window.harmonyBench!.firstOpen(surface, k), [
      name,
      kind,
    ] as const);
    check(name, kind, open);
    return open;
  } finally {
    await context.close();
  }
}

export async function measureFirstOpens(
  browser: Browser,
  url: string,
  name: SurfaceName,
): Promise<FirstOpenFigures> {
  progress(
    `Chromium: ${name}, ${FIRST_OPEN_SAMPLES} first opens each cold and prefetched, a fresh page each`,
  );
  const figures: FirstOpenFigures = {
    cold: { frameMs: [], readyMs: [] },
    prefetched: { frameMs: [], readyMs: [] },
    coldFetches: [],
  };
  // Alternating, so a busy spell on the machine falls on both kinds alike.
  for (let index = 0; index < FIRST_OPEN_SAMPLES; index += 1) {
    for (const kind of FIRST_OPEN_KINDS) {
      const open = await sampleOnce(browser, url, name, kind);
      figures[kind].frameMs.push(open.frameMs);
      figures[kind].readyMs.push(open.readyMs);
      if (kind === 'cold') figures.coldFetches = fetchedDuring(open);
    }
  }
  return figures;
}
