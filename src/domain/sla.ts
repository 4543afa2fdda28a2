/**
 * First-response SLA: which queue answers a ticket and by when. The targets and routing are
 * content (`content/sla.yaml`); this file turns them and the business calendar into a due time
 * and a sentence a person can check by hand.
 */
import type { DateTime } from 'luxon';
import type { TierId } from './catalogue.ts';
import type { VerdictKind } from './coverage.ts';
import { zoneName } from './business-hours-text.ts';
import { addBusinessMinutes, toZone } from './business-calendar.ts';
import type { BusinessCalendar, Instant, SkippedDay } from './business-calendar.ts';
import type { Priority } from './priority.ts';

// The priority ids live in `priority.ts` because the ticket schema shares them; re-exported for SLA callers.
export { PRIORITIES, isPriority } from './priority.ts';
export type { Priority } from './priority.ts';

export { QUEUES } from './queue.ts';
export type { Queue } from './queue.ts';
import type { Queue } from './queue.ts';

/** Where a verdict sends a ticket, and its target: a number of business minutes, or `tier` for the tier's own target. */
export interface Route {
  queue: Queue;
  minutes: number | 'tier';
}

export interface PriorityInfo {
  label: string;
  definition: string;
  examples: string[];
}

export interface SlaPolicy {
  /** Says these are defaults and the customer's contract prevails. */
  note: string;
  /** First-response targets in business minutes, per tier and priority. */
  targets: Record<TierId, Record<Priority, number>>;
  routing: Record<VerdictKind, Route>;
  priorities: Record<Priority, PriorityInfo>;
}

export interface SlaRequest {
  tier: TierId;
  priority: Priority;
  verdict: VerdictKind;
}

export interface Sla {
  queue: Queue;
  targetMinutes: number;
  /** ISO 8601 with the calendar zone's offset, e.g. `2026-03-30T12:30:00+02:00`. */
  firstResponseDue: string;
  /** The same moment in UTC, e.g. `2026-03-30T10:30:00Z`. */
  firstResponseDueUtc: string;
  /** The calendar's IANA zone. */
  timezone: string;
  /** When the clock started counting: `now`, or the next opening when `now` is outside business hours. */
  clockStarted: string;
  skipped: SkippedDay[];
  /** Plain sentences: who answers, from when the hours were counted, which closed days were skipped. */
  explanation: string;
}

/** A business day is 8 hours (09:00 to 17:00). */
const DAY_MINUTES = 480;

/** The queue and target for a request, following the policy's routing. */
export function routeFor(request: SlaRequest, policy: SlaPolicy): { queue: Queue; targetMinutes: number } {
  const route = policy.routing[request.verdict];
  const targetMinutes =
    route.minutes === 'tier' ? policy.targets[request.tier][request.priority] : route.minutes;
  return { queue: route.queue, targetMinutes };
}

/** The first-response SLA for a ticket received at `now`. */
export function slaFor(
  request: SlaRequest,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  now: Instant,
): Sla {
  const { queue, targetMinutes } = routeFor(request, policy);
  const received = toZone(now, calendar.zone);
  const { started, due, skipped } = addBusinessMinutes(received, targetMinutes, calendar);
  const iso = { suppressMilliseconds: true } as const;
  return {
    queue,
    targetMinutes,
    firstResponseDue: due.toISO(iso) ?? '',
    firstResponseDueUtc: due.setZone('UTC').toISO(iso) ?? '',
    timezone: calendar.zone,
    clockStarted: started.toISO(iso) ?? '',
    skipped,
    explanation: [
      routeSentence(request, queue, policy, targetMinutes),
      clockSentence(received, started, targetMinutes, skipped, calendar.zone),
      `First response due ${moment(due, received.year)} ${zoneName(calendar.zone)}.`,
    ].join(' '),
  };
}

/** A target for tables: `30 min`, `4 h`, `1 h 30 min`, or whole business days: `2 business days`. */
export function formatTarget(minutes: number): string {
  if (minutes >= DAY_MINUTES && minutes % DAY_MINUTES === 0) {
    const days = minutes / DAY_MINUTES;
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
