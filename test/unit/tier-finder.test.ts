import { describe, expect, it } from 'vitest';
import type { CoverageLevel } from '../../src/domain/catalogue.ts';
import type { Topic } from '../../src/domain/catalogue.ts';
import { coveringTiers } from '../../src/domain/coverage.ts';
import { adviseTier as advise, finderSearch, parseFinderChoice } from '../../src/domain/tier-finder.ts';
import { catalogueOf, topic } from './matcher-catalogue.ts';

const NI: CoverageLevel = 'not-included';
/** Levels as the catalogue states them for basic, premium, active and premium-plus. */
const finalisation = topic({ id: 'declaration-finalisation', title: 'Release not received' }, [
  NI,
  'included',
  'proactive',
  'managed',
]);
const tables = topic({ id: 'decision-tables', title: 'Decision tables' }, [NI, NI, 'included', 'included']);
const navigation = topic({ id: 'cas-navigation', title: 'Using CAS' });
const tariff = topic({ id: 'tariff-classification', title: 'Tariff classification' }, [NI, NI, NI, NI]);
const premiumOnly = topic({ id: 'premium-only', title: 'Premium only' }, [NI, 'included', NI, NI]);
const activeOnly = topic({ id: 'active-only', title: 'Active only' }, [NI, NI, 'included', NI]);
const catalogue = catalogueOf([navigation, finalisation, tables, tariff, premiumOnly, activeOnly]);
/** The finder's answer for these topics, each with the tiers that cover it as the page works them out. */
const adviseTier = (cat: typeof catalogue, topics: Topic[]) =>
  advise(
    cat,
    topics.map((t) => ({ id: t.id, coveredBy: coveringTiers(cat, t).map((tier) => tier.id) })),
  );
const tierOf = (...topics: Topic[]) => adviseTier(catalogue, topics).tier?.id;

describe('the tier finder', () => {
  it('"release not received" and "decision tables" need Active, which leaves nothing out', () => {
    expect(adviseTier(catalogue, [finalisation, tables])).toMatchObject({
      tier: { id: 'active' },
      leftOut: [],
      rest: undefined,
      outOfScope: [],
    });
  });

  it('answers the lowest tier that covers everything chosen', () => {
    expect(tierOf(navigation)).toBe('basic');
    expect(tierOf(navigation, finalisation)).toBe('premium');
    expect(tierOf(tables)).toBe('active');
  });

  it('has no answer before anything is chosen, or when no tier covers what was chosen', () => {
    expect(adviseTier(catalogue, [])).toEqual({
      tier: undefined,
      leftOut: [],
      rest: undefined,
      outOfScope: [],
    });
    expect(adviseTier(catalogue, [tariff])).toEqual({
      tier: undefined,
      leftOut: [],
      rest: undefined,
      outOfScope: ['tariff-classification'],
    });
  });

  it('sets apart what no tier covers and still answers for the rest', () => {
    expect(adviseTier(catalogue, [finalisation, tariff])).toMatchObject({
      tier: { id: 'premium' },
      outOfScope: ['tariff-classification'],
    });
  });

  it('when no tier covers it all, takes the lowest covering the most, says what it leaves out and who covers that', () => {
    expect(adviseTier(catalogue, [premiumOnly, activeOnly])).toMatchObject({
      tier: { id: 'premium' },
      leftOut: ['active-only'],
      rest: { id: 'active' },
    });
  });
});

describe('the finder in the address', () => {
  const known = catalogue.topics.map((t) => t.id);

  it('writes the choice as ?topics= and reads it back', () => {
    const search = finderSearch(['declaration-finalisation', 'decision-tables']);
    expect(search).toBe('?topics=declaration-finalisation,decision-tables');
    expect(parseFinderChoice(search, known)).toEqual(['declaration-finalisation', 'decision-tables']);
    expect(finderSearch([])).toBe('');
  });

  it('keeps known topics only, each once, in catalogue order', () => {
    expect(parseFinderChoice('?topics=decision-tables,nope,cas-navigation,decision-tables', known)).toEqual([
      'cas-navigation',
      'decision-tables',
    ]);
    expect(parseFinderChoice('', known)).toEqual([]);
  });
});
