/** Main-thread responsiveness probes: long tasks as the browser reports them, and the gaps a page would feel. */

export interface ProbeResult {
  longTasks: number[];
  longestFrameGapMs: number;
  longestTimerGapMs: number;
}

export const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Starts watching; `stop()` returns what was seen. A frame loop and a zero-delay timer loop
 * each record their longest gap: together they show a block even where 'longtask' is silent.
 */
export function watchMainThread(): { stop(): Promise<ProbeResult> } {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let watching = true;
  let longestFrameGapMs = 0;
  let longestTimerGapMs = 0;
  let lastFrame = performance.now();
  const onFrame = () => {
    const now = performance.now();
    longestFrameGapMs = Math.max(longestFrameGapMs, now - lastFrame);
    lastFrame = now;
    if (watching) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  let lastTimer = performance.now();
  const onTimer = () => {
    const now = performance.now();
    longestTimerGapMs = Math.max(longestTimerGapMs, now - lastTimer);
    lastTimer = now;
    if (watching) setTimeout(onTimer, 0);
  };
  setTimeout(onTimer, 0);
  return {
    async stop() {
      watching = false;
      // Long-task entries are queued after their task ends: give them a moment to arrive.
      await delay(100);
      for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
      observer.disconnect();
      return { longTasks, longestFrameGapMs, longestTimerGapMs };
    },
  };
}

/** Rejects when `promise` takes longer than `ms`, so a stuck element fails the bench instead of hanging it. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
