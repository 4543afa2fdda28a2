import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCalendar, type CalendarRules } from '../../src/loaders/calendar-compiler.ts';
import { belgianHolidays } from '../../src/loaders/holidays.ts';
import type { BusinessCalendar } from '../../src/domain/business-calendar.ts';
import { addBusinessMinutes, isOpenAt, nextOpening } from '../../src/domain/business-calendar.ts';
import { calendarEnd, daysLeft, OutsideCalendar } from '../../src/domain/calendar-index.ts';
import { instantOf } from '../../src/domain/instant.ts';

const ZONE = 'Europe/Brussels';

/** The desk's calendar as content describes it, with Belgian public holidays 2026–2031. */
const rules: CalendarRules = {
  zone: ZONE,
  days: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidays: belgianHolidays(2026),
  closures: [],
};
const brussels: BusinessCalendar = compileCalendar(rules);

/** Epoch milliseconds as ISO with the Brussels offset, whole seconds (luxon, the reference, writes it). */
const iso = (ms: number, zone = ZONE) =>
  DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });

/** The moment ISO text names, Brussels wall-clock time when it has no offset. */
const at = (iso: string) => instantOf(iso, brussels);

/** Due time as ISO with the Brussels offset. */
function due(start: string, minutes: number, calendar: BusinessCalendar = brussels): string | null {
  return iso(addBusinessMinutes(at(start), minutes, calendar).due);
}

