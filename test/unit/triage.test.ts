/** Triage of a ticket: the verdict and the SLA it routes to, as the receiver recomputes them. */
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/domain/triage.ts';
import { catalogueOf, TOPICS } from './matcher-catalogue.ts';
import { brusselsCalendar, defaultPolicy } from './sla-fixtures.ts';

const data = {
  catalogue: catalogueOf(TOPICS),
  policy: defaultPolicy(),
  calendar: brusselsCalendar(),
  lexicon: [],
  cues: { aside: [], focus: [] },
  unrelated: [],
  everyday: {},
};
/** Thursday 2 April 2026, 10:00 in Brussels. */
const NOW = new Date('2026-04-02T10:00:00+02:00');

describe('triage', () => {
  it('sends a Basic customer with a finalisation problem to sales, within 1 business day', () => {
    const { verdict, sla } = triage(data, { tier: 'basic', topic: 'finalisation', priority: 'high' }, NOW);
    expect(verdict).toMatchObject({ verdict: 'upsell', upsellTier: 'premium' });
    expect(sla).toMatchObject({
      queue: 'sales',
      targetMinutes: 480,
      firstResponseDue: '2026-04-03T10:00:00+02:00',
    });
  });

  it('sends the same problem from a customer unsure of the tier to support, at Basic high priority (8 h)', () => {
    const request = {
      tier: 'basic' as const,
      topic: 'finalisation',
      priority: 'high' as const,
      tierConfirmed: false,
    };
    const { verdict, sla } = triage(data, request, NOW);
    expect(verdict).toEqual({
      verdict: 'tier_unconfirmed',
      tier: 'basic',
      topic: 'finalisation',
      coveredBy: ['premium', 'active', 'premium-plus'],
    });
    expect(sla).toMatchObject({
      queue: 'support',
      targetMinutes: 480,
      firstResponseDue: '2026-04-03T10:00:00+02:00',
    });
    expect(sla.explanation).toMatch(
      /^Tier not confirmed, handled at Basic's high priority target until support/,
    );
  });

  it('an unsure customer whose topic every tier covers is simply covered', () => {
    const { verdict, sla } = triage(
      data,
      { tier: 'basic', topic: 'login', priority: 'critical', tierConfirmed: false },
      NOW,
    );
    expect(verdict.verdict).toBe('covered');
    expect(sla).toMatchObject({
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-04-02T14:00:00+02:00',
    });
  });
});
