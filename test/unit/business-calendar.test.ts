import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { belgianHolidays } from '../../src/loaders/holidays.ts';
import type { BusinessCalendar } from '../../src/domain/business-calendar.ts';
import {
  addBusinessMinutes,
  checkHolidayHorizon,
  holidayHorizon,
  isOpenAt,
  nextOpening,
} from '../../src/domain/business-calendar.ts';

const ZONE = 'Europe/Brussels';

/** The desk's calendar as content describes it, with Belgian public holidays 2026–2031. */
const brussels: BusinessCalendar = {
  zone: ZONE,
  days: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidays: belgianHolidays(2026),
  closures: [],
};

/** Due time as ISO with the Brussels offset, whole seconds. */
function due(start: string, minutes: number, calendar: BusinessCalendar = brussels): string | null {
  return addBusinessMinutes(start, minutes, calendar).due.toISO({ suppressMilliseconds: true });
}

function skippedDates(start: string, minutes: number, calendar: BusinessCalendar = brussels): string[] {
  return addBusinessMinutes(start, minutes, calendar).skipped.map(
    (day) => `${day.date} ${day.reason}${day.name ? ` ${day.name}` : ''}`,
  );
}

describe('addBusinessMinutes on a normal week', () => {
  it('one minute from Friday 16:59 is due at 17:00 the same Friday', () => {
    expect(due('2026-03-20T16:59:00+01:00', 1)).toBe('2026-03-20T17:00:00+01:00');
  });

  it('two minutes from Friday 16:59 are due at 09:01 on Monday, skipping the weekend', () => {
    expect(due('2026-03-20T16:59:00+01:00', 2)).toBe('2026-03-23T09:01:00+01:00');
    expect(skippedDates('2026-03-20T16:59:00+01:00', 2)).toEqual([
      '2026-03-21 weekend',
      '2026-03-22 weekend',
    ]);
  });

  it('eight business hours from Monday 09:00 end at 17:00 the same day, not on Tuesday morning', () => {
    expect(due('2026-03-16T09:00:00+01:00', 480)).toBe('2026-03-16T17:00:00+01:00');
  });

  it('minutes within one day are due the same day and skip nothing', () => {
    expect(due('2026-03-18T10:15:00+01:00', 150)).toBe('2026-03-18T12:45:00+01:00');
    expect(skippedDates('2026-03-18T10:15:00+01:00', 150)).toEqual([]);
  });

  it('a clock running over several nights carries the rest of the day over each time', () => {
    // Tuesday 15:00: 2 h Tuesday, 8 h Wednesday, 2 h Thursday.
    expect(due('2026-03-17T15:00:00+01:00', 12 * 60)).toBe('2026-03-19T11:00:00+01:00');
  });
});

describe('addBusinessMinutes outside business hours', () => {
  it('a clock started before opening starts at 09:00 that day', () => {
    expect(due('2026-03-18T07:10:00+01:00', 30)).toBe('2026-03-18T09:30:00+01:00');
  });

  it('a clock started after closing starts at the next morning opening', () => {
    const clock = addBusinessMinutes('2026-03-18T18:45:00+01:00', 30, brussels);
    expect(clock.started.toISO({ suppressMilliseconds: true })).toBe('2026-03-19T09:00:00+01:00');
    expect(clock.due.toISO({ suppressMilliseconds: true })).toBe('2026-03-19T09:30:00+01:00');
  });

  it('a clock started on Saturday starts on Monday and lists the weekend it waited through', () => {
    expect(due('2026-03-21T11:00:00+01:00', 60)).toBe('2026-03-23T10:00:00+01:00');
    expect(skippedDates('2026-03-21T11:00:00+01:00', 60)).toEqual([
      '2026-03-21 weekend',
      '2026-03-22 weekend',
    ]);
  });

  it('zero minutes at Friday 17:00 are due when the desk opens on Monday', () => {
    expect(due('2026-03-20T17:00:00+01:00', 0)).toBe('2026-03-23T09:00:00+01:00');
  });

  it('zero minutes during business hours are due at once', () => {
    expect(due('2026-03-20T11:11:00+01:00', 0)).toBe('2026-03-20T11:11:00+01:00');
  });
});

