/**
 * Moments as the clock takes them: a JS Date or epoch milliseconds, which mean one moment
 * anywhere. ISO 8601 text is read here too, strictly (a date that does not exist, such as
 * 30 February, is refused), for the command line and tests; text without an offset is wall-clock
 * time in the calendar's zone, read with the compiled offsets. The clock itself never parses text,
 * so none of this reaches the browser.
 */
import type { BusinessCalendar } from './business-calendar.ts';
import { type CalendarIndex, indexOf, offsetAt } from './calendar-index.ts';

/** A moment in time: a JS Date or epoch milliseconds. */
export type Instant = Date | number;

/** `YYYY-MM-DDTHH:mm`, then optional `:ss`, `.fraction` and offset (`Z`, `±HH:mm` or `±HHmm`). */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/;

/** An ISO date-time taken apart: its wall-clock time as if it were UTC, and its offset in milliseconds when it says one. */
export interface IsoDateTime {
  wallClock: number;
  offset: number | undefined;
}

/** Reads `2026-03-27T16:30:00+01:00` (seconds, fraction and offset optional); undefined when it is not such a moment or the date does not exist. */
export function parseIsoDateTime(value: string): IsoDateTime | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(wallClock);
  // Date.UTC rolls 30 February over into March: a date that comes back different does not exist.
  if (
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  ) {
    return undefined;
  }
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (m[8]) return { wallClock: wallClock + millis, offset: 0 };
  if (!m[9]) return { wallClock: wallClock + millis, offset: undefined };
  const [hours, minutes] = [Number(m[10]), Number(m[11])];
  if (hours > 23 || minutes > 59) return undefined;
  return { wallClock: wallClock + millis, offset: (m[9] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000 };
}

/** `instant` in epoch milliseconds; throws a RangeError naming the value when it is not a valid moment. */
export function toEpochMs(instant: Instant): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (Number.isFinite(ms)) return ms;
  throw new RangeError(`invalid instant ${JSON.stringify(String(instant))}: not a moment in time`);
}

/**
 * The moment an ISO date and time names, in epoch milliseconds: `2026-03-27T16:30:00+01:00`, or
 * without an offset wall-clock time in the calendar's zone (a time the spring change skips moves
 * forward by the gap, as clocks do). Throws a RangeError naming the value when it is not one.
 */
export function instantOf(value: string, calendar: BusinessCalendar): number {
  const parsed = parseIsoDateTime(value);
  if (!parsed) {
    throw new RangeError(
      `invalid instant ${JSON.stringify(value)}: expected an ISO date and time such as 2026-03-27T16:30:00+01:00`,
    );
  }
  const { wallClock, offset } = parsed;
  if (offset !== undefined) return wallClock - offset;
  // Try the offset in force then, and correct once across a change.
  const index = indexOf(calendar);
  const guess = wallClock - offsetAt(index, clamp(wallClock, index));
  return wallClock - offsetAt(index, clamp(guess, index));
}

/** `t` moved inside the span, so a wall-clock time near either end still finds an offset. */
const clamp = (t: number, index: CalendarIndex): number =>
  Math.min(Math.max(t, index.spanStart), index.spanEnd - 1);
