/**
 * The business-hours clock: when the support desk is open, and when a clock that only runs in
 * business hours reaches a number of minutes. Everything is computed in the calendar's own zone,
 * so the machine's time zone and clock never matter, and weekends, holidays, closure days and
 * daylight-saving changes all come out of the same day-by-day walk.
 */
import { DateTime } from 'luxon';
import { clockMinutes } from './clock-time.ts';
import { isTimeZone } from './time-zone.ts';

/** A whole day the desk is closed, e.g. `{ date: '2026-04-06', name: 'Easter Monday' }`. */
export interface DayOff {
  /** The local date in the calendar's zone, `YYYY-MM-DD`. */
  date: string;
  name: string;
}

export interface BusinessCalendar {
  /** IANA zone the hours are in, e.g. `Europe/Brussels`. */
  zone: string;
  /** ISO weekdays the desk is open: 1 is Monday, 7 is Sunday. */
  days: number[];
  /** Local opening time, `HH:mm`. */
  opens: string;
  /** Local closing time, `HH:mm`, later than `opens` on the same day. */
  closes: string;
  /** Public holidays. Days after the last one are treated as ordinary days: see `checkHolidayHorizon`. */
  holidays: DayOff[];
  /** Extra days the desk is closed. */
  closures: DayOff[];
}

/** A moment in time: a luxon DateTime, a JS Date, or an ISO string (read in the calendar's zone when it has no offset). */
export type Instant = DateTime | Date | string;

export type SkipReason = 'weekend' | 'holiday' | 'closure';

/** A closed day the clock passed over. */
export interface SkippedDay {
  date: string;
  reason: SkipReason;
  /** The holiday's or closure's name; absent for weekends. */
  name?: string;
}

export interface BusinessClock {
  /** When the clock actually started: the start itself, or the next opening when it came in outside business hours. */
  started: DateTime;
  /** When the minutes are used up, in the calendar's zone. */
  due: DateTime;
  /** Closed days from the start's date to the due date, in order. */
  skipped: SkippedDay[];
}

/** Ten years of days: a calendar that never opens is a mistake to report, not a reason to loop forever. */
const MAX_DAYS = 3660;

/** `instant` in `zone`; throws a RangeError naming the value when it is not a valid moment. */
export function toZone(instant: Instant, zone: string): DateTime {
  const dt = DateTime.isDateTime(instant)
    ? instant.setZone(zone)
    : instant instanceof Date
      ? DateTime.fromJSDate(instant, { zone })
      : DateTime.fromISO(instant, { zone });
  if (!dt.isValid) {
    throw new RangeError(
      `invalid instant ${JSON.stringify(String(instant))}: ${dt.invalidExplanation ?? dt.invalidReason}`,
    );
  }
  return dt;
}

/** Minutes after midnight for the calendar's `HH:mm` field. */
function minutesOf(value: string, field: string): number {
  const minutes = clockMinutes(value);
  if (minutes === undefined) {
    throw new RangeError(`calendar ${field}: expected a time as HH:mm, got ${JSON.stringify(value)}`);
  }
  return minutes;
}

/** What the walk needs from a calendar, worked out once per call. */
interface Rules {
  zone: string;
  days: Set<number>;
  opens: number;
  closes: number;
  holidays: Map<string, string>;
  closures: Map<string, string>;
}

/** Rules derived once per calendar object (calendars are content: never changed once loaded); the receiver computes thousands of due times with the same one. */
const rulesCache = new WeakMap<BusinessCalendar, Rules>();

function rulesOf(calendar: BusinessCalendar): Rules {
  let rules = rulesCache.get(calendar);
  if (!rules) {
    rules = deriveRules(calendar);
    rulesCache.set(calendar, rules);
  }
  return rules;
}

function deriveRules(calendar: BusinessCalendar): Rules {
  const opens = minutesOf(calendar.opens, 'opens');
  const closes = minutesOf(calendar.closes, 'closes');
  if (closes <= opens) {
    throw new RangeError(`calendar closes (${calendar.closes}) must be later than opens (${calendar.opens})`);
  }
  if (!isTimeZone(calendar.zone)) {
    throw new RangeError(`calendar zone: unknown time zone ${JSON.stringify(calendar.zone)}`);
  }
  return {
    zone: calendar.zone,
    days: new Set(calendar.days),
    opens,
    closes,
    holidays: new Map(calendar.holidays.map((d) => [d.date, d.name])),
    closures: new Map(calendar.closures.map((d) => [d.date, d.name])),
  };
}

/**
 * A local calendar date as plain numbers. Stepping through dates is civil arithmetic (a UTC
 * midnight as a counter), so no zone rule can make a day 23 or 25 hours long here; only opening
 * and closing moments are turned into instants, in the calendar's zone.
 */
interface CivilDay {
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 is Monday. */
  weekday: number;
  /** `YYYY-MM-DD`. */
  date: string;
}

