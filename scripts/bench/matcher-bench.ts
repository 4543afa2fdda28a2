/**
 * Section 2, the matcher in Node: time per query for perturbed example phrases against synthetic
 * catalogues of each size and the real one (with the hand-written holdout texts too), and the
 * index size as the browser would download it. Each query is timed alone after a warm-up pass,
 * so the figures are what one customer's keystroke pause costs, with the JIT warm. Each run times
 * every query once; the figures are the median over runs of each run's median and p99.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import type * as matcherModule from '../../src/domain/matcher.ts';
import type { MatcherIndex } from '../../src/domain/matcher.ts';
import type { MatcherExtras } from '../../src/domain/matcher-index.ts';
import { gzipSize } from '../size-budgets.ts';
import { readBuiltData } from './context.ts';
import type { BenchContext } from './context.ts';
import { perturbedQueries } from './matcher-queries.ts';
import type { Query } from './matcher-queries.ts';
import { figure } from './report.ts';
import type { Figure, SectionResult } from './report.ts';
import { median, summariseRuns } from './stats.ts';
import type { RunsSummary } from './stats.ts';
import { syntheticCatalogue } from './synthetic-catalogue.ts';

const SECTION = 'matcher';
/** Queries per catalogue; every pass times each of them once. */
export const QUERY_COUNT = 2000;
/** Goal: p99 per query at 3,000 topics in Node. */
const P99_GOAL_MS = 2;

export type Matcher = Pick<typeof matcherModule, 'buildMatcherIndex' | 'matchTopics'>;

/**
 * The matcher as the benchmark's copy of the project has it: while the benchmark runs, someone
 * may be changing `src/`, and the index and the queries must come from the same code.
 */
export async function loadMatcher(context: BenchContext): Promise<Matcher> {
  return (await import(pathToFileURL(join(context.project, 'src/domain/matcher.ts')).href)) as Matcher;
}

export interface MatcherCase {
  label: string;
  catalogue: Catalogue;
  queries: Query[];
}

/** The synthetic sizes, then the real catalogue with its holdout texts added to the perturbed examples. */
export function matcherCases(context: BenchContext): MatcherCase[] {
  const data = readBuiltData(context);
  const cases = context.sizes.map((size) => {
    const catalogue = syntheticCatalogue(size, data.catalogue);
    return { label: `${size} topics`, catalogue, queries: perturbedQueries(catalogue, QUERY_COUNT) };
  });
  const holdout = join(context.root, 'test/fixtures/intake-holdout.jsonl');
  const written = existsSync(holdout)
    ? readFileSync(holdout, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => ({ text: (JSON.parse(line) as { text: string }).text, topic: '' }))
    : [];
  const real = data.catalogue;
  cases.push({
    label: `real (${real.topics.length} topics)`,
    catalogue: real,
    queries: [...perturbedQueries(real, QUERY_COUNT - written.length), ...written],
  });
  return cases;
}

export interface NodeTiming {
  label: string;
  topics: number;
  buildIndexMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  /** The first query on a fresh index also builds its lookup tables. */
  firstQueryMs: number;
  perQuery: RunsSummary;
  /** Share of perturbed queries whose source topic is among the suggestions: a sanity check, not a goal. */
  hitRate: number;
}

function timeCase(
  { buildMatcherIndex, matchTopics }: Matcher,
  c: MatcherCase,
  runs: number,
  lexicon: string[][],
  extras: MatcherExtras,
): NodeTiming {
  const builds: number[] = [];
  let index: MatcherIndex | undefined;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    index = buildMatcherIndex(c.catalogue, lexicon, extras);
    builds.push(performance.now() - start);
  }
  // A copy, as the browser gets it: parsed JSON, no lookup tables yet.
  const json = JSON.stringify(index);
  const fresh = JSON.parse(json) as MatcherIndex;
  const first = performance.now();
  matchTopics(fresh, c.queries[0]?.text ?? '');
  const firstQueryMs = performance.now() - first;

  let hits = 0;
  let labelled = 0;
  for (const query of c.queries) {
    const found = matchTopics(fresh, query.text);
    if (query.topic) {
      labelled++;
      if (found.some((match) => match.topic === query.topic)) hits++;
    }
  }
  const samples: number[][] = [];
  for (let run = 0; run < runs; run++) {
    const times: number[] = [];
    for (const query of c.queries) {
      const start = performance.now();
      matchTopics(fresh, query.text);
      times.push(performance.now() - start);
    }
    samples.push(times);
  }
  return {
    label: c.label,
    topics: c.catalogue.topics.length,
    buildIndexMs: median(builds),
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSize(json),
    firstQueryMs,
    perQuery: summariseRuns(samples),
    hitRate: labelled === 0 ? Number.NaN : hits / labelled,
  };
}

function figuresFor(t: NodeTiming, largest: number): Figure[] {
  const goal =
    t.topics === largest && largest >= 3000 ? { goal: { op: '<=' as const, target: P99_GOAL_MS } } : {};
  return [
    figure(SECTION, `Node, ${t.label}: median per query`, t.perQuery.median, 'ms'),
    figure(SECTION, `Node, ${t.label}: p99 per query`, t.perQuery.p99, 'ms', goal),
    figure(SECTION, `index, ${t.label}: JSON`, t.indexBytes / 1024, 'KB'),
    figure(SECTION, `index, ${t.label}: gzipped`, t.indexGzipBytes / 1024, 'KB', {
      note:
        `${t.label}: index built in ${t.buildIndexMs.toFixed(1)} ms; the first query on a freshly parsed index ` +
        `(which builds its lookup tables) took ${t.firstQueryMs.toFixed(2)} ms; the source topic was among the ` +
        `suggestions for ${(t.hitRate * 100).toFixed(1)}% of perturbed queries`,
    }),
  ];
}

export async function matcherBench(context: BenchContext): Promise<SectionResult> {
  const data = readBuiltData(context);
  // The real cues, unrelated messages and everyday words go with every catalogue, as in the wizard.
  const { lexicon } = data;
  const matcher = await loadMatcher(context);
  const cases = matcherCases(context);
  const largest = Math.max(...context.sizes);
  const timings: NodeTiming[] = [];
  for (const c of cases) {
    const timing = timeCase(matcher, c, context.runs, lexicon, data);
    context.log(
      `matcher ${c.label}: median ${timing.perQuery.median.toFixed(3)} ms, p99 ${timing.perQuery.p99.toFixed(3)} ms`,
    );
    timings.push(timing);
  }
  return { figures: timings.flatMap((t) => figuresFor(t, largest)), details: timings };
}
