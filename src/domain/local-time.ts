/**
 * Moments written out in the calendar's zone: ISO 8601 with the offset, `HH:mm`, and day names.
 * Offsets come from the compiled calendar; the words (weekday and month names) from the
 * runtime's own `Intl.DateTimeFormat`, remembered per day because a receiver writes the same few
 * days thousands of times.
 */
import { type CalendarIndex, dateOfDay, offsetAt } from './calendar-index.ts';

const DAY = 86_400_000;
/** `00` to `59`: hours, minutes and seconds written without formatting each time. */
const TWO = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** `2026-03-30T12:30:00+02:00`: the moment in the calendar's zone; milliseconds only when there are some. */
export function isoInZone(t: number, index: CalendarIndex): string {
  const offset = offsetAt(index, t);
  const minutes = Math.abs(offset) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${wallClockIso(t + offset)}${sign}${TWO[Math.floor(minutes / 60)]}:${TWO[minutes % 60]}`;
}

/** `2026-03-30T10:30:00Z`: the moment in UTC; milliseconds only when there are some. */
export const isoUtc = (t: number): string => `${wallClockIso(t)}Z`;

/** `2026-03-30T12:30:00`, with `.250` when there are milliseconds, for wall-clock milliseconds `ms`. */
function wallClockIso(ms: number): string {
  const day = Math.floor(ms / DAY);
  const inDay = ms - day * DAY;
  const millis = inDay % 1000;
  const seconds = Math.floor(inDay / 1000);
  const time = `${TWO[Math.floor(seconds / 3600)]}:${TWO[Math.floor(seconds / 60) % 60]}:${TWO[seconds % 60]}`;
  const iso = `${dateOfDay(day)}T${time}`;
  return millis === 0 ? iso : `${iso}.${String(millis).padStart(3, '0')}`;
}

/** `16:30`: the local time of day. */
export function clockText(t: number, index: CalendarIndex): string {
  const local = t + offsetAt(index, t);
  const minutes = Math.floor((local - Math.floor(local / DAY) * DAY) / 60_000);
  return `${TWO[Math.floor(minutes / 60)]}:${TWO[minutes % 60]}`;
}

/** A local day in words, e.g. `{ weekday: 'Friday', day: '27', month: 'March', year: 2026 }`. */
export interface DayWords {
  weekday: string;
  day: string;
  month: string;
  year: number;
}

/**
 * The day's names from the runtime's Intl in British English. A day number is already a date in
 * the calendar's zone (the compiled offsets put it there), so Intl is asked for that calendar
 * date as such, at UTC, and no zone's hours are applied twice.
 */
const dateWords = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const remembered = new Map<number, DayWords>();
/** Days remembered: more than the years a calendar is compiled for. */
const MAX_DAYS = 10_000;

/** Local day number `day` (days since 1970-01-01 in the calendar's zone) in words. */
export function dayWords(day: number): DayWords {
  let words = remembered.get(day);
  if (!words) {
    const parts = dateWords.formatToParts(day * DAY);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    words = { weekday: part('weekday'), day: part('day'), month: part('month'), year: Number(part('year')) };
    if (remembered.size < MAX_DAYS) remembered.set(day, words);
  }
  return words;
}