const DAY_MS = 86_400_000;

function civilDay(utcMidnight: number): CivilDay {
  const d = new Date(utcMidnight);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    date: d.toISOString().slice(0, 10),
  };
}

/**
 * Why `day` is closed, or null when the desk opens that day. A holiday on a weekend is reported
 * as weekend: the desk would be closed anyway, and it costs no extra time.
 */
function closedDay(day: CivilDay, rules: Rules): SkippedDay | null {
  const { date } = day;
  if (!rules.days.has(day.weekday)) return { date, reason: 'weekend' };
  const holiday = rules.holidays.get(date);
  if (holiday !== undefined) return { date, reason: 'holiday', name: holiday };
  const closure = rules.closures.get(date);
  if (closure !== undefined) return { date, reason: 'closure', name: closure };
  return null;
}

/** Opening and closing moments of `day` in the calendar's zone (luxon moves a time in a DST gap forward). */
function hoursOf(day: CivilDay, rules: Rules): { open: DateTime; close: DateTime } {
  const { year, month } = day;
  const at = (minutes: number) =>
    DateTime.fromObject(
      { year, month, day: day.day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      { zone: rules.zone },
    );
  return { open: at(rules.opens), close: at(rules.closes) };
}

/** The civil date `dt` falls on in its own zone, as a UTC-midnight counter. */
function dayCounter(dt: DateTime): number {
  return Date.UTC(dt.year, dt.month - 1, dt.day);
}

/** True when the desk is open at `instant`: an open day, at or after opening and before closing. */
export function isOpenAt(instant: Instant, calendar: BusinessCalendar): boolean {
  const rules = rulesOf(calendar);
  const t = toZone(instant, rules.zone);
  const day = civilDay(dayCounter(t));
  if (closedDay(day, rules)) return false;
  const { open, close } = hoursOf(day, rules);
  return t >= open && t < close;
}

/** The first moment at or after `instant` when the desk is open: `instant` itself when it is open then. */
export function nextOpening(instant: Instant, calendar: BusinessCalendar): DateTime {
  return addBusinessMinutes(instant, 0, calendar).started;
}

/**
 * Runs a clock for `minutes` business minutes from `start`. A clock started outside business hours
 * starts at the next opening; the due moment may be the closing time itself (16:59 plus one minute
 * is 17:00 the same day). Minutes are real elapsed minutes inside opening hours, so a window that
 * spans a DST change counts the hour it really has.
 */
export function addBusinessMinutes(
  start: Instant,
  minutes: number,
  calendar: BusinessCalendar,
): BusinessClock {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`business minutes must be a number of minutes from 0 up, got ${minutes}`);
  }
  const rules = rulesOf(calendar);
  const from = toZone(start, rules.zone);
  const skipped: SkippedDay[] = [];
  let remaining = Math.round(minutes * 60_000);
  let started: DateTime | undefined;
  for (let i = 0, counter = dayCounter(from); i < MAX_DAYS; i++, counter += DAY_MS) {
    const day = civilDay(counter);
    const closed = closedDay(day, rules);
    if (closed) {
      skipped.push(closed);
      continue;
    }
    const { open, close } = hoursOf(day, rules);
    const counting = from > open ? from : open;
    if (counting >= close) continue;
    started ??= counting;
    const available = close.toMillis() - counting.toMillis();
    if (remaining <= available) return { started, due: counting.plus({ milliseconds: remaining }), skipped };
    remaining -= available;
  }
  throw new RangeError(
    `the calendar in ${rules.zone} has no business hours in ${MAX_DAYS} days after ${from.toISO()}`,
  );
}

/** The last year holiday data reaches, or null when there is none. */
export function holidayHorizon(calendar: BusinessCalendar): number | null {
  const years = calendar.holidays.map((holiday) => Number(holiday.date.slice(0, 4)));
  return years.length === 0 ? null : Math.max(...years);
}

/**
 * An error message when holiday data does not cover this year and the two full years after it
 * (in the calendar's zone), so the build can stop before the clock silently treats a holiday as a
 * working day; null when it does.
 */
export function checkHolidayHorizon(calendar: BusinessCalendar, today: Instant): string | null {
  const year = toZone(today, calendar.zone).year;
  const covered = new Set(calendar.holidays.map((holiday) => Number(holiday.date.slice(0, 4))));
  const needed = [year, year + 1, year + 2];
  const missing = needed.filter((y) => !covered.has(y));
  if (missing.length === 0) return null;
  const horizon = holidayHorizon(calendar);
  const reach = horizon === null ? 'there is no holiday data' : `holiday data reaches ${horizon}`;
  return (
    `calendar (${calendar.zone}) → holidays: ${reach}, but the SLA clock needs every year from ${year} to ${year + 2}` +
    ` (this year and the next two); missing ${missing.join(', ')}. Add public holidays for those years.`
  );
}
