/**
 * Summaries of timing samples. Medians, not means, so one run disturbed by another process on
 * the machine does not move the figure; p99 by the nearest-rank method, so it is always a value
 * that was actually measured.
 */

/** The middle value of `samples` (the mean of the two middle ones for an even count); NaN when empty. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The `p`th percentile (0 < p ≤ 100) by nearest rank: the smallest sample with at least p% of
 * the samples at or below it. NaN when empty.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: expected p in (0, 100], got ${p}`);
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] as number;
}

export interface Summary {
  count: number;
  median: number;
  p99: number;
  min: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: samples.length,
    median: median(sorted),
    p99: percentile(sorted, 99),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Milliseconds that `run` takes, by the monotonic clock. */
export async function timeMs(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Per-query figures over several runs: each run summarised alone, then the median of the runs' medians and p99s. */
export interface RunsSummary {
  median: number;
  p99: number;
  runs: Summary[];
}

export function summariseRuns(runs: readonly (readonly number[])[]): RunsSummary {
  const summaries = runs.map(summarise);
  return {
    median: median(summaries.map((s) => s.median)),
    p99: median(summaries.map((s) => s.p99)),
    runs: summaries,
  };
}
