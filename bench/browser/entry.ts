/**
 * The bench page: built with Vite the way a host app builds the library (lazy renderer, worker and
 * fonts as their own files), then driven from Node through `window.harmonyBench`.
 */
import { renderReportInBrowser } from '../../src/report/browser.js';
import { median, percentile, sample } from '../stats.js';
import type { BenchApi, OpenTimings, RenderMode, ReportInput, SurfaceName } from './api.js';
import { firstOpen } from './first-open.js';
import { timeOpen } from './open-timing.js';
import { delay, watchMainThread, within } from './probes.js';
import { hasSurface, mountSurface, type Surface } from './surfaces.js';

// renderReportInBrowser falls back to this thread without a word when a worker fails: count real answers.
let workerAnswers = 0;
const PageWorker = Worker;
globalThis.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener('message', () => (workerAnswers += 1));
  }
};

const render = (report: ReportInput, mode: RenderMode) =>
  renderReportInBrowser(report.conversation, report.insights, {
    worker: mode === 'worker' ? 'auto' : 'never',
  });

const surfaces = new Map<SurfaceName, Surface>();
const surface = (name: SurfaceName) => {
  const found = surfaces.get(name);
  if (!found) throw new Error(`mount('${name}') first`);
  return found;
};

/** show() → the first frame with the element open and focus inside, after a first open; each at a random phase. */
async function openTimings(name: SurfaceName, cycles: number): Promise<OpenTimings> {
  const target = surface(name);
  const ready: number[] = [];
  const frame: number[] = [];
  // The first open is measured apart, in fresh pages (first-open.ts): these are the opens after it.
  await timeOpen(name, target);
  await within(target.close(), 2000, `${name} close`);
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    // A user's click lands anywhere between two frames; so does each open here.
    await delay(Math.random() * 17);
    const timing = await timeOpen(name, target);
    ready.push(timing.readyMs);
    frame.push(timing.frameMs);
    await within(target.close(), 2000, `${name} close`);
  }
  return {
    cycles,
    readyMedianMs: median(ready),
    frameMedianMs: median(frame),
    frameP90Ms: percentile(frame, 0.9),
  };
}

async function cycle(name: SurfaceName, cycles: number): Promise<void> {
  const target = surface(name);
  for (let index = 0; index < cycles; index += 1) {
    target.open();
    await target.settled();
    // Let the in-memory backend answer, as it would before a user closes the element.
    await delay(0);
    if (!target.shown()) throw new Error(`${name} did not open in cycle ${index + 1}`);
    await within(target.close(), 2000, `${name} close`);
  }
}

const api: BenchApi = {
  async renderReport(report, mode, options) {
    const answersBefore = workerAnswers;
    const run = await sample(() => render(report, mode), options);
    return {
      medianMs: run.medianMs,
      runs: run.runs,
      bytes: run.result.size,
      workerAnswers: workerAnswers - answersBefore,
    };
  },
  async responsiveness(report, mode) {
    const watch = watchMainThread();
    const start = performance.now();
    await render(report, mode);
    const renderMs = performance.now() - start;
    return { renderMs, ...(await watch.stop()) };
  },
  has: hasSurface,
  async mount(name) {
    surfaces.set(name, await mountSurface(name));
  },
  openTimings,
  firstOpen,
  cycle,
};

window.harmonyBench = api;
