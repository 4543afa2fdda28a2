/**
 * Belgian public holidays for the business calendar, computed at build time from the
 * `date-holidays` rules so nobody has to type them in each year. Build-time only: the browser
 * receives the resulting list, never this library.
 */
import Holidays from 'date-holidays';
import type { DayOff } from '../domain/business-calendar.ts';

/**
 * Public holidays (type `public` only: no observances such as Valentine's Day) in Belgium for
 * `fromYear` and the `years - 1` years after it, sorted by date, with English names.
 */
export function belgianHolidays(fromYear: number, years = 6): DayOff[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(years) || years < 1) {
    throw new RangeError(
      `belgianHolidays: expected a whole year and a count from 1 up, got ${fromYear} and ${years}`,
    );
  }
  // The country's own zone, so a holiday's date is the Belgian date whatever the build machine's zone.
  const calendar = new Holidays('BE', { languages: ['en'], timezone: 'Europe/Brussels', types: ['public'] });
  const days: DayOff[] = [];
  for (let year = fromYear; year < fromYear + years; year++) {
    for (const holiday of calendar.getHolidays(year, 'en')) {
      if (holiday.type !== 'public') continue;
      // `date` is "YYYY-MM-DD hh:mm:ss" in the country's local time.
      days.push({ date: holiday.date.slice(0, 10), name: holiday.name });
    }
  }
  const unique = new Map(days.map((day) => [day.date, day]));
  return [...unique.values()].sort((a, b) => a.date.localeCompare(b.date));
}