describe('addBusinessMinutes across daylight-saving changes', () => {
  it('four hours from Friday 27 March 2026 16:30 CET are due Monday 12:30 CEST, after the spring change', () => {
    // 30 min on Friday (CET, +01:00), 3 h 30 on Monday 30 March (CEST, +02:00): 12:30 local, 10:30 UTC.
    const clock = addBusinessMinutes('2026-03-27T16:30:00+01:00', 240, brussels);
    expect(clock.due.toISO({ suppressMilliseconds: true })).toBe('2026-03-30T12:30:00+02:00');
    expect(clock.due.toUTC().toISO({ suppressMilliseconds: true })).toBe('2026-03-30T10:30:00Z');
  });

  it('two hours from Friday 23 October 2026 16:00 CEST are due Monday 10:00 CET, after the autumn change', () => {
    expect(due('2026-10-23T16:00:00+02:00', 120)).toBe('2026-10-26T10:00:00+01:00');
  });

  it('the spring change of 2027 followed by Easter Monday pushes the due time to Tuesday', () => {
    expect(due('2027-03-26T16:00:00+01:00', 120)).toBe('2027-03-30T10:00:00+02:00');
    expect(skippedDates('2027-03-26T16:00:00+01:00', 120)).toEqual([
      '2027-03-27 weekend',
      '2027-03-28 weekend',
      '2027-03-29 holiday Easter Monday',
    ]);
  });

  it("the autumn change of 2027 followed by All Saints' Day pushes the due time to Tuesday", () => {
    expect(due('2027-10-29T16:00:00+02:00', 120)).toBe('2027-11-02T10:00:00+01:00');
    expect(skippedDates('2027-10-29T16:00:00+02:00', 120)).toEqual([
      '2027-10-30 weekend',
      '2027-10-31 weekend',
      "2027-11-01 holiday All Saints' Day",
    ]);
  });

  describe('with opening hours that contain the change itself', () => {
    const nights: BusinessCalendar = { ...brussels, days: [7], opens: '01:00', closes: '04:00' };

    it('the spring night has only two real hours, so the rest carries over to the next Sunday', () => {
      // 29 March 2026: 02:00 does not exist. 150 min = 120 that night + 30 on 5 April.
      expect(due('2026-03-29T01:00:00+01:00', 150, nights)).toBe('2026-04-05T01:30:00+02:00');
    });

    it('the autumn night has four real hours, the repeated hour counted twice', () => {
      // 25 October 2026: 01:00 CEST is 23:00 UTC; 210 min later is 02:30 UTC, 03:30 CET.
      expect(due('2026-10-25T01:00:00+02:00', 210, nights)).toBe('2026-10-25T03:30:00+01:00');
      expect(due('2026-10-25T01:00:00+02:00', 240, nights)).toBe('2026-10-25T04:00:00+01:00');
    });
  });
});

describe('addBusinessMinutes over holidays, closures and year ends', () => {
  it('Easter Monday 2026 (6 April) is skipped with its name', () => {
    // Good Friday is not a public holiday in Belgium: the desk is open on 3 April.
    expect(due('2026-04-03T16:00:00+02:00', 120)).toBe('2026-04-07T10:00:00+02:00');
    expect(skippedDates('2026-04-03T16:00:00+02:00', 120)).toEqual([
      '2026-04-04 weekend',
      '2026-04-05 weekend',
      '2026-04-06 holiday Easter Monday',
    ]);
  });

  it('the clock crosses the year end, skipping New Year’s Day and the weekend after it', () => {
    expect(due('2026-12-31T16:00:00+01:00', 120)).toBe('2027-01-04T10:00:00+01:00');
    expect(skippedDates('2026-12-31T16:00:00+01:00', 120)).toEqual([
      "2027-01-01 holiday New Year's Day",
      '2027-01-02 weekend',
      '2027-01-03 weekend',
    ]);
  });

  it('a closure day is skipped like a holiday and named as a closure', () => {
    const withClosure: BusinessCalendar = {
      ...brussels,
      closures: [{ date: '2026-12-24', name: 'Christmas Eve' }],
    };
    expect(due('2026-12-23T16:00:00+01:00', 120, withClosure)).toBe('2026-12-28T10:00:00+01:00');
    expect(skippedDates('2026-12-23T16:00:00+01:00', 120, withClosure)).toEqual([
      '2026-12-24 closure Christmas Eve',
      '2026-12-25 holiday Christmas Day',
      '2026-12-26 weekend',
      '2026-12-27 weekend',
    ]);
    // Without the closure, Christmas Eve is a working day.
    expect(due('2026-12-23T16:00:00+01:00', 120)).toBe('2026-12-24T10:00:00+01:00');
  });

  it('a holiday on a Saturday is reported as weekend, because it costs no extra time', () => {
    // 15 August 2026 (Assumption) is a Saturday.
    expect(skippedDates('2026-08-14T16:00:00+02:00', 120)).toEqual([
      '2026-08-15 weekend',
      '2026-08-16 weekend',
    ]);
  });
});

