/**
 * The compiled calendar unpacked for searching: interval bounds in epoch milliseconds in typed
 * arrays, the open time ahead of each interval, the zone's offsets and every closed day of the
 * span. Unpacked once per calendar object (a calendar is published data: never changed once
 * loaded), so the receiver and the wizard pay for it once and each due time is a few binary
 * searches.
 */
import type { BusinessCalendar, SkippedDay } from './business-calendar.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface CalendarIndex {
  zone: string;
  spanStart: number;
  spanEnd: number;
  /** Interval bounds, epoch milliseconds. */
  starts: Float64Array;
  ends: Float64Array;
  /** Open milliseconds before interval i; `before[i] + length i` is `reached[i]`, the open time at its end. */
  before: Float64Array;
  reached: Float64Array;
  /** From when each offset applies, epoch milliseconds, and the offset in milliseconds. */
  offsetFrom: Float64Array;
  offset: Float64Array;
  /** Closed days of the span as local day numbers (days since 1970-01-01), in order, and what each is. */
  closedDays: Int32Array;
  closed: readonly SkippedDay[];
  /** The error for a moment outside the span, or a clock that would run past it. */
  beyond: (t: number, minutes?: number) => OutsideCalendar;
}

/** A moment, or a due time, outside the compiled calendar: the site needs a rebuild with newer holiday data. */
export class OutsideCalendar extends RangeError {
  override name = 'OutsideCalendar';
}

const cache = new WeakMap<BusinessCalendar, CalendarIndex>();

export function indexOf(calendar: BusinessCalendar): CalendarIndex {
  let index = cache.get(calendar);
  if (!index) {
    index = unpack(calendar);
    cache.set(calendar, index);
  }
  return index;
}

/** Dates and day numbers already worked out: the same few thousand days come back all the time. */
const dates = new Map<number, string>();
const days = new Map<string, number>();
const REMEMBERED = 20_000;

/** `YYYY-MM-DD` of a local day number (days since 1970-01-01). */
export function dateOfDay(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    if (dates.size < REMEMBERED) dates.set(day, date);
  }
  return date;
}

/** The local day number of a `YYYY-MM-DD` date. */
export function dayOfDate(date: string): number {
  let day = days.get(date);
  if (day === undefined) {
    day = Date.parse(`${date}T00:00:00Z`) / DAY;
    if (days.size < REMEMBERED) days.set(date, day);
  }
  return day;
}

function unpack(calendar: BusinessCalendar): CalendarIndex {
  const { open, offsets, span, zone } = calendar;
  const count = Math.ceil((open.length - 1) / 2);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const before = new Float64Array(count);
  const reached = new Float64Array(count);
  let at = open[0] ?? 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) at += open[2 * i] ?? 0;
    const length = open[2 * i + 1] ?? 0;
    starts[i] = at * MINUTE;
    ends[i] = (at + length) * MINUTE;
    before[i] = total;
    total += length * MINUTE;
    reached[i] = total;
    at += length;
  }
  const offsetFrom = new Float64Array(offsets.length / 2);
  const offset = new Float64Array(offsets.length / 2);
  for (let i = 0; i < offsetFrom.length; i++) {
    offsetFrom[i] = (offsets[2 * i] ?? 0) * MINUTE;
    offset[i] = (offsets[2 * i + 1] ?? 0) * MINUTE;
  }
  const index: CalendarIndex = {
    zone,
    spanStart: span[0] * MINUTE,
    spanEnd: span[1] * MINUTE,
    starts,
    ends,
    before,
    reached,
    offsetFrom,
    offset,
    closedDays: new Int32Array(0),
    closed: [],
    beyond: (t, minutes) => {
      const first = dateOfDay(localDay(index, index.spanStart));
      const last = dateOfDay(localDay(index, index.spanEnd - 1));
      const what = minutes === undefined ? '' : ` plus ${minutes} business minutes`;
      return new OutsideCalendar(
        `${new Date(t).toISOString()}${what} is outside the business calendar, compiled from ${first} to ${last} (${zone}); rebuild the site with holiday data that covers it`,
      );
    },
  };
  const closed = closedDaysOf(calendar, index);
  index.closedDays = Int32Array.from(closed, ([day]) => day);
  index.closed = closed.map(([, info]) => Object.freeze(info));
  return index;
}

