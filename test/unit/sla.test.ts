import { describe, expect, it } from 'vitest';
import { TIER_IDS } from '../../src/domain/catalogue.ts';
import { PRIORITIES } from '../../src/domain/priority.ts';
import { routeFor, slaFor } from '../../src/domain/sla.ts';
import { describeSkipped, formatTarget } from '../../src/domain/sla-text.ts';
import { brusselsCalendar, defaultPolicy } from './sla-fixtures.ts';

const calendar = brusselsCalendar([{ date: '2026-12-24', name: 'Christmas Eve' }]);

const policy = defaultPolicy();

describe('routing', () => {
  it('a covered ticket goes to support with its tier and priority target, as the README table says', () => {
    // Minutes per tier, for critical, high, normal and low (README, "The SLA targets").
    const table = {
      basic: [240, 480, 960, 1440],
      premium: [60, 240, 480, 960],
      active: [60, 120, 480, 960],
      'premium-plus': [30, 60, 240, 480],
    };
    for (const tier of TIER_IDS) {
      expect(PRIORITIES.map((priority) => routeFor({ tier, priority, verdict: 'covered' }, policy))).toEqual(
        table[tier].map((targetMinutes) => ({ queue: 'support', targetMinutes })),
      );
    }
  });

  it('a ticket whose topic is unknown goes to support with the tier target, like a covered one', () => {
    expect(routeFor({ tier: 'basic', priority: 'critical', verdict: 'unknown' }, policy)).toEqual({
      queue: 'support',
      targetMinutes: 240,
    });
  });

  it('an upsell goes to sales within 8 business hours whatever the tier and priority', () => {
    expect(routeFor({ tier: 'premium-plus', priority: 'critical', verdict: 'upsell' }, policy)).toEqual({
      queue: 'sales',
      targetMinutes: 480,
    });
  });

  it('an out-of-scope ticket goes to advice within 16 business hours', () => {
    expect(routeFor({ tier: 'basic', priority: 'low', verdict: 'out_of_scope' }, policy)).toEqual({
      queue: 'advice',
      targetMinutes: 960,
    });
  });
});

