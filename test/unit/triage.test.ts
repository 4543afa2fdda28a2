/** Triage of a ticket: the verdict and the SLA it routes to, as the receiver recomputes them. */
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket.ts';
import { triageRequestOf } from '../../src/domain/ticket-triage.ts';
import { triage } from '../../src/domain/triage.ts';
import { catalogueOf, TOPICS } from './matcher-catalogue.ts';
import { intakeWithSla } from './sla-fixtures.ts';

const data = intakeWithSla(catalogueOf(TOPICS));
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

describe('a question about upgrading', () => {
  it('goes to sales as an upsell to the tier asked about, with no topic, within 1 business day', () => {
    const { verdict, sla } = triage(
      data,
      { tier: 'basic', topic: null, priority: 'normal', upgradeTo: 'premium' },
      NOW,
    );
    expect(verdict).toEqual({
      verdict: 'upsell',
      tier: 'basic',
      topic: null,
      upsellTier: 'premium',
      higherTiers: [],
    });
    expect(sla).toMatchObject({ queue: 'sales', targetMinutes: 480 });
  });

  it('is no upgrade towards the same or a lower tier, and yields to a topic once one is chosen', () => {
    expect(
      triage(data, { tier: 'active', topic: null, priority: 'normal', upgradeTo: 'premium' }, NOW).verdict,
    ).toMatchObject({ verdict: 'unknown' });
    expect(
      triage(data, { tier: 'basic', topic: 'login', priority: 'normal', upgradeTo: 'premium' }, NOW).verdict,
    ).toMatchObject({ verdict: 'covered', topic: 'login' });
  });

  it('is read back from a ticket: an upsell without a topic asks about its upsell tier', () => {
    const ticket = {
      schema: 'ticket.v2',
      tierConfirmed: true,
      tier: 'basic',
      topic: null,
      priority: 'normal',
      verdict: 'upsell',
      upsellTier: 'active',
    } as unknown as Ticket;
    expect(triageRequestOf(ticket)).toEqual({
      tier: 'basic',
      topic: null,
      priority: 'normal',
      tierConfirmed: true,
      upgradeTo: 'active',
    });
    expect(triageRequestOf({ ...ticket, topic: 'finalisation' })).not.toHaveProperty('upgradeTo');
  });
});
