/**
 * Section 1, build scaling: the site built from synthetic catalogues of each size, against bare
 * Astro building the same number of MDX pages with the same bodies, both followed by Pagefind,
 * run after run in alternating order. Every build gets a fresh cache so none profits from
 * another. Reported with and without indexing. The site is built in the benchmark's copy of the
 * project (see `project-snapshot.ts`), from a content folder of synthetic topics.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeBareProject } from './bare-astro-project.ts';
import { writeCatalogueFolder } from './catalogue-folder.ts';
import { readBuiltData } from './context.ts';
import type { BenchContext } from './context.ts';
import { figure } from './report.ts';
import type { Figure, SectionResult } from './report.ts';
import { median } from './stats.ts';
import { syntheticTopics } from './synthetic-catalogue.ts';

const SECTION = 'build';

interface BuildRun {
  astroSeconds: number;
  pagefindSeconds: number;
}

type Kind = 'site' | 'bare';

/** Runs a command with its output in `logFile`; wall-clock seconds, or an error naming the log. */
function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): number {
  const fd = openSync(logFile, 'a');
  try {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', fd, fd] });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0)
      throw new Error(`${args.slice(0, 2).join(' ')} failed (exit ${result.status}); see ${logFile}`);
    return seconds;
  } finally {
    closeSync(fd);
  }
}

/**
 * Bytes of Pagefind's index data (word index, fragments, filters, metadata) as served: its files
 * are compressed already. The runtime (pagefind.js, the wasm, the UI) is a fixed ~700 KB whatever
 * the size, so it is left out of a per-topic figure.
 */
function pagefindIndexBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .filter(
      (entry) =>
        entry.parentPath !== dir || entry.name.endsWith('.pf_meta') || entry.name === 'pagefind-entry.json',
    )
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function build(context: BenchContext, kind: Kind, size: number, run: number): BuildRun {
  const { root, project, tmp } = context;
  const name = `${kind}-${size}`;
  const out = join(tmp, 'out', name);
  const cache = join(tmp, 'cache', `${name}-run${run}`);
  const logFile = join(tmp, 'logs', `${name}.log`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  const astroSeconds =
    kind === 'site'
      ? timed(
          [astro, 'build', '--outDir', out],
          project,
          { ...env, CONTENT_DIR: join(tmp, `catalogue-${size}`, 'content') },
          logFile,
        )
      : timed([astro, 'build', '--outDir', out], join(tmp, `bare-${size}`), env, logFile);
  const pagefind = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
  const pagefindSeconds = timed([pagefind, '--site', out], root, env, logFile);
  rmSync(cache, { recursive: true, force: true });
  return { astroSeconds, pagefindSeconds };
}

interface SizeResult {
  size: number;
  site: BuildRun[];
  bare: BuildRun[];
  pagefindBytes: { site: number; bare: number };
  pages: { site: number; bare: number };
}

function measureSize(context: BenchContext, size: number): SizeResult {
  const { root, project, tmp, runs, log } = context;
  const data = readBuiltData(context);
  const categories = data.catalogue.categories.map((c) => c.id);
  const topics = syntheticTopics(size, {
    tiers: data.catalogue.tiers,
    categories,
    ...(categories.includes('not-covered') ? { uncoveredCategory: 'not-covered' } : {}),
  });
  writeCatalogueFolder(join(tmp, `catalogue-${size}`, 'content'), join(project, 'content'), topics);
  writeBareProject(join(tmp, `bare-${size}`), join(root, 'node_modules'), topics);
  mkdirSync(join(tmp, 'logs'), { recursive: true });
  rmSync(join(tmp, 'logs', `site-${size}.log`), { force: true });
  rmSync(join(tmp, 'logs', `bare-${size}.log`), { force: true });

  const result: SizeResult = {
    size,
    site: [],
    bare: [],
    pagefindBytes: { site: 0, bare: 0 },
    pages: { site: 0, bare: 0 },
  };
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so neither always meets a cold disk cache.
    const order: Kind[] = run % 2 === 0 ? ['site', 'bare'] : ['bare', 'site'];
    for (const kind of order) {
      const timing = build(context, kind, size, run);
      result[kind].push(timing);
      log(
        `build ${kind} ${size} run ${run + 1}/${runs}: astro ${timing.astroSeconds.toFixed(1)} s, pagefind ${timing.pagefindSeconds.toFixed(1)} s`,
      );
    }
  }
  for (const kind of ['site', 'bare'] as const) {
    const out = join(tmp, 'out', `${kind}-${size}`);
    result.pagefindBytes[kind] = pagefindIndexBytes(join(out, 'pagefind'));
    result.pages[kind] = readdirSync(out, { recursive: true }).filter((p) =>
      String(p).endsWith('.html'),
    ).length;
  }
  return result;
}

const total = (run: BuildRun) => run.astroSeconds + run.pagefindSeconds;

/** Median of the per-run ratios site ÷ bare: each ratio compares two builds made back to back. */
function pairedRatio(result: SizeResult, of: (run: BuildRun) => number): number {
  return median(result.site.map((run, i) => of(run) / of(result.bare[i] as BuildRun)));
}

function figuresFor(result: SizeResult, largest: number): Figure[] {
  const { size } = result;
  const siteTotal = median(result.site.map(total));
  const ratioGoal = size === largest && size >= 3000 ? { goal: { op: '<=' as const, target: 1.5 } } : {};
  return [
    figure(SECTION, `site build + Pagefind, ${size} topics (${result.pages.site} pages)`, siteTotal, 's'),
    figure(SECTION, `bare Astro build + Pagefind, ${size} MDX pages`, median(result.bare.map(total)), 's'),
    figure(SECTION, `site time per topic, ${size} topics`, (siteTotal / size) * 1000, 'ms'),
    figure(
      SECTION,
      `ratio site ÷ bare Astro, with Pagefind, ${size}`,
      pairedRatio(result, total),
      '',
      ratioGoal,
    ),
    figure(
      SECTION,
      `ratio site ÷ bare Astro, astro build only, ${size}`,
      pairedRatio(result, (run) => run.astroSeconds),
      '',
    ),
    figure(
      SECTION,
      `Pagefind index data per topic, ${size} topics`,
      result.pagefindBytes.site / size / 1024,
      'KB',
    ),
  ];
}

export function buildScaling(context: BenchContext): SectionResult {
  const results: SizeResult[] = [];
  const figures: Figure[] = [];
  const largest = Math.max(...context.sizes);
  for (const size of context.sizes) {
    try {
      const result = measureSize(context, size);
      results.push(result);
      figures.push(...figuresFor(result, largest));
    } catch (error) {
      figures.push(
        figure(SECTION, `build of ${size} topics failed`, null, 's', {
          note: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
  const perTopic = (size: number) => {
    const result = results.find((r) => r.size === size);
    return result ? median(result.site.map(total)) / size : null;
  };
  const at300 = perTopic(300);
  const at3000 = perTopic(3000);
  if (at300 !== null && at3000 !== null) {
    figures.push(
      figure(SECTION, 'time per topic at 3,000 ÷ at 300', at3000 / at300, '', {
        goal: { op: '<=', target: 1.2 },
      }),
    );
  }
  // Fixed start-up cost flatters larger builds per topic; the marginal cost between sizes does not.
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1] as SizeResult, results[i] as SizeResult];
    const marginal = (median(b.site.map(total)) - median(a.site.map(total))) / (b.size - a.size);
    figures.push(
      figure(SECTION, `marginal site time per topic, ${a.size} → ${b.size}`, marginal * 1000, 'ms'),
    );
  }
  return { figures, details: results };
}
