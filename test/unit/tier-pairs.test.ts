import { describe, expect, it } from 'vitest';
import type { CoverageCell, Topic } from '../../src/domain/catalogue.ts';
import { comparePair, pairSummary, tierPairs } from '../../src/domain/tier-pairs.ts';
import { catalogueOf, topic } from './matcher-catalogue.ts';

const tiers = catalogueOf([]).tiers.map((tier) => ({
  ...tier,
  name: { basic: 'Basic', premium: 'Premium', active: 'Active', 'premium-plus': 'Premium Plus' }[tier.id],
}));
const [basic, premium, active, plus] = tiers as [
  (typeof tiers)[0],
  (typeof tiers)[0],
  (typeof tiers)[0],
  (typeof tiers)[0],
];

type Cell = CoverageCell['level'] | CoverageCell;
/** A topic with these cells for basic, premium, active and premium-plus. */
function t(id: string, ...cells: Cell[]): Topic {
  const full = cells.map((cell) =>
    typeof cell === 'string' ? { level: cell, basis: 'stated' as const } : cell,
  );
  return {
    ...topic({ id, title: id }),
    coverage: { basic: full[0]!, premium: full[1]!, active: full[2]!, 'premium-plus': full[3]! },
  };
}
const NI = 'not-included';

const topics = [
  t('Using CAS', 'included', 'included', 'included', 'included'),
  t('Alerts', NI, 'included', 'proactive', 'managed'),
  t('Finalisation', NI, 'included', 'proactive', 'managed'),
  t('BCP', NI, 'guidance', 'included', 'managed'),
  t(
    'Coordination',
    NI,
    { level: 'included', basis: 'stated', note: 'with your approval' },
    'included',
    'managed',
  ),
  t('Decision tables', NI, NI, 'included', { level: 'included', basis: 'inferred' }),
  t('Tariff', NI, NI, NI, NI),
];

describe('pairs of tiers', () => {
  it('are every pair, the lower-ranked first: six for four tiers', () => {
    expect(
      tierPairs([plus, basic, active, premium]).map(({ lower, higher }) => `${lower.id}-vs-${higher.id}`),
    ).toEqual([
      'basic-vs-premium',
      'basic-vs-active',
      'basic-vs-premium-plus',
      'premium-vs-active',
      'premium-vs-premium-plus',
      'active-vs-premium-plus',
    ]);
  });

  it('split the topics into those the two treat differently (level or note) and the rest', () => {
    const { differing, same } = comparePair(topics, premium, active);
    expect(differing.map((x) => x.id)).toEqual([
      'Alerts',
      'Finalisation',
      'BCP',
      'Coordination',
      'Decision tables',
    ]);
    expect(same.map((x) => x.id)).toEqual(['Using CAS', 'Tariff']);
  });
});

describe('what the higher tier adds, in sentences from the cells', () => {
  it('Premium over Basic: the topics only Premium covers, counted by how', () => {
    expect(pairSummary(topics, basic, premium)).toEqual([
      'Premium covers 4 topics that Basic does not: 3 on a ticket you raise and 1 with advice.',
      'On a ticket you raise: Alerts, Finalisation and Coordination.',
      'With advice: BCP.',
    ]);
  });

  it('Active over Premium: what Active adds, what it does differently, different notes and unstated cells', () => {
    expect(pairSummary(topics, premium, active)).toEqual([
      'Active covers 1 topic that Premium does not: 1 on a ticket you raise.',
      'On a ticket you raise: Decision tables.',
      'On 3 topics that both cover, Active helps differently: Alerts (proactive rather than included), Finalisation (proactive rather than included) and BCP (included rather than guidance).',
      'Both cover Coordination, on the different terms the notes set out.',
    ]);
  });

  it('Premium Plus over Active: an inferred cell sends the reader to us', () => {
    expect(pairSummary(topics, active, plus)).toEqual([
      'On 4 topics that both cover, Premium Plus helps differently: Alerts (managed rather than proactive), Finalisation (managed rather than proactive), BCP (managed rather than included) and Coordination (managed rather than included).',
      'The Premium Plus service description does not state the level shown for Decision tables: ask us what applies to your contract.',
    ]);
  });

  it('changes when a cell changes: Premium giving guidance on decision tables is one more topic it adds', () => {
    const changed = topics.map((x) =>
      x.id === 'Decision tables'
        ? {
            ...x,
            coverage: { ...x.coverage, premium: { level: 'guidance' as const, basis: 'stated' as const } },
          }
        : x,
    );
    expect(pairSummary(changed, basic, premium)).toEqual([
      'Premium covers 5 topics that Basic does not: 3 on a ticket you raise and 2 with advice.',
      'On a ticket you raise: Alerts, Finalisation and Coordination.',
      'With advice: BCP and Decision tables.',
    ]);
  });

  it('says when a higher tier leaves out what a lower one covers, and when two tiers agree', () => {
    const odd = [t('Reports', NI, 'included', NI, NI)];
    expect(pairSummary(odd, premium, active)).toEqual([
      'Active does not cover 1 topic that Premium covers: Reports.',
    ]);
    expect(pairSummary([topics[0]!], basic, premium)).toEqual([
      'Premium and Basic cover the same topics in the same way.',
    ]);
  });
});
