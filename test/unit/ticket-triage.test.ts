import { describe, expect, it } from 'vitest';
import type { Sla } from '../../src/domain/sla.ts';
import { ticketSla, ticketVerdict } from '../../src/domain/ticket-triage.ts';
import { isTimeZone } from '../../src/domain/time-zone.ts';

describe('a verdict and an SLA as a ticket carries them', () => {
  it('names the upsell tier only for an upsell', () => {
    expect(
      ticketVerdict({
        verdict: 'upsell',
        tier: 'basic',
        topic: 't',
        upsellTier: 'premium',
        higherTiers: ['active'],
      }),
    ).toEqual({
      verdict: 'upsell',
      upsellTier: 'premium',
    });
    expect(ticketVerdict({ verdict: 'out_of_scope', tier: 'basic', topic: 't' })).toEqual({
      verdict: 'out_of_scope',
    });
    expect(ticketVerdict({ verdict: 'unknown', tier: 'basic', topic: null })).toEqual({ verdict: 'unknown' });
  });

  it('keeps the four SLA fields of ticket.v1 and drops the explanation', () => {
    const sla: Sla = {
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      firstResponseDueUtc: '2026-03-30T10:30:00Z',
      timezone: 'Europe/Brussels',
      clockStarted: '2026-03-27T16:30:00+01:00',
      skipped: [],
      explanation: 'text',
    };
    expect(ticketSla(sla)).toEqual({
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      timezone: 'Europe/Brussels',
    });
  });

  it('knows real time zones and refuses made-up ones', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
