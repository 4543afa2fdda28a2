/** Throughput of a computation: how many times a second it runs over a set of cases. */
import { median } from './stats.ts';

/** Each run repeats its set for at least this long. */
export const RUN_MS = 500;

/**
 * Computations per second: one warm-up pass, then the set run over and over for `RUN_MS`, `runs`
 * times; the median. The answers are folded into a checksum the caller gets back, so the JIT
 * cannot drop a computation whose result nobody reads.
 */
export function perSecond<T>(
  runs: number,
  cases: readonly T[],
  compute: (c: T) => unknown,
): { rate: number; checksum: number } {
  let checksum = 0;
  const fold = (answer: unknown) => {
    checksum = (checksum + (typeof answer === 'number' ? answer : answer ? 1 : 0)) % 1_000_003;
  };
  for (const c of cases) fold(compute(c));
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < RUN_MS) {
      for (const c of cases) fold(compute(c));
      done += cases.length;
    }
    rates.push(done / ((performance.now() - start) / 1000));
  }
  return { rate: median(rates), checksum };
}
