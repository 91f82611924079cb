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
  /** Rough time to spend on the timed runs; the run count follows from the warm-up's duration. */
  budgetMs: number;
  minRuns: number;
  maxRuns: number;
}

/**
 * Times `task` once to warm up (modules, fonts and JIT all cached afterwards), then as many
 * times as fit the budget, within bounds, so slow cases still finish and fast ones are steady.
 */
export async function sample<T>(
  task: () => Promise<T>,
  options: SampleOptions,
): Promise<Sample & { result: T }> {
  const warmStart = performance.now();
  let result = await task();
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
