import { describe, expect, it } from 'vitest';
import type { CoverageCell, Topic } from '../../src/domain/catalogue.ts';
import { sourceText } from '../../src/domain/source-text.ts';
import { cellText, whatEachTierDoes } from '../../src/domain/tier-lines.ts';
import { catalogueOf, topic } from './matcher-catalogue.ts';

const tiers = catalogueOf([]).tiers.map((tier) => ({ ...tier, name: `${tier.id} Support` }));

/** A topic with these cells for basic, premium, active and premium-plus. */
function withCells(...cells: CoverageCell[]): Topic {
  const base = topic({ id: 't', title: 'T' });
  return {
    ...base,
    coverage: { basic: cells[0]!, premium: cells[1]!, active: cells[2]!, 'premium-plus': cells[3]! },
  };
}
const stated = (level: CoverageCell['level'], note?: string): CoverageCell => ({
  level,
  basis: 'stated',
  ...(note ? { note } : {}),
});

describe('what each tier does, generated from the cells', () => {
  it('says each level in words, with its note, one line per tier when all differ', () => {
    const lines = whatEachTierDoes(
      tiers,
      withCells(
        stated('not-included'),
        stated('included', 'For new or complex customs errors, with your approval'),
        stated('proactive'),
        stated('managed'),
      ),
    );
    expect(lines.map((line) => `${line.label}: ${line.text}`)).toEqual([
      'basic Support: Not included.',
      'premium Support: Included: help on a ticket you raise. For new or complex customs errors, with your approval.',
      'active Support: Proactive: we watch for it and reach out to you first.',
      'premium-plus Support: Managed: we act on it for you, through to the fix.',
    ]);
  });

  it('puts neighbouring tiers with the same cell on one line, and says "Every tier" when all agree', () => {
    const split = whatEachTierDoes(
      tiers,
      withCells(stated('not-included'), stated('not-included'), stated('guidance'), stated('guidance')),
    );
    expect(split.map((line) => line.label)).toEqual([
      'basic Support and premium Support',
      'active Support and premium-plus Support',
    ]);
    expect(split[1]!.text).toBe('Guidance: advice on what to do; you carry it out.');
    const all = whatEachTierDoes(
      tiers,
      withCells(stated('included'), stated('included'), stated('included'), stated('included')),
    );
    expect(all).toEqual([
      {
        tiers: ['basic', 'premium', 'active', 'premium-plus'],
        label: 'Every tier',
        level: 'included',
        inferred: false,
        text: 'Included: help on a ticket you raise.',
      },
    ]);
  });

  it('tells the reader an inferred cell is not stated and to ask us, never that we assume', () => {
    const text = cellText({ level: 'on-request', basis: 'inferred' });
    expect(text).toBe(
      'On request: we carry it out for you when you ask. The service description does not state this: ask us what applies to your contract.',
    );
    expect(text).not.toMatch(/assume|to be confirmed/i);
  });

  it('keeps an inferred cell apart from a stated one of the same level', () => {
    const lines = whatEachTierDoes(
      tiers,
      withCells(stated('not-included'), stated('not-included'), stated('included'), {
        level: 'included',
        basis: 'inferred',
      }),
    );
    expect(lines.map((line) => [line.label, line.inferred])).toEqual([
      ['basic Support and premium Support', false],
      ['active Support', false],
      ['premium-plus Support', true],
    ]);
  });

  it('changes when a cell changes', () => {
    const before = whatEachTierDoes(
      tiers,
      withCells(stated('not-included'), stated('guidance'), stated('included'), stated('managed')),
    );
    const after = whatEachTierDoes(
      tiers,
      withCells(stated('not-included'), stated('included'), stated('included'), stated('managed')),
    );
    expect(before.map((line) => line.label)).toEqual([
      'basic Support',
      'premium Support',
      'active Support',
      'premium-plus Support',
    ]);
    expect(after.map((line) => line.label)).toEqual([
      'basic Support',
      'premium Support and active Support',
      'premium-plus Support',
    ]);
  });
});

describe('sources in words', () => {
  it('names a numbered section by its number and heading', () => {
    expect(
      sourceText({
        document: 'Premium Support service description',
        section: '2. Declaration finalisation support',
      }),
    ).toBe('Premium Support service description, section 2: Declaration finalisation support');
  });

  it('quotes a section heading without a number', () => {
    expect(
      sourceText({ document: 'Basic Support service description', section: 'What is Basic Support?' }),
    ).toBe('Basic Support service description, section “What is Basic Support?”');
  });
});
