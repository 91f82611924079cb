/** Summary statistics and a sampler shared by the Node and the in-browser measurements. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

export interface Sample {
  medianMs: number;
  runs: number;
}

export interface SampleOptions {
  /** Rough time to spend on the timed runs; the run count follows from the second warm-up's duration. */
  budgetMs: number;
  minRuns: number;
  maxRuns: number;
}

/** Untimed runs before the timed ones (see `sample`). */
export const WARM_UP_RUNS = 2;

/**
 * Runs `task` twice to warm up: the first fills the caches (modules, fonts, a worker's start), the second
 * runs on code the JIT has seen once, and its duration sets how many timed runs fit the budget, within
 * bounds, so slow cases still finish and fast ones are steady. (Fitting on the first alone left a fresh
 * worker's typical report with 4 runs, most of them still warming up.)
 */
export async function sample<T>(
  task: () => Promise<T>,
  options: SampleOptions,
): Promise<Sample & { result: T }> {
  let result = await task();
  const warmStart = performance.now();
  result = await task();
  const warmMs = performance.now() - warmStart;
  const runs = Math.max(options.minRuns, Math.min(options.maxRuns, Math.round(options.budgetMs / warmMs)));
  const durations: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    result = await task();
    durations.push(performance.now() - start);
  }
  return { medianMs: median(durations), runs, result };
}
