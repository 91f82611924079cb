/** The first opens as a report section and against DESIGN.md §6 (≤ 16 ms once prefetched, ≤ 100 ms cold). */
import { kB, ms, table, type BudgetRow, type Section } from '../markdown.js';
import { median, percentile } from '../stats.js';
import type { FirstOpenKind, SurfaceName } from './api.js';
import type { SurfaceFigures } from './figures.js';
import {
  FIRST_OPEN_KINDS,
  FIRST_OPEN_SAMPLES,
  lazyChunkOwner,
  type FirstOpenSeries,
} from './first-open-driver.js';

type Surfaces = Partial<Record<SurfaceName, SurfaceFigures>>;

const BUDGET_MS: Record<FirstOpenKind, number> = { prefetched: 16, cold: 100 };

const ELEMENT: Record<SurfaceName, string> = { dialog: 'share dialog', menu: 'overflow menu' };

const spread = (values: number[]) => `${ms(Math.min(...values))} – ${ms(Math.max(...values))}`;

function row(name: SurfaceName, kind: FirstOpenKind, series: FirstOpenSeries): (string | number)[] {
  return [
    ELEMENT[name],
    kind,
    ms(median(series.frameMs)),
    ms(percentile(series.frameMs, 0.9)),
    spread(series.frameMs),
    ms(median(series.readyMs)),
    `≤ ${BUDGET_MS[kind]} ms`,
  ];
}

export function firstOpenSection(surfaces: Surfaces): Section {
  const entries = Object.entries(surfaces) as [SurfaceName, SurfaceFigures][];
  const rows = entries.flatMap(([name, f]) => FIRST_OPEN_KINDS.map((kind) => row(name, kind, f.first[kind])));
  const fetches = entries.map(([name, f]) => {
    const files = f.first.coldFetches.map((script) => {
      const owner = lazyChunkOwner(script.file);
      // The open waits on the network, so the page is idle meanwhile: another element's prefetch may run.
      const whose = owner && owner !== name ? `, the ${ELEMENT[owner]}'s, by the idle prefetch` : '';
      return `${script.file} (${kB(script.bytes)}${whose})`;
    });
    const total = f.first.coldFetches.reduce((sum, script) => sum + script.bytes, 0);
    return `- ${ELEMENT[name]}: ${files.join(', ')}; ${kB(total)} in all`;
  });
  return {
    title: 'First open of each element',
    method: `${FIRST_OPEN_SAMPLES} samples per row, alternating, each in a new browser context (empty HTTP cache) on the bench page served from 127.0.0.1: the element is mounted, then show() — cold: right after its first render, before its idle prefetch, so its lazy chunks come from the server during the open; prefetched: after its own intent prefetch has fetched and run them and the element has warmed up (pointer over ⋯; for the dialog, prefetchShareDialog() and one idle period, when it renders its panel closed). Timed from show() to the first frame open with focus inside ("ready": once its update is done). The fetch log (Resource Timing) of every sample is checked: a cold open that fetched none of its chunks, or a prefetched one that fetched any, fails the run.`,
    lines: [
      ...table(
        [
          'element',
          'first open',
          'frame, median:',
          'frame, p90:',
          'frame, min – max:',
          'ready, median:',
          'budget',
        ],
        rows,
      ),
      '',
      'What the last cold open of each fetched between show() and that frame (as served, uncompressed):',
      '',
      ...fetches,
    ],
  };
}

export function firstOpenBudgets(surfaces: Surfaces): BudgetRow[] {
  return (Object.entries(surfaces) as [SurfaceName, SurfaceFigures][]).flatMap(([name, f]) =>
    [...FIRST_OPEN_KINDS].reverse().map((kind) => {
      const frame = median(f.first[kind].frameMs);
      return {
        row: 3,
        what: `${name} first open → visible with focus inside, median, Chromium, ${kind}`,
        budget: `≤ ${BUDGET_MS[kind]} ms`,
        measured: `${ms(frame)} (p90 ${ms(percentile(f.first[kind].frameMs, 0.9))})`,
        within: frame <= BUDGET_MS[kind],
      };
    }),
  );
}