describe('addBusinessMinutes inputs', () => {
  afterEach(() => {
    Settings.defaultZone = 'system';
  });

  it('a Date, a DateTime in another zone and an ISO string give the same due time in the calendar zone', () => {
    const iso = '2026-03-27T15:30:00Z';
    const expected = '2026-03-30T12:30:00+02:00';
    expect(due(iso, 240)).toBe(expected);
    expect(addBusinessMinutes(new Date(iso), 240, brussels).due.toISO({ suppressMilliseconds: true })).toBe(
      expected,
    );
    const tokyo = DateTime.fromISO(iso, { zone: 'Asia/Tokyo' });
    const clock = addBusinessMinutes(tokyo, 240, brussels);
    expect(clock.due.zoneName).toBe(ZONE);
    expect(clock.due.toISO({ suppressMilliseconds: true })).toBe(expected);
  });

  it('an ISO string without an offset is read as Brussels local time', () => {
    expect(due('2026-03-27T16:30:00', 240)).toBe('2026-03-30T12:30:00+02:00');
  });

  it("the due time does not depend on the machine's time zone", () => {
    Settings.defaultZone = 'America/New_York';
    expect(due('2026-03-27T16:30:00', 240)).toBe('2026-03-30T12:30:00+02:00');
    expect(addBusinessMinutes(new Date('2026-03-20T15:59:00Z'), 2, brussels).due.toISO()).toBe(
      '2026-03-23T09:01:00.000+01:00',
    );
  });

  it('negative or non-numeric minutes and invalid instants are refused', () => {
    expect(() => addBusinessMinutes('2026-03-20T10:00:00+01:00', -1, brussels)).toThrow(RangeError);
    expect(() => addBusinessMinutes('2026-03-20T10:00:00+01:00', Number.NaN, brussels)).toThrow(RangeError);
    expect(() => addBusinessMinutes('yesterday', 10, brussels)).toThrow(/invalid instant "yesterday"/);
  });

  it('a calendar that closes before it opens, or never opens, is refused', () => {
    expect(() =>
      addBusinessMinutes('2026-03-20T10:00:00+01:00', 1, { ...brussels, opens: '17:00', closes: '09:00' }),
    ).toThrow(/closes \(09:00\) must be later than opens \(17:00\)/);
    expect(() => addBusinessMinutes('2026-03-20T10:00:00+01:00', 1, { ...brussels, days: [] })).toThrow(
      /no business hours/,
    );
    expect(() =>
      addBusinessMinutes('2026-03-20T10:00:00+01:00', 1, { ...brussels, zone: 'Europe/Atlantis' }),
    ).toThrow(/unknown time zone "Europe\/Atlantis"/);
  });
});

describe('isOpenAt and nextOpening', () => {
  it('the desk is open from 09:00 up to but not including 17:00 on a working day', () => {
    expect(isOpenAt('2026-03-18T08:59:59+01:00', brussels)).toBe(false);
    expect(isOpenAt('2026-03-18T09:00:00+01:00', brussels)).toBe(true);
    expect(isOpenAt('2026-03-18T16:59:59+01:00', brussels)).toBe(true);
    expect(isOpenAt('2026-03-18T17:00:00+01:00', brussels)).toBe(false);
  });

  it('the desk is closed on weekends and public holidays, whatever the hour', () => {
    expect(isOpenAt('2026-03-21T11:00:00+01:00', brussels)).toBe(false);
    expect(isOpenAt('2026-07-21T11:00:00+02:00', brussels)).toBe(false);
  });

  it('reads the hour in Brussels: 08:30 UTC in summer is 10:30 in Brussels and open', () => {
    expect(isOpenAt('2026-06-10T08:30:00Z', brussels)).toBe(true);
    expect(isOpenAt('2026-06-10T15:30:00Z', brussels)).toBe(false);
  });

  it('the next opening of an open moment is that moment itself', () => {
    expect(nextOpening('2026-03-18T10:20:00+01:00', brussels).toISO({ suppressMilliseconds: true })).toBe(
      '2026-03-18T10:20:00+01:00',
    );
  });

  it('the next opening after the Easter weekend of 2026 is Tuesday 7 April at 09:00 CEST', () => {
    expect(nextOpening('2026-04-03T17:00:00+02:00', brussels).toISO({ suppressMilliseconds: true })).toBe(
      '2026-04-07T09:00:00+02:00',
    );
  });
});

describe('holiday horizon', () => {
  it('the horizon is the last year with holiday data', () => {
    expect(holidayHorizon(brussels)).toBe(2031);
    expect(holidayHorizon({ ...brussels, holidays: [] })).toBeNull();
  });

  it('data through 2031 is enough from 2026 to 2029', () => {
    expect(checkHolidayHorizon(brussels, '2026-06-01T12:00:00+02:00')).toBeNull();
    expect(checkHolidayHorizon(brussels, '2029-12-31T12:00:00+01:00')).toBeNull();
  });

  it('in 2030 the data falls short of two full years ahead and the message says which year is missing', () => {
    expect(checkHolidayHorizon(brussels, '2030-01-02T12:00:00+01:00')).toMatchInlineSnapshot(
      `"calendar (Europe/Brussels) → holidays: holiday data reaches 2031, but the SLA clock needs every year from 2030 to 2032 (this year and the next two); missing 2032. Add public holidays for those years."`,
    );
  });

  it("today's year is taken in Brussels: 23:30 UTC on 31 December 2029 is already 2030 there", () => {
    expect(checkHolidayHorizon(brussels, new Date('2029-12-31T23:30:00Z'))).toMatch(/missing 2032/);
  });

  it('a gap in the data fails the check even when later years are present', () => {
    const gap = { ...brussels, holidays: brussels.holidays.filter((day) => !day.date.startsWith('2027')) };
    expect(checkHolidayHorizon(gap, '2026-06-01T12:00:00+02:00')).toMatch(/missing 2027\./);
  });

  it('no holiday data at all fails the check', () => {
    expect(checkHolidayHorizon({ ...brussels, holidays: [] }, '2026-06-01T12:00:00+02:00')).toMatch(
      /there is no holiday data.*missing 2026, 2027, 2028/,
    );
  });
});