function skippedDates(start: string, minutes: number, calendar: BusinessCalendar = brussels): string[] {
  return addBusinessMinutes(at(start), minutes, calendar).skipped.map(
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
    const clock = addBusinessMinutes(at('2026-03-18T18:45:00+01:00'), 30, brussels);
    expect(iso(clock.started)).toBe('2026-03-19T09:00:00+01:00');
    expect(iso(clock.due)).toBe('2026-03-19T09:30:00+01:00');
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
    const clock = addBusinessMinutes(at('2026-03-27T16:30:00+01:00'), 240, brussels);
    expect(iso(clock.due)).toBe('2026-03-30T12:30:00+02:00');
    expect(new Date(clock.due).toISOString()).toBe('2026-03-30T10:30:00.000Z');
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
    const nights = compileCalendar({ ...rules, days: [7], opens: '01:00', closes: '04:00' });

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
    const withClosure = compileCalendar({
      ...rules,
      closures: [{ date: '2026-12-24', name: 'Christmas Eve' }],
    });
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

describe("the issue's named cases, as literals", () => {
  it.each([
    [
      'Friday 16:59 plus two minutes',
      '2026-03-20T16:59:00+01:00',
      2,
      '2026-03-23T09:01:00+01:00',
      ['2026-03-21 weekend', '2026-03-22 weekend'],
    ],
    [
      'the spring DST weekend',
      '2026-03-27T16:30:00+01:00',
      240,
      '2026-03-30T12:30:00+02:00',
      ['2026-03-28 weekend', '2026-03-29 weekend'],
    ],
    [
      'the autumn DST weekend',
      '2026-10-23T16:00:00+02:00',
      120,
      '2026-10-26T10:00:00+01:00',
      ['2026-10-24 weekend', '2026-10-25 weekend'],
    ],
    [
      'Easter Monday',
      '2026-04-03T16:00:00+02:00',
      120,
      '2026-04-07T10:00:00+02:00',
      ['2026-04-04 weekend', '2026-04-05 weekend', '2026-04-06 holiday Easter Monday'],
    ],
    [
      'Ascension',
      '2026-05-13T16:00:00+02:00',
      120,
      '2026-05-15T10:00:00+02:00',
      ['2026-05-14 holiday Ascension Day'],
    ],
    [
      'Whit Monday',
      '2026-05-22T16:00:00+02:00',
      120,
      '2026-05-26T10:00:00+02:00',
      ['2026-05-23 weekend', '2026-05-24 weekend', '2026-05-25 holiday Whit Monday'],
    ],
    [
      '21 July',
      '2026-07-20T16:00:00+02:00',
      120,
      '2026-07-22T10:00:00+02:00',
      ['2026-07-21 holiday National Holiday'],
    ],
    [
      'Armistice',
      '2026-11-10T16:59:00+01:00',
      30,
      '2026-11-12T09:29:00+01:00',
      ['2026-11-11 holiday Armistice Day'],
    ],
    [
      'Christmas to New Year',
      '2026-12-24T16:00:00+01:00',
      2400,
      '2027-01-04T16:00:00+01:00',
      [
        '2026-12-25 holiday Christmas Day',
        '2026-12-26 weekend',
        '2026-12-27 weekend',
        "2027-01-01 holiday New Year's Day",
        '2027-01-02 weekend',
        '2027-01-03 weekend',
      ],
    ],
  ])('%s: from %s, %i business minutes are due %s', (_, start, minutes, expected, skipped) => {
    expect(due(start, minutes)).toBe(expected);
    expect(skippedDates(start, minutes)).toEqual(skipped);
  });
});

describe('addBusinessMinutes inputs', () => {
  const zoneBefore = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zoneBefore;
  });

  it('a Date, epoch milliseconds and an ISO string in UTC give the same due time', () => {
    const start = '2026-03-27T15:30:00Z';
    const expected = '2026-03-30T12:30:00+02:00';
    expect(due(start, 240)).toBe(expected);
    expect(iso(addBusinessMinutes(new Date(start), 240, brussels).due)).toBe(expected);
    expect(iso(addBusinessMinutes(Date.parse(start), 240, brussels).due)).toBe(expected);
  });

  it('an ISO string without an offset is read as Brussels local time', () => {
    expect(due('2026-03-27T16:30:00', 240)).toBe('2026-03-30T12:30:00+02:00');
  });

  it('a local time the spring change skips is read an hour later, as clocks move', () => {
    // Sunday 29 March 2026 02:30 does not exist in Brussels; the clock starts Monday 09:00 anyway.
    const clock = addBusinessMinutes(at('2026-03-29T02:30:00'), 0, brussels);
    expect(iso(clock.started)).toBe('2026-03-30T09:00:00+02:00');
    expect(
      isOpenAt(
        at('2026-03-29T02:30:00'),
        compileCalendar({ ...rules, days: [7], opens: '03:00', closes: '04:00' }),
      ),
    ).toBe(true);
  });

  it("the due time does not depend on the machine's time zone", () => {
    process.env.TZ = 'America/New_York';
    expect(new Date('2026-03-20T12:00:00Z').getHours()).toBe(8);
    expect(due('2026-03-27T16:30:00', 240)).toBe('2026-03-30T12:30:00+02:00');
    expect(addBusinessMinutes(new Date('2026-03-20T15:59:00Z'), 2, brussels).due).toBe(
      Date.parse('2026-03-23T09:01:00+01:00'),
    );
  });

  it('negative or non-numeric minutes and invalid instants are refused', () => {
    expect(() => addBusinessMinutes(at('2026-03-20T10:00:00+01:00'), -1, brussels)).toThrow(RangeError);
    expect(() => addBusinessMinutes(at('2026-03-20T10:00:00+01:00'), Number.NaN, brussels)).toThrow(
      RangeError,
    );
    expect(() => addBusinessMinutes(at('yesterday'), 10, brussels)).toThrow(/invalid instant "yesterday"/);
    expect(() => addBusinessMinutes(at('2026-02-30T10:00:00+01:00'), 10, brussels)).toThrow(
      /invalid instant "2026-02-30T10:00:00\+01:00"/,
    );
    expect(() => addBusinessMinutes(new Date('nope'), 10, brussels)).toThrow(
      /invalid instant "Invalid Date"/,
    );
  });
});

