/** The Chromium figures as report sections, and against the budgets of DESIGN.md §6. */
import { kB, ms, table, type BenchPart, type BudgetRow, type Section } from '../markdown.js';
import type { RenderMode, Responsiveness, SurfaceName } from './api.js';
import {
  LEAK_CYCLES,
  LEAK_WARM_UP_CYCLES,
  MODES,
  OPEN_CYCLES,
  type ChromiumFigures,
  type SurfaceFigures,
} from './figures.js';
import { firstOpenBudgets, firstOpenSection } from './first-open-report.js';
import { WARM_UP_RUNS } from '../stats.js';

const SURFACE_LABELS: Record<SurfaceName, string> = {
  dialog: 'share dialog: show() → open, focus inside',
  menu: 'overflow menu: show() → open, first item focused',
};

const longestTask = (r: Responsiveness) => Math.max(0, ...r.longTasks);
const cycles = LEAK_CYCLES.toLocaleString('en-US');

/** Listener types present after the cycles that were not there before (a multiset difference). */
function listenersLeft({ before, after }: SurfaceFigures): string[] {
  const remaining = [...before.windowListeners, ...before.documentListeners];
  return [...after.windowListeners, ...after.documentListeners].filter((type) => {
    const index = remaining.indexOf(type);
    if (index === -1) return true;
    remaining.splice(index, 1);
    return false;
  });
}

function renderSection({ version, renders }: ChromiumFigures): Section {
  const rows = renders.map(({ report, mode, timing }) => [
    report.label,
    mode,
    ms(timing.medianMs),
    timing.runs,
    kB(timing.bytes),
    mode === 'worker' ? `${timing.workerAnswers} of ${timing.runs + WARM_UP_RUNS}` : '—',
  ]);
  return {
    title: 'Report rendering in Chromium',
    method: `${version} headless, page built by Vite; renderReportInBrowser, two warm-ups (fonts then in the HTTP cache, the worker started, its code run once), then the median of N runs, N fitted to ~2 s from the second. Consecutive reports share one warm worker (started by the warm-up), as on a page where a user makes more than one.`,
    lines: table(['report', 'rendered in', 'median:', 'runs:', 'PDF:', 'renders the worker answered:'], rows),
  };
}

function responsivenessSection({ reports, responsiveness }: ChromiumFigures): Section {
  const rows = MODES.map((mode) => {
    const r = responsiveness[mode];
    return [
      mode,
      ms(r.renderMs),
      r.longTasks.length,
      ms(longestTask(r)),
      ms(r.longestFrameGapMs),
      ms(r.longestTimerGapMs),
    ];
  });
  return {
    title: `Main thread while ${reports[reports.length - 1]!.label} render`,
    method:
      "One render per mode; PerformanceObserver 'longtask' (tasks over 50 ms) plus the longest gap between animation frames (~16.7 ms when idle) and between zero-delay timers.",
    lines: table(
      ['rendered in', 'render:', 'long tasks:', 'longest task:', 'longest frame gap:', 'longest timer gap:'],
      rows,
    ),
  };
}

function openSection({ surfaces }: ChromiumFigures): Section {
  const rows = Object.entries(surfaces).map(([name, f]) => [
    SURFACE_LABELS[name as SurfaceName],
    ms(f.open.readyMedianMs),
    ms(f.open.frameMedianMs),
    ms(f.open.frameP90Ms),
    f.open.cycles,
  ]);
  return {
    title: 'Opening the elements again',
    method: `MemoryAdapter (sample conversations) at latency 0; on one page, after a first open, ${OPEN_CYCLES} open/close cycles, each opened at a random point between two frames; "ready" once the element's update is done, "frame" at the first requestAnimationFrame in which it is open with focus inside.`,
    lines: [
      ...table(['element', 'ready, median:', 'frame, median:', 'frame, p90:', 'cycles:'], rows),
      ...(surfaces.menu
        ? []
        : [
            '',
            'The overflow menu is not in this build yet (src/components/overflow-menu/define.ts): skipped.',
          ]),
    ],
  };
}

function leakSection({ surfaces }: ChromiumFigures): Section {
  const count = (f: SurfaceFigures, when: 'before' | 'after') =>
    `${f[when].windowListeners.length} / ${f[when].documentListeners.length}`;
  const rows = Object.entries(surfaces).map(([name, f]) => [
    name,
    kB(f.before.heapBytes),
    kB(f.after.heapBytes),
    kB(f.after.heapBytes - f.before.heapBytes),
    `${count(f, 'before')} → ${count(f, 'after')}`,
    listenersLeft(f).join(', ') || 'none',
  ]);
  return {
    title: `Heap and listeners over ${cycles} open/close cycles`,
    method: `A fresh page per element, ${LEAK_WARM_UP_CYCLES} warm-up cycles; CDP HeapProfiler.collectGarbage ×2 then Runtime.getHeapUsage before and after; DOMDebugger.getEventListeners on window and document (the listeners there before are the test driver's own).`,
    lines: table(
      ['element', 'heap before:', 'heap after:', 'growth:', 'listeners window / document', 'listeners left'],
      rows,
    ),
  };
}

function budgets({ reports, renders, responsiveness, surfaces }: ChromiumFigures): BudgetRow[] {
  const medianOf = (index: number, mode: RenderMode) =>
    renders.find((r) => r.report === reports[index] && r.mode === mode)!.timing.medianMs;
  const rows: BudgetRow[] = firstOpenBudgets(surfaces);
  for (const mode of MODES) {
    const typical = medianOf(0, mode);
    rows.push({
      row: 4,
      what: `typical report, Chromium, ${mode}`,
      budget: '≤ 50 ms',
      measured: ms(typical),
      within: typical <= 50,
    });
  }
  for (const mode of MODES) {
    const thousand = medianOf(reports.length - 1, mode);
    rows.push({
      row: 4,
      what: `1,000 action items, Chromium, ${mode}`,
      budget: '≤ 1 s',
      measured: ms(thousand),
      within: thousand <= 1000,
    });
  }
  const worker = responsiveness.worker;
  rows.push({
    row: 4,
    what: 'main-thread tasks while 1,000 action items render in the worker',
    budget: 'none > 50 ms',
    measured: worker.longTasks.length
      ? `${worker.longTasks.length}, longest ${ms(longestTask(worker))}`
      : `none (longest frame gap ${ms(worker.longestFrameGapMs)})`,
    within: worker.longTasks.length === 0,
  });
  for (const [name, f] of Object.entries(surfaces)) {
    const growth = f.after.heapBytes - f.before.heapBytes;
    const left = listenersLeft(f);
    rows.push({
      row: 5,
      what: `${name}: ${cycles} open/close cycles`,
      budget: 'heap < 1 MB, no listeners left',
      measured: `${kB(growth)}, ${left.length ? `listeners left: ${left.join(', ')}` : 'no listeners left'}`,
      within: growth < 1_000_000 && left.length === 0,
    });
  }
  return rows;
}

export function chromiumReport(figures: ChromiumFigures): BenchPart {
  return {
    sections: [
      renderSection(figures),
      responsivenessSection(figures),
      firstOpenSection(figures.surfaces),
      openSection(figures),
      leakSection(figures),
    ],
    budgets: budgets(figures),
  };
}