/**
 * Every day of the span without an open interval: a named closed day (holiday, closure) or, for a
 * day the desk never opens, a weekend. A working day whose hours all fall in a DST gap is neither
 * and is not reported (it costs no time), as before the calendar was compiled.
 */
function closedDaysOf(calendar: BusinessCalendar, index: CalendarIndex): [number, SkippedDay][] {
  const openDays = new Set<number>();
  for (const start of index.starts) openDays.add(localDay(index, start));
  const named = new Map(calendar.closed.map((day) => [dayOfDate(day.date), day]));
  const workdays = new Set(calendar.days);
  const out: [number, SkippedDay][] = [];
  const last = localDay(index, index.spanEnd - 1);
  for (let day = localDay(index, index.spanStart); day <= last; day++) {
    if (openDays.has(day)) continue;
    const info = named.get(day);
    if (info) out.push([day, { ...info }]);
    // 1970-01-01 was a Thursday: ISO weekday 4.
    else if (!workdays.has(((day + 3) % 7) + 1)) out.push([day, { date: dateOfDay(day), reason: 'weekend' }]);
  }
  return out;
}

/** The first index from `lo` up to `hi` where `holds(i)`, for a condition that stays true once it is; `hi` when none. */
function firstWhere(lo: number, hi: number, holds: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The compiled calendar's end: the moment after its last minute, and that last day's date in its zone. */
export function calendarEnd(calendar: BusinessCalendar): { at: number; lastDay: string } {
  const index = indexOf(calendar);
  return { at: index.spanEnd, lastDay: dateOfDay(localDay(index, index.spanEnd - 1)) };
}

/** Whole days from `now` to a calendar's end (`calendarEnd(…).at`), 0 once it has ended. */
export function daysLeft(endAt: number, now: number): number {
  return Math.max(0, Math.floor((endAt - now) / DAY));
}

/** The zone's offset at `t`, in milliseconds: the last one in force from before `t` (the first before the span). */
export function offsetAt(index: CalendarIndex, t: number): number {
  const { offsetFrom, offset } = index;
  return offset[firstWhere(1, offsetFrom.length, (i) => offsetFrom[i]! > t) - 1]!;
}

/** The local day number `t` falls on in the calendar's zone. */
export const localDay = (index: CalendarIndex, t: number): number =>
  Math.floor((t + offsetAt(index, t)) / DAY);

/** The first interval that ends after `t`: the one `t` is in, or the next one; `starts.length` when none. */
export function intervalAfter(index: CalendarIndex, t: number): number {
  if (!(t >= index.spanStart && t < index.spanEnd)) throw index.beyond(t);
  const { ends } = index;
  return firstWhere(0, ends.length, (i) => ends[i]! > t);
}

/** The first interval from `from` on whose end has `target` open milliseconds behind it; `starts.length` when none. */
export function intervalReaching(index: CalendarIndex, target: number, from: number): number {
  const { reached } = index;
  return firstWhere(from, reached.length, (i) => reached[i]! >= target);
}

/** The closed days from local day `first` to local day `last`, both included, in order. */
export function skippedBetween(index: CalendarIndex, first: number, last: number): SkippedDay[] {
  const { closedDays, closed } = index;
  const out: SkippedDay[] = [];
  for (
    let k = firstWhere(0, closedDays.length, (i) => closedDays[i]! >= first);
    k < closedDays.length && closedDays[k]! <= last;
    k++
  )
    out.push(closed[k]!);
  return out;
}