describe('outside the compiled span', () => {
  it('a start before 1 January 2026 has no answer and the error names the span', () => {
    expect(() => addBusinessMinutes(at('2025-12-31T10:00:00+01:00'), 60, brussels)).toThrow(
      '2025-12-31T09:00:00.000Z is outside the business calendar, compiled from 2026-01-01 to 2031-12-31 (Europe/Brussels); rebuild the site with holiday data that covers it',
    );
  });

  it('a start after 31 December 2031 has no answer', () => {
    expect(() => addBusinessMinutes(at('2032-01-05T10:00:00+01:00'), 60, brussels)).toThrow(
      /^2032-01-05T09:00:00.000Z is outside the business calendar, compiled from 2026-01-01 to 2031-12-31/,
    );
    expect(() => isOpenAt(at('2032-01-05T10:00:00+01:00'), brussels)).toThrow(
      /outside the business calendar/,
    );
  });

  it('a clock that would run past the last open interval has no answer, though the start is inside', () => {
    // Wednesday 31 December 2031 is the last open day: 60 minutes fit, 61 do not.
    expect(due('2031-12-31T16:00:00+01:00', 60)).toBe('2031-12-31T17:00:00+01:00');
    expect(() => addBusinessMinutes(at('2031-12-31T16:00:00+01:00'), 61, brussels)).toThrow(
      '2031-12-31T15:00:00.000Z plus 61 business minutes is outside the business calendar, compiled from 2026-01-01 to 2031-12-31 (Europe/Brussels); rebuild the site with holiday data that covers it',
    );
    expect(() => addBusinessMinutes(at('2031-12-31T18:00:00+01:00'), 0, brussels)).toThrow(
      /outside the business calendar/,
    );
  });

  it('says so with its own error, a RangeError, and tells where the span ends', () => {
    expect(() => addBusinessMinutes(at('2032-01-05T10:00:00+01:00'), 60, brussels)).toThrow(OutsideCalendar);
    expect(new OutsideCalendar('x')).toBeInstanceOf(RangeError);
    // The span ends at midnight in Brussels after its last day.
    expect(calendarEnd(brussels)).toEqual({
      at: Date.parse('2032-01-01T00:00:00+01:00'),
      lastDay: '2031-12-31',
    });
    const { at: end } = calendarEnd(brussels);
    expect([daysLeft(end, end - 36 * 3_600_000), daysLeft(end, end - 1), daysLeft(end, end + 1)]).toEqual([
      1, 0, 0,
    ]);
  });
});

describe('isOpenAt and nextOpening', () => {
  it('the desk is open from 09:00 up to but not including 17:00 on a working day', () => {
    expect(isOpenAt(at('2026-03-18T08:59:59+01:00'), brussels)).toBe(false);
    expect(isOpenAt(at('2026-03-18T09:00:00+01:00'), brussels)).toBe(true);
    expect(isOpenAt(at('2026-03-18T16:59:59+01:00'), brussels)).toBe(true);
    expect(isOpenAt(at('2026-03-18T17:00:00+01:00'), brussels)).toBe(false);
  });

  it('the desk is closed on weekends and public holidays, whatever the hour', () => {
    expect(isOpenAt(at('2026-03-21T11:00:00+01:00'), brussels)).toBe(false);
    expect(isOpenAt(at('2026-07-21T11:00:00+02:00'), brussels)).toBe(false);
  });

  it('reads the hour in Brussels: 08:30 UTC in summer is 10:30 in Brussels and open', () => {
    expect(isOpenAt(at('2026-06-10T08:30:00Z'), brussels)).toBe(true);
    expect(isOpenAt(at('2026-06-10T15:30:00Z'), brussels)).toBe(false);
  });

  it('the next opening of an open moment is that moment itself', () => {
    expect(iso(nextOpening(at('2026-03-18T10:20:00+01:00'), brussels))).toBe('2026-03-18T10:20:00+01:00');
  });

  it('the next opening after the Easter weekend of 2026 is Tuesday 7 April at 09:00 CEST', () => {
    expect(iso(nextOpening(at('2026-04-03T17:00:00+02:00'), brussels))).toBe('2026-04-07T09:00:00+02:00');
  });
});
