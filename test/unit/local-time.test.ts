import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { indexOf, localDay } from '../../src/domain/calendar-index.ts';
import { parseIsoDateTime } from '../../src/domain/instant.ts';
import { clockText, dayWords, isoInZone, isoUtc } from '../../src/domain/local-time.ts';
import { brusselsCalendar } from './sla-fixtures.ts';

const index = indexOf(brusselsCalendar());

describe('moments written in Brussels time from the compiled offsets', () => {
  it('writes ISO with the offset of the day, milliseconds only when there are some', () => {
    expect(isoInZone(Date.parse('2026-03-27T15:30:00Z'), index)).toBe('2026-03-27T16:30:00+01:00');
    expect(isoInZone(Date.parse('2026-03-30T10:30:00Z'), index)).toBe('2026-03-30T12:30:00+02:00');
    expect(isoInZone(Date.parse('2026-05-26T10:45:00.250Z'), index)).toBe('2026-05-26T12:45:00.250+02:00');
    expect(isoUtc(Date.parse('2026-03-30T10:30:00Z'))).toBe('2026-03-30T10:30:00Z');
  });

  it('reads the hour and the day across the autumn change: 00:59 UTC is 02:59 CEST, 01:00 UTC is 02:00 CET', () => {
    expect(clockText(Date.parse('2026-10-25T00:59:00Z'), index)).toBe('02:59');
    expect(clockText(Date.parse('2026-10-25T01:00:00Z'), index)).toBe('02:00');
    // 23:30 UTC on Saturday 31 October is already Sunday 1 November in Brussels.
    expect(dayWords(localDay(index, Date.parse('2026-10-31T23:30:00Z')))).toEqual({
      weekday: 'Sunday',
      day: '1',
      month: 'November',
      year: 2026,
    });
  });

  it('agrees with luxon on the ISO form, the time and the day for 2,000 random moments 2026–2031', () => {
    const from = Date.parse('2026-01-01T00:00:00+01:00');
    const to = Date.parse('2031-12-31T23:59:59+01:00');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (t) => {
        const reference = DateTime.fromMillis(t, { zone: 'Europe/Brussels' }).setLocale('en-GB');
        expect(isoInZone(t, index)).toBe(reference.toISO({ suppressMilliseconds: true }));
        expect(clockText(t, index)).toBe(reference.toFormat('HH:mm'));
        const words = dayWords(localDay(index, t));
        expect(`${words.weekday} ${words.day} ${words.month} ${words.year}`).toBe(
          reference.toFormat('cccc d LLLL yyyy'),
        );
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('parseIsoDateTime', () => {
  it('reads the wall-clock time and the offset, in milliseconds', () => {
    expect(parseIsoDateTime('2026-03-27T16:30:00+01:00')).toEqual({
      wallClock: Date.parse('2026-03-27T16:30:00Z'),
      offset: 3_600_000,
    });
    expect(parseIsoDateTime('2026-03-27T16:30Z')).toEqual({
      wallClock: Date.parse('2026-03-27T16:30:00Z'),
      offset: 0,
    });
    expect(parseIsoDateTime('2026-03-27T16:30:00.250-0330')).toEqual({
      wallClock: Date.parse('2026-03-27T16:30:00.250Z'),
      offset: -12_600_000,
    });
    expect(parseIsoDateTime('2026-03-27T16:30:00')).toEqual({
      wallClock: Date.parse('2026-03-27T16:30:00Z'),
      offset: undefined,
    });
  });

  it.each([
    '2026-02-30T10:00:00+01:00',
    '2026-13-01T10:00:00Z',
    '2026-03-27T24:00:00Z',
    '2026-03-27T16:60:00Z',
    '2026-03-27T16:30:00+24:00',
    '2026-03-27',
    '27/03/2026 16:30',
    'next friday',
  ])('refuses %s', (value) => {
    expect(parseIsoDateTime(value)).toBeUndefined();
  });
});
