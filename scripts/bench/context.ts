/** What every benchmark section is given: where things are, how many runs, which sizes. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntakeData } from '../../src/domain/intake-data.ts';

export interface BenchContext {
  /** The project root. */
  root: string;
  /** Scratch space for generated projects, builds and databases: `.tmp/bench/`. */
  tmp: string;
  /** A copy of the project taken at the start (see `project-snapshot.ts`): what is built, served and timed. */
  project: string;
  /** The built site in that copy. */
  dist: string;
  /** Runs per timing; the median is reported. */
  runs: number;
  /** Synthetic catalogue sizes, in topics. */
  sizes: number[];
  /** Progress for the person waiting, on stderr; the table goes to stdout. */
  log: (line: string) => void;
}

export const DEFAULT_SIZES = [30, 300, 3000];

/** Reads `BENCH_RUNS` and `BENCH_SIZES` (e.g. `30,300`); throws a one-line error on a bad value. */
export function benchContext(root: string, env: Record<string, string | undefined>): BenchContext {
  const runs = env.BENCH_RUNS ? Number(env.BENCH_RUNS) : 3;
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a whole number from 1 up, got "${env.BENCH_RUNS}"`);
  const sizes = env.BENCH_SIZES ? env.BENCH_SIZES.split(',').map((s) => Number(s.trim())) : DEFAULT_SIZES;
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 10_000)) {
    throw new Error(
      `BENCH_SIZES must be topic counts from 1 to 10000 separated by commas, got "${env.BENCH_SIZES}"`,
    );
  }
  return {
    root,
    tmp: join(root, '.tmp/bench'),
    project: join(root, '.tmp/bench/project'),
    dist: join(root, '.tmp/bench/project/dist'),
    runs,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    log: (line) => console.error(`bench: ${line}`),
  };
}

/** The intake data (catalogue, SLA policy, calendar, lexicon) of the built site. */
export function readBuiltData(context: BenchContext): IntakeData {
  const path = join(context.dist, 'data/intake.json');
  if (!existsSync(path))
    throw new Error(`${path} is missing: the benchmark copies the project with its dist/ when it starts`);
  return JSON.parse(readFileSync(path, 'utf8')) as IntakeData;
}
