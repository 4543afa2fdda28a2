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

const SETS = {
  dev: join(import.meta.dirname, '../fixtures/intake-dev.jsonl'),
  holdout: join(import.meta.dirname, '../fixtures/intake-holdout.jsonl'),
  // Written by a second person after the matcher was finished, without reading its content or tests.
  'second holdout': join(import.meta.dirname, '../fixtures/intake-holdout-lead.jsonl'),
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
  it.each(Object.entries(SETS))(
    'gets at least 90%% of verdicts right, with the right upsell tier, on the %s phrasings',
    (_, path) => {
      const report = evaluate(readCases(path), data, index);
      expect(accuracy(report.overall), formatReport(report)).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('the held-out set is large enough to mean something and spans every topic and tier', () => {
    const cases = readCases(SETS.holdout);
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.tier)).size).toBe(4);
    expect(new Set(cases.map((c) => c.expect))).toEqual(
      new Set(['covered', 'upsell', 'out_of_scope', 'unknown']),
    );
  });

  it('ships an index under 15 KB gzipped', () => {
    expect(gzipSync(JSON.stringify(index)).length).toBeLessThan(15 * 1024);
  });
});
