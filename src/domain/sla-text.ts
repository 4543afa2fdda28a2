/**
 * The SLA in words: targets for tables (`4 h`, `2 business days`), the closed days a clock skipped,
 * and the explanation a person can check by hand ("Covered by Premium, high priority: support
 * responds within 4 business hours. …").
 */
import type { TierId } from './catalogue.ts';
import { zoneName } from './business-hours-text.ts';
import type { BusinessCalendar, BusinessHours, SkippedDay } from './business-calendar.ts';
import { type CalendarIndex, dayOfDate, indexOf, localDay } from './calendar-index.ts';
import { clockMinutes } from './clock-time.ts';
import { clockText, dayWords } from './local-time.ts';
import type { Queue } from './queue.ts';
import type { SlaPolicy, SlaRequest } from './sla.ts';

/** What the explanation is made of: the request, where it went, and how the clock ran (moments in epoch milliseconds). */
export interface SlaRun {
  request: SlaRequest;
  queue: Queue;
  targetMinutes: number;
  received: number;
  started: number;
  due: number;
  skipped: SkippedDay[];
}

/** Three sentences: who answers and within what, from when the hours were counted, when it is due. */
export function explainSla(run: SlaRun, policy: SlaPolicy, calendar: BusinessCalendar): string {
  const index = indexOf(calendar);
  const zone = zoneName(calendar.zone);
  const year = dayWords(localDay(index, run.received)).year;
  return [
    routeSentence(run.request, run.queue, policy, run.targetMinutes),
    clockSentence(run, index, zone, year),
    `First response due ${moment(run.due, index, year)} ${zone}.`,
  ].join(' ');
}

/**
 * A target for tables: `30 min`, `4 h`, `1 h 30 min`, or whole business days of the calendar's
 * length (`2 business days` for 960 minutes of 09:00–17:00 days).
 */
export function formatTarget(minutes: number, calendar: Pick<BusinessHours, 'opens' | 'closes'>): string {
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

function clockSentence(run: SlaRun, index: CalendarIndex, zone: string, year: number): string {
  const { received, started, skipped } = run;
  const hours = businessTime(run.targetMinutes);
  const from = `${moment(started, index, year)} ${zone}`;
  const counted =
    started === received
      ? `Counted ${hours} from ${from}`
      : `Received ${moment(received, index, year)} ${zone}, outside business hours, so counted ${hours} from ${from}`;
  return skipped.length === 0 ? `${counted}.` : `${counted}; skipped ${describeSkipped(skipped, year)}.`;
}

/**
 * Closed days as a phrase, consecutive days with the same reason grouped, the year said when it
 * is not `year`: `Saturday 28 and Sunday 29 March (weekend), Monday 30 March (Easter Monday)`.
 */
export function describeSkipped(skipped: readonly SkippedDay[], year: number): string {
  const groups: { days: number[]; first: SkippedDay }[] = [];
  for (const skippedDay of skipped) {
    const day = dayOfDate(skippedDay.date);
    const group = groups.at(-1);
    const { first } = group ?? {};
    if (
      group &&
      first &&
      group.days.at(-1) === day - 1 &&
      first.reason === skippedDay.reason &&
      first.name === skippedDay.name
    )
      group.days.push(day);
    else groups.push({ days: [day], first: skippedDay });
  }
  return groups.map((group) => `${dateList(group.days, year)} (${reasonText(group.first)})`).join(', ');
}

/** `Saturday 28 and Sunday 29 March`, the month said once when it is the same. */
function dateList(days: number[], year: number): string {
  const words = days.map((day) => dayWords(day));
  const head = words[0]!;
  const sameMonth = words.every((w) => w.month === head.month && w.year === head.year);
  const parts = words.map((w, i) =>
    sameMonth && i < words.length - 1 ? `${w.weekday} ${w.day}` : dayText(w, year),
  );
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function reasonText(day: SkippedDay): string {
  if (day.reason === 'weekend') return 'weekend';
  if (day.reason === 'closure') return `closed: ${day.name ?? 'closure day'}`;
  return day.name ?? 'public holiday';
}

/** `Friday 27 March`, with the year when it is not `year`. */
function dayText(words: ReturnType<typeof dayWords>, year: number): string {
  const date = `${words.weekday} ${words.day} ${words.month}`;
  return words.year === year ? date : `${date} ${words.year}`;
}

/** `Friday 27 March 16:30` in the calendar's zone, with the year when it is not `year`. */
function moment(t: number, index: CalendarIndex, year: number): string {
  return `${dayText(dayWords(localDay(index, t)), year)} ${clockText(t, index)}`;
}

function businessTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = `${hours} business ${hours === 1 ? 'hour' : 'hours'}`;
  if (rest === 0 && hours > 0) return h;
  const m = `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  return hours === 0 ? `${rest} business ${rest === 1 ? 'minute' : 'minutes'}` : `${h} ${m}`;
}

const tierLabels = new Map<TierId, string>();

/** `premium-plus` → `Premium Plus`. */
function tierLabel(tier: TierId): string {
  let label = tierLabels.get(tier);
  if (label === undefined) {
    label = tier
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ');
    tierLabels.set(tier, label);
  }
  return label;
}
