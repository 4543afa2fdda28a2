/**
 * The business-hours clock: when the support desk is open, and when a clock that only runs in
 * business hours reaches a number of minutes. The calendar arrives compiled (at build time, see
 * `src/loaders/calendar-compiler.ts`) into the moments the desk opens and closes, in UTC, so a due
 * time is a binary search over open intervals: no zone arithmetic at run time, and the same
 * answer in the browser, the receiver and the command line, whatever the machine's zone or
 * time-zone data.
 *
 * Outside the compiled span (the years the holiday data covers, at least this year and the next
 * two when the site was built) there is no answer: a start before it, a start after it, or a clock
 * that would run past its last open interval throws a RangeError naming the span, rather than
 * silently treating unknown holidays as working days. Rebuild the site to extend it.
 */
import { indexOf, intervalAfter, intervalReaching, localDay, skippedBetween } from './calendar-index.ts';
import { toEpochMs, type Instant } from './instant.ts';

export type { Instant } from './instant.ts';

/** A whole day the desk is closed, e.g. `{ date: '2026-04-06', name: 'Easter Monday' }`. */
export interface DayOff {
  /** The local date in the calendar's zone, `YYYY-MM-DD`. */
  date: string;
  name: string;
}

export type SkipReason = 'weekend' | 'holiday' | 'closure';

/** A closed day the clock passed over. */
export interface SkippedDay {
  date: string;
  reason: SkipReason;
  /** The holiday's or closure's name; absent for weekends. */
  name?: string;
}

/** The desk's hours as content states them: what tables and sentences say. */
export interface BusinessHours {
  /** IANA zone the hours are in, e.g. `Europe/Brussels`. */
  zone: string;
  /** ISO weekdays the desk is open: 1 is Monday, 7 is Sunday. */
  days: number[];
  /** Local opening time, `HH:mm`. */
  opens: string;
  /** Local closing time, `HH:mm`, later than `opens` on the same day. */
  closes: string;
}

/**
 * The business calendar as the build publishes it: the hours, and the same hours compiled into
 * UTC for every day of the span. Times are whole minutes since 1970-01-01T00:00Z ("epoch minutes").
 */
export interface BusinessCalendar extends BusinessHours {
  /** Epoch minutes of local midnight on the span's first day, and after its last day. */
  span: [number, number];
  /**
   * The open intervals in order, as differences so that years of them compress to a few hundred
   * bytes: the first opening in epoch minutes, then the length of each interval and the gap to
   * the next, alternately: `[open₀, length₀, gap₁, length₁, gap₂, length₂, …]`.
   */
  open: number[];
  /** The zone's UTC offset in minutes from each change on: `[from₀, offset₀, from₁, offset₁, …]`, `from₀` the span's start. */
  offsets: number[];
  /** Working days the desk is closed (public holidays and closure days), in date order. Other days without hours are weekends. */
  closed: SkippedDay[];
}

export interface BusinessClock {
  /** When the clock actually started, in epoch milliseconds: the start itself, or the next opening when it came in outside business hours. */
  started: number;
  /** When the minutes are used up, in epoch milliseconds. */
  due: number;
  /** Closed days from the start's local date to the due date, in order. */
  skipped: SkippedDay[];
}

/** True when the desk is open at `instant`: an open day, at or after opening and before closing. */
export function isOpenAt(instant: Instant, calendar: BusinessCalendar): boolean {
  const index = indexOf(calendar);
  const t = toEpochMs(instant);
  const i = intervalAfter(index, t);
  return i < index.starts.length && index.starts[i]! <= t;
}

/** The first moment at or after `instant` when the desk is open, in epoch milliseconds: `instant` itself when it is open then. */
export function nextOpening(instant: Instant, calendar: BusinessCalendar): number {
  return addBusinessMinutes(instant, 0, calendar).started;
}

/**
 * Runs a clock for `minutes` business minutes from `start`. A clock started outside business hours
 * starts at the next opening; the due moment may be the closing time itself (16:59 plus one minute
 * is 17:00 the same day). Minutes are real elapsed minutes inside opening hours, so a window that
 * spans a DST change counts the hour it really has. Milliseconds in `start` are kept.
 */
export function addBusinessMinutes(
  start: Instant,
  minutes: number,
  calendar: BusinessCalendar,
): BusinessClock {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`business minutes must be a number of minutes from 0 up, got ${minutes}`);
  }
  const index = indexOf(calendar);
  const t = toEpochMs(start);
  const { starts, before } = index;
  const first = intervalAfter(index, t);
  if (first === starts.length) throw index.beyond(t);
  const started = Math.max(t, starts[first]!);
  const wanted = Math.round(minutes * 60_000);
  let due = started;
  if (wanted > 0) {
    // Business time is a line: `before[i]` is the open time ahead of interval i. Find where the
    // start sits on it, move `wanted` along, and map that point back into its interval.
    const target = before[first]! + (started - starts[first]!) + wanted;
    const last = intervalReaching(index, target, first);
    if (last === starts.length) throw index.beyond(t, minutes);
    due = starts[last]! + (target - before[last]!);
  }
  return { started, due, skipped: skippedBetween(index, localDay(index, t), localDay(index, due)) };
}
