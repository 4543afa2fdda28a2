/**
 * The matcher on the real catalogue, as built: verdict accuracy on the dev phrasings and
 * on our own held-out phrasings (written before any tuning, never tuned against one by one),
 * and the size of the index the browser would download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracy, evaluate, formatReport, parseEvalCase } from '../../src/cli/classify-eval.ts';
import type { EvalCase } from '../../src/cli/classify-eval.ts';
import type { IntakeData } from '../../src/domain/intake-data.ts';
import { buildMatcherIndex } from '../../src/domain/matcher.ts';
import type { MatcherIndex } from '../../src/domain/matcher.ts';
import { assertBuilt, readDist } from './built-site.ts';

const fixture = (name: string) => join(import.meta.dirname, `../fixtures/${name}.jsonl`);

/**
 * Each set with the least it must reach. `intake-dev-2` is the shared set the issue measures;
 * blind sets A to D were written from the service descriptions only, by people who never saw our
 * content, with topics, kinds and languages. A and C were looked at while tuning; B and D never
 * were (their misses are not printed anywhere), so they say most about wording nobody here wrote.
 */
interface Floor {
  verdicts: number;
  topics?: number;
  shown?: number;
  abstains?: number;
}
const SETS: Record<string, Floor> = {
  'intake-dev': { verdicts: 0.95 },
  'intake-holdout': { verdicts: 0.9 },
  // Written by a second person after the first matcher was finished, without reading its content or tests.
  'intake-holdout-lead': { verdicts: 0.95 },
  'intake-dev-2': { verdicts: 0.95, topics: 0.92, shown: 0.97, abstains: 0.9 },
  'intake-blind-a': { verdicts: 0.95, topics: 0.92, shown: 0.97, abstains: 0.9 },
  'intake-blind-b': { verdicts: 0.92, topics: 0.9, shown: 0.95, abstains: 0.75 },
  'intake-blind-c': { verdicts: 0.85, topics: 0.9, shown: 0.95, abstains: 0.8 },
  'intake-blind-d': { verdicts: 0.92, topics: 0.9, shown: 0.95, abstains: 0.85 },
};

function readCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = parseEvalCase(line, i + 1);
      if (typeof parsed === 'string') throw new Error(`${path}: ${parsed}`);
      return parsed;
    });
}

let data: IntakeData;
let index: MatcherIndex;

beforeAll(() => {
  assertBuilt();
  data = JSON.parse(readDist('data/intake.json')) as IntakeData;
  index = buildMatcherIndex(data.catalogue, data.lexicon, data);
});

describe('the matcher on the real catalogue', () => {
  it.each(Object.entries(SETS))('reaches its floor on %s', (name, floor) => {
    const report = evaluate(readCases(fixture(name)), data, index);
    const said = formatReport(report);
    expect(accuracy(report.overall), said).toBeGreaterThanOrEqual(floor.verdicts);
    if (floor.topics) expect(accuracy(report.topicFirst), said).toBeGreaterThanOrEqual(floor.topics);
    if (floor.shown) expect(accuracy(report.topicShown), said).toBeGreaterThanOrEqual(floor.shown);
    if (floor.abstains) expect(accuracy(report.abstains), said).toBeGreaterThanOrEqual(floor.abstains);
    // Real issues the matcher gives up on: at most 3 in 100, whatever the set.
    if (report.abstainedOnReal.total)
      expect(accuracy(report.abstainedOnReal), said).toBeLessThanOrEqual(0.035);
  });

  it('gets at least 88% of the Dutch, French and German verdicts right over all the sets with languages', () => {
    const tally = { right: 0, total: 0 };
    for (const name of Object.keys(SETS)) {
      const report = evaluate(readCases(fixture(name)), data, index);
      for (const language of ['nl', 'fr', 'de']) {
        tally.right += report.byLanguage[language]?.correct ?? 0;
        tally.total += report.byLanguage[language]?.total ?? 0;
      }
    }
    expect(tally.total).toBeGreaterThanOrEqual(150);
    expect(tally.right / tally.total).toBeGreaterThanOrEqual(0.88);
  });

  it('the held-out set is large enough to mean something and spans every topic and tier', () => {
    const cases = readCases(fixture('intake-holdout'));
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.tier)).size).toBe(4);
    expect(new Set(cases.map((c) => c.expect))).toEqual(
      new Set(['covered', 'upsell', 'out_of_scope', 'unknown']),
    );
  });

  it('ships an index under 25 KB gzipped (four languages, typo words for English)', () => {
    expect(gzipSync(JSON.stringify(index)).length).toBeLessThan(25 * 1024);
  });
});
