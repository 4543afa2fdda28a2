/**
 * The desk's opening hours in words, from the calendar content, so no page restates them by hand:
 * `Monday to Friday, 09:00–17:00 Brussels time`.
 */
import type { BusinessHours } from './business-calendar.ts';
import { listInWords } from './list-in-words.ts';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `Monday to Friday` for a run of consecutive days, otherwise a list: `Monday, Wednesday and Friday`. */
function dayRange(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const names = sorted.map((day) => DAY_NAMES[day - 1] ?? String(day));
  const consecutive = sorted.every((day, i) => i === 0 || day === sorted[i - 1]! + 1);
  if (consecutive && names.length > 2) return `${names[0]} to ${names.at(-1)}`;
  return listInWords(names);
}

const zoneNames = new Map<string, string>();

/** `Brussels time` for `Europe/Brussels`: the zone's city, as people say it. Remembered: every SLA explanation says it twice. */
export function zoneName(zone: string): string {
  let name = zoneNames.get(zone);
  if (name === undefined) {
    name = `${(zone.split('/').at(-1) ?? zone).replaceAll('_', ' ')} time`;
    if (zoneNames.size < 100) zoneNames.set(zone, name);
  }
  return name;
}

export function describeHours(calendar: BusinessHours): string {
  return `${dayRange(calendar.days)}, ${calendar.opens}–${calendar.closes} ${zoneName(calendar.zone)}`;
}