describe('slaFor', () => {
  it('a Premium high ticket on Friday 27 March 2026 16:30 is due Monday 12:30 Brussels summer time', () => {
    const sla = slaFor(
      { tier: 'premium', priority: 'high', verdict: 'covered' },
      policy,
      calendar,
      new Date('2026-03-27T16:30:00+01:00'),
    );
    expect(sla).toMatchObject({
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-30T12:30:00+02:00',
      firstResponseDueUtc: '2026-03-30T10:30:00Z',
      timezone: 'Europe/Brussels',
      clockStarted: '2026-03-27T16:30:00+01:00',
      skipped: [
        { date: '2026-03-28', reason: 'weekend' },
        { date: '2026-03-29', reason: 'weekend' },
      ],
    });
    expect(sla.explanation).toBe(
      'Covered by Premium, high priority: support responds within 4 business hours. ' +
        'Counted 4 business hours from Friday 27 March 16:30 Brussels time; skipped Saturday 28 and Sunday 29 March (weekend). ' +
        'First response due Monday 30 March 12:30 Brussels time.',
    );
  });

  it('"now" given as a Date in UTC gives the same answer as the same moment with an offset', () => {
    const request = { tier: 'premium', priority: 'high', verdict: 'covered' } as const;
    const fromDate = slaFor(request, policy, calendar, new Date('2026-03-27T15:30:00Z'));
    expect(fromDate.firstResponseDue).toBe('2026-03-30T12:30:00+02:00');
  });

  it('a ticket received on Saturday says the clock started on Monday morning', () => {
    const sla = slaFor(
      { tier: 'basic', priority: 'normal', verdict: 'upsell' },
      policy,
      calendar,
      new Date('2026-03-28T10:00:00+01:00'),
    );
    expect(sla.queue).toBe('sales');
    expect(sla.firstResponseDue).toBe('2026-03-30T17:00:00+02:00');
    expect(sla.explanation).toContain(
      'Received Saturday 28 March 10:00 Brussels time, outside business hours, so counted 8 business hours from Monday 30 March 09:00 Brussels time; skipped Saturday 28 and Sunday 29 March (weekend).',
    );
  });

  it('the explanation names the closure, the holiday and the weekend it skipped over Christmas', () => {
    const sla = slaFor(
      { tier: 'active', priority: 'low', verdict: 'out_of_scope' },
      policy,
      calendar,
      new Date('2026-12-23T16:00:00+01:00'),
    );
    expect(sla.queue).toBe('advice');
    expect(sla.firstResponseDue).toBe('2026-12-29T16:00:00+01:00');
    expect(sla.explanation).toContain(
      'skipped Thursday 24 December (closed: Christmas Eve), Friday 25 December (Christmas Day), Saturday 26 and Sunday 27 December (weekend).',
    );
  });

  it('dates in the next year carry their year in the explanation', () => {
    const sla = slaFor(
      { tier: 'premium-plus', priority: 'critical', verdict: 'covered' },
      policy,
      calendar,
      new Date('2026-12-31T16:45:00+01:00'),
    );
    expect(sla.firstResponseDue).toBe('2027-01-04T09:15:00+01:00');
    expect(sla.explanation).toContain(
      "skipped Friday 1 January 2027 (New Year's Day), Saturday 2 and Sunday 3 January 2027 (weekend). First response due Monday 4 January 2027 09:15",
    );
  });

  it('a ticket within one day skips nothing and says so by naming no days', () => {
    const sla = slaFor(
      { tier: 'premium-plus', priority: 'critical', verdict: 'covered' },
      policy,
      calendar,
      new Date('2026-03-25T10:00:00+01:00'),
    );
    expect(sla.firstResponseDue).toBe('2026-03-25T10:30:00+01:00');
    expect(sla.skipped).toEqual([]);
    expect(sla.explanation).toBe(
      'Covered by Premium Plus, critical priority: support responds within 30 business minutes. ' +
        'Counted 30 business minutes from Wednesday 25 March 10:00 Brussels time. First response due Wednesday 25 March 10:30 Brussels time.',
    );
  });

  it('an unknown topic is explained as handled at the tier target', () => {
    const sla = slaFor(
      { tier: 'basic', priority: 'high', verdict: 'unknown' },
      policy,
      calendar,
      new Date('2026-03-25T10:00:00+01:00'),
    );
    expect(sla.explanation).toMatch(
      /^Topic not identified, handled at Basic's high priority target: support responds within 8 business hours\./,
    );
    expect(sla.firstResponseDue).toBe('2026-03-26T10:00:00+01:00');
  });

  it('milliseconds in "now" are kept rather than rounded away', () => {
    const sla = slaFor(
      { tier: 'premium', priority: 'critical', verdict: 'covered' },
      policy,
      calendar,
      new Date('2026-03-25T10:00:00.250+01:00'),
    );
    expect(sla.firstResponseDue).toBe('2026-03-25T11:00:00.250+01:00');
  });
});

describe('describeSkipped', () => {
  it('groups consecutive days with the same reason and names a month once when it is shared', () => {
    expect(
      describeSkipped(
        [
          { date: '2026-10-31', reason: 'weekend' },
          { date: '2026-11-01', reason: 'weekend' },
        ],
        2026,
      ),
    ).toBe('Saturday 31 October and Sunday 1 November (weekend)');
  });

  it('does not group separate weekends', () => {
    expect(
      describeSkipped(
        [
          { date: '2026-03-21', reason: 'weekend' },
          { date: '2026-03-22', reason: 'weekend' },
          { date: '2026-03-28', reason: 'weekend' },
          { date: '2026-03-29', reason: 'weekend' },
        ],
        2026,
      ),
    ).toBe('Saturday 21 and Sunday 22 March (weekend), Saturday 28 and Sunday 29 March (weekend)');
  });
});

describe('formatTarget', () => {
  const HOURS = { opens: '09:00', closes: '17:00' };
  it('says minutes, hours, or whole business days of 8 hours', () => {
    expect(formatTarget(30, HOURS)).toBe('30 min');
    expect(formatTarget(60, HOURS)).toBe('1 h');
    expect(formatTarget(90, HOURS)).toBe('1 h 30 min');
    expect(formatTarget(240, HOURS)).toBe('4 h');
    expect(formatTarget(480, HOURS)).toBe('1 business day');
    expect(formatTarget(960, HOURS)).toBe('2 business days');
    expect(formatTarget(1440, HOURS)).toBe('3 business days');
    expect(formatTarget(600, HOURS)).toBe('10 h');
  });

  it('counts business days by the calendar, so a 6-hour day makes 720 minutes two days', () => {
    expect(formatTarget(720, { opens: '10:00', closes: '16:00' })).toBe('2 business days');
    expect(formatTarget(480, { opens: '10:00', closes: '16:00' })).toBe('8 h');
  });
});
