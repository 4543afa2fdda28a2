import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes } from '../../src/domain/business-calendar.ts';
import { compileCalendar, type CalendarRules } from '../../src/loaders/calendar-compiler.ts';
import { belgianHolidays } from '../../src/loaders/holidays.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Brussels office hours, Belgian holidays 2026–2032 (the clock may run past 2031), some closure days. */
const office: CalendarRules = {
  zone: 'Europe/Brussels',
  days: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidays: belgianHolidays(2026, 7),
  closures: [2026, 2027, 2028, 2029, 2030, 2031].flatMap((year) => [
    { date: `${year}-12-24`, name: 'Christmas Eve' },
    { date: `${year}-12-31`, name: "New Year's Eve" },
  ]),
};

/** Open every day from 01:00 to 04:00, so the opening hours contain every DST change. */
const nights: CalendarRules = { ...office, days: [1, 2, 3, 4, 5, 6, 7], opens: '01:00', closes: '04:00' };

const offsets = new Map<string, number>();

/** The zone's UTC offset in minutes during quarter hour `key` (minutes since 1970 / 15), remembered across walks. */
function quarterOffset(zone: IANAZone, key: number): number {
  const id = `${zone.name} ${key}`;
  let offset = offsets.get(id);
  if (offset === undefined) {
    offset = zone.offset(key * 15 * MINUTE);
    offsets.set(id, offset);
  }
  return offset;
}

/**
 * The reference: step one minute at a time from the start, first until the desk is open (the clock
 * starts at the next opening), then counting each open minute until none are left. "Open" is read
 * from local wall-clock fields alone: an open weekday, not a holiday or closure, and a local time
 * from `opens` up to `closes`. Local fields come from the zone's UTC offset (luxon's IANAZone, i.e.
 * Intl), cached per quarter hour because Brussels only changes offset on the hour.
 */
function referenceWalk(startMs: number, minutes: number, calendar: CalendarRules) {
  const zone = IANAZone.create(calendar.zone);
  // Remember the last quarter hour's offset: consecutive minutes nearly always share it.
  let offsetKey = Number.NaN;
  let offset = 0;
  const offsetAt = (ms: number): number => {
    const key = Math.floor(ms / (15 * MINUTE));
    if (key !== offsetKey) {
      offsetKey = key;
      offset = quarterOffset(zone, key);
    }
    return offset;
  };
  const clock = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
  const [opens, closes] = [clock(calendar.opens), clock(calendar.closes)];
  const daysOff = new Set([...calendar.holidays, ...calendar.closures].map((day) => day.date));
  const visited: string[] = [];
  let dayKey = Number.NaN;
  let closed = false;

  const isOpen = (ms: number): boolean => {
    const local = ms + offsetAt(ms) * MINUTE;
    const dayNumber = Math.floor(local / DAY);
    if (dayNumber !== dayKey) {
      // The walk only moves forward, so a new day number is a day not seen before.
      dayKey = dayNumber;
      const date = new Date(dayNumber * DAY);
      const iso = date.toISOString().slice(0, 10);
      const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
      closed = !calendar.days.includes(weekday) || daysOff.has(iso);
      if (closed) visited.push(iso);
    }
    const minuteOfDay = Math.floor((local - dayNumber * DAY) / MINUTE);
    return !closed && minuteOfDay >= opens && minuteOfDay < closes;
  };

  let t = startMs;
  while (!isOpen(t)) t += MINUTE;
  for (let left = minutes; left > 0; t += MINUTE) {
    if (isOpen(t)) left--;
  }
  return { dueMs: t, skipped: visited };
}

const from = Date.parse('2026-01-01T00:00:00+01:00');
const to = Date.parse('2031-12-31T23:59:00+01:00');

/** Whole-minute start instants (the reference steps whole minutes) and up to three business days. */
const calendars = { office, nights };
/** What the clock runs on: the same rules compiled to open intervals, as the build does. */
const compiled = { office: compileCalendar(office), nights: compileCalendar(nights) };
const cases = fc.record({
  calendar: fc.constantFrom<keyof typeof calendars>('office', 'office', 'office', 'nights'),
  startMinute: fc.integer({ min: from / MINUTE, max: to / MINUTE }),
  days: fc.double({ min: 0, max: 3, noNaN: true }),
});

describe('addBusinessMinutes on the compiled intervals against a minute-by-minute walk of the rules', () => {
  it('agrees on the due moment and the skipped days for 10,000 random starts and durations, 2026–2031', () => {
    fc.assert(
      fc.property(cases, ({ calendar: name, startMinute, days }) => {
        const calendar = calendars[name];
        const minutes = Math.floor(days * (name === 'office' ? 480 : 180));
        const startMs = startMinute * MINUTE;
        const label = `${name}: ${new Date(startMs).toISOString()} + ${minutes} min`;
        const expected = referenceWalk(startMs, minutes, calendar);
        const actual = addBusinessMinutes(new Date(startMs), minutes, compiled[name]);
        expect(new Date(actual.due).toISOString(), label).toBe(new Date(expected.dueMs).toISOString());
        expect(
          actual.skipped.map((day) => day.date),
          label,
        ).toEqual(expected.skipped);
      }),
      { numRuns: 10_000 },
    );
    // A few seconds, nearly all of it in the reference walk; the margin is for busy CI machines.
  }, 60_000);

  it('covers the DST weekends, the named holidays, the year ends and long closures the random cases may miss', () => {
    const starts = [
      '2026-03-20T16:59:00+01:00',
      '2026-04-03T16:00:00+02:00',
      '2026-05-13T16:00:00+02:00',
      '2026-05-22T16:00:00+02:00',
      '2026-07-20T16:00:00+02:00',
      '2026-11-10T16:59:00+01:00',
      '2026-12-24T16:00:00+01:00',
      '2026-03-27T16:30:00+01:00',
      '2026-03-29T00:30:00+01:00',
      '2026-10-23T16:59:00+02:00',
      '2026-10-25T01:30:00+02:00',
      '2027-03-26T16:00:00+01:00',
      '2027-10-29T12:00:00+02:00',
      '2026-12-23T16:45:00+01:00',
      '2031-12-30T16:00:00+01:00',
    ];
    for (const name of ['office', 'nights'] as const) {
      for (const start of starts) {
        for (const minutes of [0, 1, 2, 59, 60, 61, 179, 180, 181, 479, 480, 481, 1440, 2400]) {
          const expected = referenceWalk(Date.parse(start), minutes, calendars[name]);
          const actual = addBusinessMinutes(Date.parse(start), minutes, compiled[name]);
          expect(actual.due, `${name}: ${start} + ${minutes}`).toBe(expected.dueMs);
          expect(
            actual.skipped.map((day) => day.date),
            `${start} + ${minutes}`,
          ).toEqual(expected.skipped);
        }
      }
    }
  });
});
