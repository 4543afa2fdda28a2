import { beforeAll, describe, expect, it } from 'vitest';
import { loadRecompute, readIntakeData } from '../../src/receiver/recompute.ts';
import { calendarEnd, OutsideCalendar } from '../../src/domain/calendar-index.ts';
import type { Recompute } from '../../src/receiver/recheck.ts';
import { differences } from '../../src/receiver/recheck.ts';
import { parseTicket, type Ticket } from '../../src/domain/ticket.ts';
import { DIST, assertBuilt } from './built-site.ts';

let recompute: Recompute;
beforeAll(() => {
  assertBuilt();
  recompute = loadRecompute(DIST);
});

function ticket(overrides: Record<string, unknown>): Ticket {
  const result = parseTicket({
    schema: 'ticket.v1',
    id: '5b0c2f4e-8d7a-4c1b-9e3f-2a6d8c4b1e70',
    submittedAt: '2026-03-27T16:30:00+01:00',
    tier: 'premium',
    topic: 'declaration-finalisation',
    verdict: 'covered',
    priority: 'high',
    summary: 'Release not received',
    description: 'Import declaration still waiting for release since Friday.',
    customer: { name: 'An Peeters', email: 'an@example.be', company: 'Peeters NV' },
    sla: {
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      timezone: 'Europe/Brussels',
    },
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.ticket;
}

describe("the receiver's own verdict and SLA, from the built content and its own clock", () => {
  it('agrees with an honest sender: Premium, finalisation, high priority, Friday 16:30 before the DST weekend', () => {
    const server = recompute(ticket({}), new Date('2026-03-27T15:30:00Z'));
    expect(server).toEqual({
      verdict: 'covered',
      sla: {
        queue: 'support',
        targetMinutes: 240,
        firstResponseDue: '2026-03-30T12:30:00+02:00',
        timezone: 'Europe/Brussels',
      },
    });
    expect(differences(ticket({}), server)).toEqual([]);
  });

  it('agrees with an upgrade question from a pair page: Basic asking about Premium, no topic, to sales within a business day', () => {
    const question = ticket({
      schema: 'ticket.v2',
      tierConfirmed: true,
      tier: 'basic',
      topic: null,
      verdict: 'upsell',
      upsellTier: 'premium',
      priority: 'normal',
      summary: 'Moving from Basic Support to Premium Support',
      sla: {
        queue: 'sales',
        targetMinutes: 480,
        firstResponseDue: '2026-03-30T16:30:00+02:00',
        timezone: 'Europe/Brussels',
      },
    });
    const server = recompute(question, new Date('2026-03-27T15:30:00Z'));
    expect(server).toEqual({
      verdict: 'upsell',
      upsellTier: 'premium',
      sla: {
        queue: 'sales',
        targetMinutes: 480,
        firstResponseDue: '2026-03-30T16:30:00+02:00',
        timezone: 'Europe/Brussels',
      },
    });
    expect(differences(question, server)).toEqual([]);
  });

  it('a wrong client clock does not move the deadline: the server keeps its own and flags the difference', () => {
    const lying = ticket({
      sla: {
        queue: 'support',
        targetMinutes: 240,
        firstResponseDue: '2027-01-01T09:00:00+01:00',
        timezone: 'Europe/Brussels',
      },
    });
    const server = recompute(lying, new Date('2026-03-27T15:30:00Z'));
    expect(server.sla.firstResponseDue).toBe('2026-03-30T12:30:00+02:00');
    expect(differences(lying, server)).toEqual(['sla.firstResponseDue']);
  });

  it('recomputes the verdict from content: a Basic ticket about finalisation is an upsell to Premium, routed to sales', () => {
    const claimed = ticket({ tier: 'basic' });
    const server = recompute(claimed, new Date('2026-03-27T15:30:00Z'));
    expect(server).toMatchObject({
      verdict: 'upsell',
      upsellTier: 'premium',
      sla: { queue: 'sales', targetMinutes: 480 },
    });
    expect(differences(claimed, server)).toEqual([
      'verdict',
      'upsellTier',
      'sla.queue',
      'sla.targetMinutes',
      'sla.firstResponseDue',
    ]);
  });

  it('has no answer past the built calendar: a clock beyond its last day throws OutsideCalendar', () => {
    const end = calendarEnd(readIntakeData(DIST).calendar);
    // Built with at least two years of holidays ahead (the build fails otherwise).
    expect(end.at).toBeGreaterThan(Date.parse('2028-01-01T00:00:00Z'));
    expect(end.lastDay).toMatch(/^\d{4}-12-31$/);
    expect(() => recompute(ticket({}), new Date(end.at))).toThrow(OutsideCalendar);
  });
});
