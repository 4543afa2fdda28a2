import { describe, expect, it } from 'vitest';
import type { Catalogue, CoverageLevel, Topic } from '../../src/domain/catalogue.ts';
import {
  asksOwnSystemCheckFirst,
  defaultTier,
  isCovered,
  verdictFor,
  verdictForUnknownTier,
} from '../../src/domain/coverage.ts';
import { catalogueOf, topic as fixtureTopic } from './matcher-catalogue.ts';

/** A topic with these levels for basic, premium, active and premium-plus. */
function topic(id: string, levels: CoverageLevel[], alternative?: Topic['alternative']): Topic {
  return fixtureTopic({ id, title: id, ...(alternative ? { alternative } : {}) }, levels);
}

const catalogue: Catalogue = catalogueOf([]);

describe('verdictFor', () => {
  it('calls any level but not-included covered', () => {
    expect(isCovered('guidance')).toBe(true);
    expect(isCovered('on-request')).toBe(true);
    expect(isCovered('not-included')).toBe(false);
  });

  it('a topic covered from Premium up is an upsell to Premium for Basic, naming the higher tiers', () => {
    const t = topic('alerts', ['not-included', 'included', 'proactive', 'managed']);
    expect(verdictFor(catalogue, 'basic', t)).toEqual({
      verdict: 'upsell',
      tier: 'basic',
      topic: 'alerts',
      upsellTier: 'premium',
      higherTiers: ['active', 'premium-plus'],
    });
  });

  it('an issue covered only by Active is an upsell to Active for Premium', () => {
    const t = topic('tables', ['not-included', 'not-included', 'included', 'not-included']);
    expect(verdictFor(catalogue, 'premium', t)).toMatchObject({
      verdict: 'upsell',
      upsellTier: 'active',
      higherTiers: [],
    });
  });

  it('guidance counts as covered', () => {
    const t = topic('bcp', ['not-included', 'guidance', 'included', 'managed']);
    expect(verdictFor(catalogue, 'premium', t).verdict).toBe('covered');
  });

  it('a topic no tier covers is out of scope with its alternative', () => {
    const alternative = { name: 'Document services', description: 'Subscribe.' };
    const t = topic('traces', ['not-included', 'not-included', 'not-included', 'not-included'], alternative);
    expect(verdictFor(catalogue, 'premium-plus', t)).toEqual({
      verdict: 'out_of_scope',
      tier: 'premium-plus',
      topic: 'traces',
      alternative,
    });
  });

  it('no topic is unknown', () => {
    expect(verdictFor(catalogue, 'active', null)).toEqual({
      verdict: 'unknown',
      tier: 'active',
      topic: null,
    });
  });
});

describe('verdictForUnknownTier: a customer who does not know their tier', () => {
  it('is covered when the entry tier covers the topic, since every subscription includes it', () => {
    const t = topic('login', ['included', 'included', 'included', 'included']);
    expect(verdictForUnknownTier(catalogue, t)).toEqual({
      verdict: 'covered',
      tier: 'basic',
      topic: 'login',
    });
  });

  it('is tier_unconfirmed with the covering tiers when the tier decides it, never an upsell', () => {
    const t = topic('finalisation', ['not-included', 'included', 'proactive', 'managed']);
    expect(verdictForUnknownTier(catalogue, t)).toEqual({
      verdict: 'tier_unconfirmed',
      tier: 'basic',
      topic: 'finalisation',
      coveredBy: ['premium', 'active', 'premium-plus'],
    });
  });

  it('is out of scope when no tier covers it, and unknown without a topic, as for anyone', () => {
    const alternative = { name: 'Master data services', description: 'A separate service.' };
    const t = topic('tariff', ['not-included', 'not-included', 'not-included', 'not-included'], alternative);
    expect(verdictForUnknownTier(catalogue, t)).toMatchObject({ verdict: 'out_of_scope', alternative });
    expect(verdictForUnknownTier(catalogue, null)).toEqual({
      verdict: 'unknown',
      tier: 'basic',
      topic: null,
    });
  });
});

describe('entry-tier rules', () => {
  it('assumes the lowest-ranked tier for a customer who is not sure of theirs', () => {
    expect(defaultTier(catalogue).id).toBe('basic');
  });

  it('asks only entry-tier customers to check their own system first, and only for topics marked so', () => {
    const marked = { ...topic('alerts', ['not-included', 'included']), checkOwnSystemFirst: true };
    expect(asksOwnSystemCheckFirst(catalogue, 'basic', marked)).toBe(true);
    expect(asksOwnSystemCheckFirst(catalogue, 'premium', marked)).toBe(false);
    expect(asksOwnSystemCheckFirst(catalogue, 'basic', topic('alerts', []))).toBe(false);
    expect(asksOwnSystemCheckFirst(catalogue, 'basic', null)).toBe(false);
  });
});
