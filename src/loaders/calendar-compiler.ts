/**
 * Compiles the business calendar's rules (hours in a zone, weekdays, public holidays, closure
 * days) into what the clock runs on at run time: every open interval of the span in UTC epoch
 * minutes, the zone's offsets, and the named closed days (see `BusinessCalendar`). This is the
 * only place that does zone arithmetic, with luxon, at build time; the browser, the receiver and
 * the command line then search intervals and never need a zone library.
 */
import { DateTime, IANAZone } from 'luxon';
import type { BusinessCalendar, BusinessHours, DayOff, SkippedDay } from '../domain/business-calendar.ts';
import { clockMinutes } from '../domain/clock-time.ts';
import { isTimeZone } from '../domain/time-zone.ts';

/** The calendar as content and the holiday data give it. */
export interface CalendarRules extends BusinessHours {
  /** Public holidays. The span compiled is the years these cover: see `checkHolidayHorizon`. */
  holidays: DayOff[];
  /** Extra days the desk is closed. */
  closures: DayOff[];
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Minutes after midnight for the calendar's `HH:mm` field. */
function minutesOf(value: string, field: string): number {
  const minutes = clockMinutes(value);
  if (minutes === undefined) {
    throw new RangeError(`calendar ${field}: expected a time as HH:mm, got ${JSON.stringify(value)}`);
  }
  return minutes;
}

/** The years the holiday data covers, first and last; null when there is none. */
function holidayYears(rules: CalendarRules): [number, number] | null {
  const years = rules.holidays.map((holiday) => Number(holiday.date.slice(0, 4)));
  return years.length === 0 ? null : [Math.min(...years), Math.max(...years)];
}

/**
 * Every open interval from 1 January of `years[0]` to 31 December of `years[1]` (by default the
 * years the holiday data covers). A day is closed when its weekday is not a working day, it is a
 * holiday or it is a closure day; a holiday on a weekend is reported as weekend, because it costs
 * no extra time. Opening and closing times are read in the zone, a time in a spring DST gap moved
 * forward as clocks are, so an interval holds the real minutes the desk is open.
 */
export function compileCalendar(
  rules: CalendarRules,
  years: [number, number] | null = holidayYears(rules),
): BusinessCalendar {
  const opens = minutesOf(rules.opens, 'opens');
  const closes = minutesOf(rules.closes, 'closes');
  if (closes <= opens) {
    throw new RangeError(`calendar closes (${rules.closes}) must be later than opens (${rules.opens})`);
  }
  if (!isTimeZone(rules.zone)) {
    throw new RangeError(`calendar zone: unknown time zone ${JSON.stringify(rules.zone)}`);
  }
  if (!years) throw new RangeError('calendar: no holiday data, so no years to compile the calendar for');
  const { zone } = rules;
  const workdays = new Set(rules.days);
  const named = new Map<string, SkippedDay>([
    ...rules.closures.map((d): [string, SkippedDay] => [
      d.date,
      { date: d.date, reason: 'closure', name: d.name },
    ]),
    // A day that is both is a holiday, as it was before compiling.
    ...rules.holidays.map((d): [string, SkippedDay] => [
      d.date,
      { date: d.date, reason: 'holiday', name: d.name },
    ]),
  ]);
  const at = (day: number, minutes: number) => {
    const d = new Date(day);
    const local = DateTime.fromObject(
      {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: Math.floor(minutes / 60),
        minute: minutes % 60,
      },
      { zone },
    );
    return wholeMinutes(local.toMillis());
  };
  const first = Date.UTC(years[0], 0, 1);
  const end = Date.UTC(years[1] + 1, 0, 1);
  const intervals: [number, number][] = [];
  const closed: SkippedDay[] = [];
  for (let day = first; day < end; day += DAY) {
    const date = new Date(day).toISOString().slice(0, 10);
    const weekday = new Date(day).getUTCDay() || 7;
    if (!workdays.has(weekday)) continue;
    const off = named.get(date);
    if (off) {
      closed.push(off);
      continue;
    }
    const [open, close] = [at(day, opens), at(day, closes)];
    if (close > open) intervals.push([open, close]);
  }
  if (intervals.length === 0) {
    throw new RangeError(
      `the calendar in ${zone} has no business hours from ${years[0]} to ${years[1]}: check its days, holidays and closures`,
    );
  }
  const span: [number, number] = [at(first, 0), at(end, 0)];
  return {
    zone,
    days: rules.days,
    opens: rules.opens,
    closes: rules.closes,
    span,
    open: intervals.flatMap(([open, close], i) => [
      i === 0 ? open : open - intervals[i - 1]![1],
      close - open,
    ]),
    offsets: offsetChanges(zone, span),
    closed,
  };
}

function wholeMinutes(ms: number): number {
  if (ms % MINUTE !== 0) throw new RangeError(`the zone's offset is not a whole number of minutes at ${ms}`);
  return ms / MINUTE;
}

/** The zone's offset (minutes) at the span's start and at every change within it: `[from₀, offset₀, from₁, offset₁, …]`. */
function offsetChanges(zone: string, [start, end]: [number, number]): number[] {
  const tz = IANAZone.create(zone);
  const offset = (minute: number) => tz.offset(minute * MINUTE);
  const out = [start, offset(start)];
  // Zones change offset at most a few times a year and never twice within a day: look day by day,
  // then narrow a change down to its minute.
  for (let from = start; from < end; from += 1440) {
    const to = Math.min(from + 1440, end);
    if (offset(from) === offset(to - 1)) continue;
    let [lo, hi] = [from, to - 1];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offset(mid) === offset(from)) lo = mid;
      else hi = mid;
    }
    out.push(hi, offset(hi));
  }
  return out;
}

/** The last year holiday data reaches, or null when there is none. */
export function holidayHorizon(rules: Pick<CalendarRules, 'holidays'>): number | null {
  const years = rules.holidays.map((holiday) => Number(holiday.date.slice(0, 4)));
  return years.length === 0 ? null : Math.max(...years);
}

/**
 * An error message when holiday data, and so the compiled calendar, does not cover this year and
 * the two full years after it (in the calendar's zone), so the build stops before the clock has
 * no answer for a date in that time; null when it does.
 */
export function checkHolidayHorizon(
  rules: Pick<CalendarRules, 'holidays' | 'zone'>,
  today: Date | string,
): string | null {
  const year = (
    today instanceof Date
      ? DateTime.fromJSDate(today, { zone: rules.zone })
      : DateTime.fromISO(today, { zone: rules.zone })
  ).year;
  const covered = new Set(rules.holidays.map((holiday) => Number(holiday.date.slice(0, 4))));
  const needed = [year, year + 1, year + 2];
  const missing = needed.filter((y) => !covered.has(y));
  if (missing.length === 0) return null;
  const horizon = holidayHorizon(rules);
  const reach = horizon === null ? 'there is no holiday data' : `holiday data reaches ${horizon}`;
  return (
    `calendar (${rules.zone}) → holidays: ${reach}, but the SLA clock needs every year from ${year} to ${year + 2}` +
    ` (this year and the next two); missing ${missing.join(', ')}. Add public holidays for those years.`
  );
}
