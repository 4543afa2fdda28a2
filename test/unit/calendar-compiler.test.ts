import { describe, expect, it } from 'vitest';
import {
  checkHolidayHorizon,
  compileCalendar,
  holidayHorizon,
  type CalendarRules,
} from '../../src/loaders/calendar-compiler.ts';
import { belgianHolidays } from '../../src/loaders/holidays.ts';

/** The desk's calendar as content describes it, with Belgian public holidays 2026–2031. */
const rules: CalendarRules = {
  zone: 'Europe/Brussels',
  days: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidays: belgianHolidays(2026),
  closures: [],
};

/** Epoch minutes of an ISO moment, to read the compiled numbers against dates. */
const minutes = (iso: string) => Date.parse(iso) / 60_000;

describe('compileCalendar', () => {
  const year2026 = compileCalendar({ ...rules, holidays: belgianHolidays(2026, 1) });

  it('spans local midnight of 1 January 2026 to local midnight of 1 January 2027, in epoch minutes', () => {
    expect(year2026.span).toEqual([29_453_700, 29_979_300]);
    expect(year2026.span).toEqual([
      minutes('2026-01-01T00:00:00+01:00'),
      minutes('2027-01-01T00:00:00+01:00'),
    ]);
  });

  it('starts with Friday 2 January 09:00 CET (New Year’s Day is closed), open 480 minutes, then closed 64 hours over the weekend', () => {
    expect(year2026.open.slice(0, 4)).toEqual([29_455_680, 480, 3_840, 480]);
    expect(year2026.open[0]).toBe(minutes('2026-01-02T09:00:00+01:00'));
    expect(year2026.open[2]).toBe(64 * 60);
  });

  it('holds one interval per open weekday: 261 weekdays in 2026 less 8 weekday holidays', () => {
    expect(year2026.open.length / 2).toBe(253);
  });

  it('records the offset at the start and the minute of each DST change', () => {
    expect(year2026.offsets).toEqual([
      29_453_700,
      60,
      minutes('2026-03-29T01:00:00Z'),
      120,
      minutes('2026-10-25T01:00:00Z'),
      60,
    ]);
  });

  it('names the holidays and closures that fall on working days; a holiday on a weekend costs nothing and is left out', () => {
    const closed = compileCalendar({
      ...rules,
      holidays: belgianHolidays(2026, 1),
      closures: [{ date: '2026-12-24', name: 'Christmas Eve' }],
    }).closed;
    expect(closed.map((day) => `${day.date} ${day.reason} ${day.name}`)).toEqual([
      "2026-01-01 holiday New Year's Day",
      '2026-04-06 holiday Easter Monday',
      '2026-05-01 holiday Labour Day',
      '2026-05-14 holiday Ascension Day',
      '2026-05-25 holiday Whit Monday',
      '2026-07-21 holiday National Holiday',
      '2026-11-11 holiday Armistice Day',
      '2026-12-24 closure Christmas Eve',
      '2026-12-25 holiday Christmas Day',
    ]);
  });

  it('compiles the years the holiday data covers: six years are about 1,500 intervals', () => {
    const six = compileCalendar(rules);
    expect(six.span[1]).toBe(minutes('2032-01-01T00:00:00+01:00'));
    expect(six.open.length / 2).toBeGreaterThan(1_500);
    expect(six.offsets).toHaveLength(2 + 2 * 12);
  });

  it('an opening hour in the spring DST gap opens at 03:00 CEST, an hour later by the clock', () => {
    const nights = compileCalendar({ ...rules, days: [7], opens: '02:30', closes: '04:00' }, [2026, 2026]);
    const starts: number[] = [];
    for (let i = 0, at = 0; i < nights.open.length; i += 2) {
      at += nights.open[i]!;
      starts.push(at);
      at += nights.open[i + 1]!;
    }
    // Sunday 29 March 2026: 02:30 does not exist; the desk opens at 03:30 CEST, 01:30 UTC, for 30 minutes.
    const spring = starts.indexOf(minutes('2026-03-29T01:30:00Z'));
    expect(spring).toBeGreaterThan(0);
    expect(nights.open[2 * spring + 1]).toBe(30);
  });

  it('refuses hours that close before they open, an unknown zone and a calendar that never opens', () => {
    expect(() => compileCalendar({ ...rules, opens: '17:00', closes: '09:00' })).toThrow(
      /closes \(09:00\) must be later than opens \(17:00\)/,
    );
    expect(() => compileCalendar({ ...rules, zone: 'Europe/Atlantis' })).toThrow(
      /unknown time zone "Europe\/Atlantis"/,
    );
    expect(() => compileCalendar({ ...rules, days: [] })).toThrow(
      'the calendar in Europe/Brussels has no business hours from 2026 to 2031: check its days, holidays and closures',
    );
    expect(() => compileCalendar({ ...rules, holidays: [] })).toThrow(/no holiday data/);
  });
});

describe('holiday horizon', () => {
  it('the horizon is the last year with holiday data', () => {
    expect(holidayHorizon(rules)).toBe(2031);
    expect(holidayHorizon({ holidays: [] })).toBeNull();
  });

  it('data through 2031 is enough from 2026 to 2029', () => {
    expect(checkHolidayHorizon(rules, '2026-06-01T12:00:00+02:00')).toBeNull();
    expect(checkHolidayHorizon(rules, '2029-12-31T12:00:00+01:00')).toBeNull();
  });

  it('in 2030 the data falls short of two full years ahead and the message says which year is missing', () => {
    expect(checkHolidayHorizon(rules, '2030-01-02T12:00:00+01:00')).toMatchInlineSnapshot(
      `"calendar (Europe/Brussels) → holidays: holiday data reaches 2031, but the SLA clock needs every year from 2030 to 2032 (this year and the next two); missing 2032. Add public holidays for those years."`,
    );
  });

  it("today's year is taken in Brussels: 23:30 UTC on 31 December 2029 is already 2030 there", () => {
    expect(checkHolidayHorizon(rules, new Date('2029-12-31T23:30:00Z'))).toMatch(/missing 2032/);
  });

  it('a gap in the data fails the check even when later years are present', () => {
    const gap = { ...rules, holidays: rules.holidays.filter((day) => !day.date.startsWith('2027')) };
    expect(checkHolidayHorizon(gap, '2026-06-01T12:00:00+02:00')).toMatch(/missing 2027\./);
  });

  it('no holiday data at all fails the check', () => {
    expect(checkHolidayHorizon({ ...rules, holidays: [] }, '2026-06-01T12:00:00+02:00')).toMatch(
      /there is no holiday data.*missing 2026, 2027, 2028/,
    );
  });
});
