/**
 * The first open of an element in a page that has just loaded, as a user meets it: either cold (the
 * element's lazy chunks are still on the server) or once its intent prefetch has brought them.
 */
import type { FirstOpen, FirstOpenKind, ScriptFetch, SurfaceName } from './api.js';
import { timeOpen } from './open-timing.js';
import { delay, nextFrame } from './probes.js';
import { mountSurface } from './surfaces.js';

function scriptsFetched(since: number): ScriptFetch[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => ({
      file: new URL(entry.name).pathname.slice(1),
      bytes: entry.encodedBodySize,
      transferBytes: entry.transferSize,
      startMs: entry.startTime - since,
    }));
}

export async function firstOpen(name: SurfaceName, kind: FirstOpenKind): Promise<FirstOpen> {
  const target = await mountSurface(name);
  if (kind === 'prefetched') {
    await target.prefetch();
    // A click comes a while after the pointer arrives, at any point between two frames.
    await nextFrame();
    await delay(Math.random() * 17);
  }
  // Cold: show() follows the element's first render without yielding to the event loop, so its idle
  // prefetch (requestIdleCallback) has had no chance to run; the driver checks that in the fetch log.
  const timing = await timeOpen(name, target);
  return { readyMs: timing.readyMs, frameMs: timing.frameMs, scripts: scriptsFetched(timing.startedAt) };
}
