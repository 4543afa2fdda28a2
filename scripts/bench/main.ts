/**
 * `npm run bench`: times the build, the matcher, the SLA clock, the receiver and the pages, prints
 * one table with every figure, its goal and whether it was met, and writes the same figures as
 * JSON to `bench-results/latest.json` (or `BENCH_OUT`). Name sections to run only those:
 * `npm run bench -- matcher sla`. `BENCH_RUNS` (default 3) and `BENCH_SIZES` (default
 * 30,300,3000) trade precision for time. It reports; it exits 0 whatever the figures.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchContext } from './context.ts';
import type { BenchContext } from './context.ts';
import { busyCores } from './machine-load.ts';
import { snapshotProject } from './project-snapshot.ts';
import { failedSection, figure, machine, renderTable, writeJson } from './report.ts';
import type { Figure, SectionResult } from './report.ts';

const ROOT = join(import.meta.dirname, '../..');

type Part = (context: BenchContext) => Promise<SectionResult> | SectionResult;

/** Each part is loaded only when it runs, so one that cannot load fails alone. */
const SECTIONS: Record<string, Part[]> = {
  build: [async (c) => (await import('./build-scaling.ts')).buildScaling(c)],
  matcher: [
    async (c) => (await import('./matcher-bench.ts')).matcherBench(c),
    async (c) => (await import('./matcher-browser.ts')).matcherBrowserBench(c),
    async (c) => (await import('./matcher-accuracy.ts')).matcherAccuracy(c),
  ],
  sla: [async (c) => (await import('./sla-bench.ts')).slaBench(c)],
  receiver: [async (c) => (await import('./receiver-bench.ts')).receiverBench(c)],
  lighthouse: [async (c) => (await import('./lighthouse-bench.ts')).lighthouseBench(c)],
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in SECTIONS));
  let context: BenchContext;
  try {
    if (unknown.length > 0)
      throw new Error(
        `unknown section ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}`,
      );
    context = benchContext(ROOT, process.env);
    snapshotProject(context);
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const chosen =
    names.length > 0 ? Object.keys(SECTIONS).filter((name) => names.includes(name)) : Object.keys(SECTIONS);
  const out = resolve(process.env.BENCH_OUT ?? join(ROOT, 'bench-results/latest.json'));
  const started = new Date();
  const loadAtStart = loadavg();
  context.log(`sections ${chosen.join(', ')}; ${context.runs} runs; sizes ${context.sizes.join(', ')}`);

  const figures: Figure[] = [];
  const load: Figure[] = [];
  const details: Record<string, unknown[]> = {};
  for (const name of chosen) {
    const sectionStart = performance.now();
    const busy = busyCores();
    const results: SectionResult[] = [];
    // One part at a time, never in parallel: each has the machine to itself.
    for (const part of SECTIONS[name] ?? []) {
      try {
        results.push(await part(context));
      } catch (error) {
        results.push(failedSection(name, error));
      }
    }
    figures.push(...results.flatMap((r) => r.figures));
    details[name] = results.map((r) => r.details ?? null);
    const seconds = (performance.now() - sectionStart) / 1000;
    const cores = busy();
    load.push(
      figure(
        'machine',
        `cores used by other processes during ${name} (${seconds.toFixed(0)} s)`,
        cores?.others ?? null,
        '',
        {
          note: `${name}: ${cores ? cores.all.toFixed(2) : '?'} of ${machine().cores} cores busy on average, this benchmark and its children included`,
        },
      ),
    );
    context.log(`${name} done in ${seconds.toFixed(0)} s`);
  }
  // Last, so the reader sees how much else was running while the figures above were taken.
  figures.push(...load);

  const m = machine();
  const header = [
    started.toISOString(),
    `${m.cores} cores, ${m.memoryGiB} GiB, ${m.cpu}`,
    `Node ${m.node}`,
    `${context.runs} runs`,
    `load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`,
  ].join(' · ');
  console.log(`\n${header}\n\n${renderTable(figures)}\n`);
  const notMet = figures.filter((f) => f.met === false);
  const failed = figures.filter((f) => / failed$/.test(f.name)).map((f) => `${f.section} (${f.name})`);
  console.log(
    [
      failed.length ? `Failed, so their goals are unmeasured: ${failed.join(', ')}.` : '',
      notMet.length === 0
        ? `Every goal ${failed.length ? 'measured ' : ''}was met.`
        : `Goals not met: ${notMet.map((f) => `${f.section} ${f.name}`).join('; ')}.`,
    ]
      .filter(Boolean)
      .join(' '),
  );
  writeJson(out, {
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: m,
    loadAverage: { start: loadAtStart, end: loadavg() },
    settings: { runs: context.runs, sizes: context.sizes, sections: chosen },
    figures,
    details,
  });
  console.log(`Figures written to ${out}`);
}

await main();
