/**
 * The SLA in words: targets for tables (`4 h`, `2 business days`), the closed days a clock skipped,
 * and the explanation a person can check by hand ("Covered by Premium, high priority: support
 * responds within 4 business hours. …").
 */
import type { DateTime } from 'luxon';
import type { TierId } from './catalogue.ts';
import { zoneName } from './business-hours-text.ts';
import { toZone } from './business-calendar.ts';
import type { BusinessCalendar, SkippedDay } from './business-calendar.ts';
import { clockMinutes } from './clock-time.ts';
import type { Queue } from './queue.ts';
import type { SlaPolicy, SlaRequest } from './sla.ts';

/** What the explanation is made of: the request, where it went, and how the clock ran. */
export interface SlaRun {
  request: SlaRequest;
  queue: Queue;
  targetMinutes: number;
  received: DateTime;
  started: DateTime;
  due: DateTime;
  skipped: SkippedDay[];
}

/** Three sentences: who answers and within what, from when the hours were counted, when it is due. */
export function explainSla(run: SlaRun, policy: SlaPolicy, zone: string): string {
  return [
    routeSentence(run.request, run.queue, policy, run.targetMinutes),
    clockSentence(run.received, run.started, run.targetMinutes, run.skipped, zone),
    `First response due ${moment(run.due, run.received.year)} ${zoneName(zone)}.`,
  ].join(' ');
}

/**
 * A target for tables: `30 min`, `4 h`, `1 h 30 min`, or whole business days of the calendar's
 * length (`2 business days` for 960 minutes of 09:00–17:00 days).
 */
export function formatTarget(minutes: number, calendar: Pick<BusinessCalendar, 'opens' | 'closes'>): string {
  const day = (clockMinutes(calendar.closes) ?? 0) - (clockMinutes(calendar.opens) ?? 0);
  if (day > 0 && minutes >= day && minutes % day === 0) {
    const days = minutes / day;
    return `${days} business ${days === 1 ? 'day' : 'days'}`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function routeSentence(request: SlaRequest, queue: Queue, policy: SlaPolicy, minutes: number): string {
  const tier = tierLabel(request.tier);
  const within = `${queue} responds within ${businessTime(minutes)}`;
  const priority = policy.priorities[request.priority].label.toLowerCase();
  switch (request.verdict) {
    case 'covered':
      return `Covered by ${tier}, ${priority} priority: ${within}.`;
    case 'unknown':
      return `Topic not identified, handled at ${tier}'s ${priority} priority target: ${within}.`;
    case 'upsell':
      return `Not covered by ${tier} but by a higher tier: ${within}.`;
    case 'out_of_scope':
      return `Not covered by any support tier: ${within} about where to go instead.`;
    case 'tier_unconfirmed':
      return `Tier not confirmed, handled at ${tier}'s ${priority} priority target until support checks the contract: ${within}.`;
  }
}

function clockSentence(
  received: DateTime,
  started: DateTime,
  minutes: number,
  skipped: SkippedDay[],
  zone: string,
): string {
  const hours = businessTime(minutes);
  const from = `${moment(started, received.year)} ${zoneName(zone)}`;
  const counted =
    started.toMillis() === received.toMillis()
      ? `Counted ${hours} from ${from}`
      : `Received ${moment(received, received.year)} ${zoneName(zone)}, outside business hours, so counted ${hours} from ${from}`;
  return skipped.length === 0
    ? `${counted}.`
    : `${counted}; skipped ${describeSkipped(skipped, zone, received.year)}.`;
}

/**
 * Closed days as a phrase, consecutive days with the same reason grouped:
 * `Saturday 28 and Sunday 29 March (weekend), Monday 30 March (Easter Monday)`.
 */
export function describeSkipped(skipped: readonly SkippedDay[], zone: string, year: number): string {
  const groups: SkippedDay[][] = [];
  for (const day of skipped) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const next = last && toZone(last.date, zone).plus({ days: 1 }).toISODate();
    if (group && last && next === day.date && last.reason === day.reason && last.name === day.name)
      group.push(day);
    else groups.push([day]);
  }
  return groups
    .map((group) => `${dateList(group, zone, year)} (${reasonText(group[0] as SkippedDay)})`)
    .join(', ');
}

/** `Saturday 28 and Sunday 29 March`, the month said once when it is the same. */
function dateList(days: SkippedDay[], zone: string, year: number): string {
  const dates = days.map((day) => toZone(day.date, zone).setLocale('en-GB'));
  const sameMonth = dates.every((d) => d.hasSame(dates[0] as DateTime, 'month'));
  const parts = dates.map((d, i) =>
    sameMonth && i < dates.length - 1 ? d.toFormat('cccc d') : day(d, year),
  );
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function reasonText(day: SkippedDay): string {
  if (day.reason === 'weekend') return 'weekend';
  if (day.reason === 'closure') return `closed: ${day.name ?? 'closure day'}`;
  return day.name ?? 'public holiday';
}

/** `Friday 27 March`, with the year when it is not `year`. */
function day(dt: DateTime, year: number): string {
  return dt.setLocale('en-GB').toFormat(dt.year === year ? 'cccc d LLLL' : 'cccc d LLLL yyyy');
}

/** `Friday 27 March 16:30`, with the year when it is not `year`. */
function moment(dt: DateTime, year: number): string {
  return `${day(dt, year)} ${dt.toFormat('HH:mm')}`;
}

function businessTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = `${hours} business ${hours === 1 ? 'hour' : 'hours'}`;
  if (rest === 0 && hours > 0) return h;
  const m = `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  return hours === 0 ? `${rest} business ${rest === 1 ? 'minute' : 'minutes'}` : `${h} ${m}`;
}

/** `premium-plus` → `Premium Plus`. */
function tierLabel(tier: TierId): string {
  return tier
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
