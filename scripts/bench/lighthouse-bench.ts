/**
 * Section 5, Lighthouse on the built site as the receiver serves it on loopback: the home page,
 * the comparison, a topic page and the wizard, with Lighthouse's default (mobile, simulated
 * throttling) settings in Debian's Chromium. The four category scores and LCP, TBT and CLS, the
 * median of the runs. A page that cannot be audited gets a row saying why, not a crash.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../chromium.ts';
import { readBuiltData } from './context.ts';
import type { BenchContext } from './context.ts';
import { startReceiver } from './receiver-process.ts';
import { figure } from './report.ts';
import type { Figure, SectionResult } from './report.ts';
import { median } from './stats.ts';

const SECTION = 'lighthouse';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Audit {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Audits that kept a category below 100, e.g. `seo: canonical`. */
  failing: string[];
}

async function audit(url: string): Promise<Audit> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const failing = CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]),
      ) as Audit['scores'],
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

function medianOf(audits: Audit[], of: (a: Audit) => number | null): number | null {
  const values = audits.map(of).filter((v): v is number => v !== null);
  return values.length === 0 ? null : median(values);
}

function figuresFor(path: string, audits: Audit[]): Figure[] {
  const failing = [...new Set(audits.flatMap((a) => a.failing))];
  const scores = CATEGORIES.map((id, i) => {
    const score = medianOf(audits, (a) => (a.scores[id] === null ? null : Math.round(a.scores[id] * 100)));
    // The reasons go on the page's first row, once.
    const note =
      i === 0 && failing.length > 0
        ? `${path}: audits short of full marks in at least one run: ${failing.join(', ')}`
        : undefined;
    return figure(SECTION, `${path} ${id}`, score, '', {
      goal: { op: '>=', target: 100 },
      ...(note ? { note } : {}),
    });
  });
  return [
    ...scores,
    figure(
      SECTION,
      `${path} LCP`,
      medianOf(audits, (a) => a.lcpMs),
      'ms',
    ),
    figure(
      SECTION,
      `${path} TBT`,
      medianOf(audits, (a) => a.tbtMs),
      'ms',
    ),
    figure(
      SECTION,
      `${path} CLS`,
      medianOf(audits, (a) => a.cls),
      '',
    ),
  ];
}

export async function lighthouseBench(context: BenchContext): Promise<SectionResult> {
  const dir = join(context.tmp, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const { catalogue } = readBuiltData(context);
  const topic = catalogue.topics[0];
  const paths = ['/', '/compare/', ...(topic ? [`/topics/${topic.id}/`] : []), '/support/new/'];
  const receiver = await startReceiver({
    root: context.project,
    distDir: context.dist,
    ticketsDb: join(dir, 'tickets.sqlite'),
    logFile: join(dir, 'receiver.log'),
  });
  const figures: Figure[] = [];
  const details: Record<string, Audit[] | string> = {};
  try {
    for (const path of paths) {
      const url = `${receiver.url}${path}`;
      const status = (await fetch(url, { method: 'HEAD' })).status;
      if (status === 404) {
        figures.push(
          figure(SECTION, `${path} (all)`, null, '', { note: `${path} answers 404: not built yet, skipped` }),
        );
        details[path] = 'skipped: 404';
        continue;
      }
      const audits: Audit[] = [];
      let failure: string | undefined;
      for (let run = 0; run < context.runs; run++) {
        try {
          audits.push(await audit(url));
          const a = audits.at(-1) as Audit;
          context.log(
            `lighthouse ${path} run ${run + 1}/${context.runs}: ${CATEGORIES.map((id) => Math.round((a.scores[id] ?? 0) * 100)).join('/')}`,
          );
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          context.log(`lighthouse ${path} run ${run + 1} failed: ${failure}`);
        }
      }
      details[path] = audits;
      if (audits.length === 0)
        figures.push(
          figure(SECTION, `${path} (all)`, null, '', {
            goal: { op: '>=', target: 100 },
            note: `Lighthouse failed on ${path}: ${failure}`,
          }),
        );
      else figures.push(...figuresFor(path, audits));
    }
  } finally {
    await receiver.stop();
  }
  return { figures, details };
}
