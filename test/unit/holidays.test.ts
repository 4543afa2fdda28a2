import { describe, expect, it } from 'vitest';
import { belgianHolidays } from '../../src/loaders/holidays.ts';

describe('belgianHolidays', () => {
  it('lists the ten Belgian public holidays of 2026 with English names and no observances', () => {
    expect(belgianHolidays(2026, 1)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-04-06', name: 'Easter Monday' },
      { date: '2026-05-01', name: 'Labour Day' },
      { date: '2026-05-14', name: 'Ascension Day' },
      { date: '2026-05-25', name: 'Whit Monday' },
      { date: '2026-07-21', name: 'National Holiday' },
      { date: '2026-08-15', name: 'Assumption' },
      { date: '2026-11-01', name: "All Saints' Day" },
      { date: '2026-11-11', name: 'Armistice Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  it('follows Easter: in 2027 Easter Monday is 29 March, Ascension 6 May and Whit Monday 17 May', () => {
    const dates = belgianHolidays(2027, 1).map((day) => day.date);
    expect(dates).toContain('2027-03-29');
    expect(dates).toContain('2027-05-06');
    expect(dates).toContain('2027-05-17');
  });

  it('covers the given year and the next five by default, ten holidays a year, in date order', () => {
    const days = belgianHolidays(2026);
    expect(days).toHaveLength(60);
    expect(days[0]?.date).toBe('2026-01-01');
    expect(days.at(-1)?.date).toBe('2031-12-25');
    expect(days.map((day) => day.date)).toEqual(days.map((day) => day.date).toSorted());
  });

  it('does not list Good Friday, Easter Sunday or Christmas Eve, which are not public holidays in Belgium', () => {
    const dates = belgianHolidays(2026, 1).map((day) => day.date);
    expect(dates).not.toContain('2026-04-03');
    expect(dates).not.toContain('2026-04-05');
    expect(dates).not.toContain('2026-12-24');
  });

  it('refuses a year count below one', () => {
    expect(() => belgianHolidays(2026, 0)).toThrow(RangeError);
  });
});
