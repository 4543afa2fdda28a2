/**
 * The verdict for every (tier, topic) pair of the built catalogue, against the facts page:
 * covered where the page gives the tier any mark but ✗; otherwise an upsell to the first tier
 * to the right (higher rank) without ✗; otherwise out of scope.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { verdictFor } from '../../src/domain/coverage.ts';
import { FACTS } from './facts-table.ts';
import { assertBuilt, readDist } from './built-site.ts';

const TIERS = ['basic', 'premium', 'active', 'premium-plus'] as const;
let catalogue: Catalogue;

beforeAll(() => {
  assertBuilt();
  catalogue = (JSON.parse(readDist('data/intake.json')) as { catalogue: Catalogue }).catalogue;
});

function expected(marks: readonly string[], tierIndex: number): string {
  if (marks[tierIndex] !== '✗') return 'covered';
  const higher = marks.findIndex((mark, i) => i > tierIndex && mark !== '✗');
  return higher === -1 ? 'out_of_scope' : `upsell → ${TIERS[higher]}`;
}

describe('verdicts for every tier and topic agree with the facts page', () => {
  it('every pair', () => {
    const mismatches: string[] = [];
    let pairs = 0;
    for (const [id, marks] of Object.entries(FACTS)) {
      const topic = catalogue.topics.find((t) => t.id === id)!;
      TIERS.forEach((tier, i) => {
        pairs += 1;
        const verdict = verdictFor(catalogue, tier, topic);
        const actual = verdict.verdict === 'upsell' ? `upsell → ${verdict.upsellTier}` : verdict.verdict;
        if (actual !== expected(marks, i))
          mismatches.push(`${id} on ${tier}: expected ${expected(marks, i)}, got ${actual}`);
      });
    }
    expect(pairs).toBe(Object.keys(FACTS).length * 4);
    expect(mismatches).toEqual([]);
  });
});
