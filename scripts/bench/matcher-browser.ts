/**
 * Section 2, the matcher inside Chromium: the matcher code of the benchmark's copy of the project,
 * bundled by esbuild, run on an index as the browser receives it (built, then through JSON). The
 * page builds that index itself, so index and queries always come from the same code. The page
 * is cross-origin isolated so `performance.now()` is precise to a few microseconds, not 0.1 ms.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { readBuiltData } from './context.ts';
import type { BenchContext } from './context.ts';
import { matcherCases } from './matcher-bench.ts';
import { figure } from './report.ts';
import type { Figure, SectionResult } from './report.ts';
import { summariseRuns } from './stats.ts';
import type { RunsSummary } from './stats.ts';

const SECTION = 'matcher';
/** A loopback address is a secure context, which cross-origin isolation needs; the route answers, nothing listens. */
const ORIGIN = 'http://127.0.0.1:9';

async function bundleMatcher(root: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { buildMatcherIndex, matchTopics } from './src/domain/matcher.ts';",
      resolveDir: root,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'BenchMatcher',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

interface PageTiming {
  /** Per run, each query's time. */
  samples: number[][];
  firstQueryMs: number;
  isolated: boolean;
  resolutionMs: number;
}

export interface BrowserTiming {
  label: string;
  perQuery: RunsSummary;
  firstQueryMs: number;
  isolated: boolean;
  resolutionMs: number;
  version: string;
}

export async function matcherBrowserBench(context: BenchContext): Promise<SectionResult> {
  const { lexicon, cues, unrelated, everyday } = readBuiltData(context);
  const all = matcherCases(context);
  // The real size is the goal's; the largest synthetic size shows how the browser scales.
  const largest = Math.max(...context.sizes);
  const cases = [all.at(-1)!, ...all.filter((c) => c.catalogue.topics.length === largest)];
  const bundle = await bundleMatcher(context.project);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const timings: BrowserTiming[] = [];
  try {
    for (const c of cases) {
      const page = await browser.newPage();
      const json = JSON.stringify({ catalogue: c.catalogue, lexicon, extras: { cues, unrelated, everyday } });
      const isolation = {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
      };
      await page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        const [type, body] =
          path === '/matcher.js'
            ? ['text/javascript', bundle]
            : path === '/catalogue.json'
              ? ['application/json', json]
              : ['text/html', '<!doctype html><title>matcher</title><script src="/matcher.js"></script>'];
        return route.fulfill({
          status: 200,
          headers: { 'Content-Type': `${type}; charset=utf-8`, ...isolation },
          body,
        });
      });
      await page.goto(`${ORIGIN}/`);
      const texts = c.queries.map((query) => query.text);
      const result = await page.evaluate(
        async ({ texts, runs }): Promise<PageTiming> => {
          type Exports = {
            buildMatcherIndex: (catalogue: unknown, lexicon: unknown, extras: unknown) => unknown;
            matchTopics: (index: unknown, text: string) => unknown[];
          };
          const { buildMatcherIndex, matchTopics } = (globalThis as unknown as { BenchMatcher: Exports })
            .BenchMatcher;
          const { catalogue, lexicon, extras } = (await (await fetch('/catalogue.json')).json()) as {
            catalogue: unknown;
            lexicon: unknown;
            extras: unknown;
          };
          // Through JSON, as the wizard receives it: plain arrays and objects, no lookup tables yet.
          const index: unknown = JSON.parse(JSON.stringify(buildMatcherIndex(catalogue, lexicon, extras)));
          let start = performance.now();
          matchTopics(index, texts[0] ?? '');
          const firstQueryMs = performance.now() - start;
          for (const text of texts) matchTopics(index, text);
          const samples: number[][] = [];
          for (let run = 0; run < runs; run++) {
            const times: number[] = [];
            for (const text of texts) {
              start = performance.now();
              matchTopics(index, text);
              times.push(performance.now() - start);
            }
            samples.push(times);
          }
          let resolutionMs = Infinity;
          for (let i = 0; i < 1000; i++) {
            const a = performance.now();
            let b = performance.now();
            while (b === a) b = performance.now();
            resolutionMs = Math.min(resolutionMs, b - a);
          }
          return { samples, firstQueryMs, isolated: globalThis.crossOriginIsolated === true, resolutionMs };
        },
        { texts, runs: context.runs },
      );
      await page.close();
      const timing = {
        label: c.label,
        perQuery: summariseRuns(result.samples),
        firstQueryMs: result.firstQueryMs,
        isolated: result.isolated,
        resolutionMs: result.resolutionMs,
        version: browser.version(),
      };
      context.log(
        `matcher in Chromium ${c.label}: median ${timing.perQuery.median.toFixed(3)} ms, p99 ${timing.perQuery.p99.toFixed(3)} ms`,
      );
      timings.push(timing);
    }
  } finally {
    await browser.close();
  }
  const figures: Figure[] = timings.flatMap((t) => [
    figure(SECTION, `Chromium, ${t.label}: median per query`, t.perQuery.median, 'ms'),
    figure(SECTION, `Chromium, ${t.label}: p99 per query`, t.perQuery.p99, 'ms', {
      note:
        `Chromium ${t.version}, ${t.label}: first query on a freshly parsed index (builds lookup tables) ${t.firstQueryMs.toFixed(2)} ms; ` +
        `timer resolution ${(t.resolutionMs * 1000).toFixed(0)} µs (${t.isolated ? 'cross-origin isolated' : 'NOT isolated: coarse timer'})`,
    }),
  ]);
  return { figures, details: timings };
}
