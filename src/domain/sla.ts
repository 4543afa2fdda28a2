/**
 * First-response SLA: which queue answers a ticket and by when. The targets and routing are
 * content (`content/sla.yaml`); this file turns them and the business calendar into a due time.
 * The sentences that explain it are `sla-text.ts`.
 */
import type { TierId } from './catalogue.ts';
import type { VerdictKind } from './coverage.ts';
import { explainSla } from './sla-text.ts';
import { addBusinessMinutes } from './business-calendar.ts';
import type { BusinessCalendar, SkippedDay } from './business-calendar.ts';
import { indexOf } from './calendar-index.ts';
import { toEpochMs, type Instant } from './instant.ts';
import { isoInZone, isoUtc } from './local-time.ts';
import type { Priority } from './priority.ts';

import { queueFor, type Queue } from './queue.ts';

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

/** The queue and target for a request, following the policy's routing. */
export function routeFor(request: SlaRequest, policy: SlaPolicy): { queue: Queue; targetMinutes: number } {
  const { minutes } = policy.routing[request.verdict];
  const targetMinutes = minutes === 'tier' ? policy.targets[request.tier][request.priority] : minutes;
  return { queue: queueFor(request.verdict, policy), targetMinutes };
}

/** The first-response SLA for a ticket received at `now`. */
export function slaFor(
  request: SlaRequest,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  now: Instant,
): Sla {
  const { queue, targetMinutes } = routeFor(request, policy);
  const index = indexOf(calendar);
  const received = toEpochMs(now);
  const { started, due, skipped } = addBusinessMinutes(received, targetMinutes, calendar);
  return {
    queue,
    targetMinutes,
    firstResponseDue: isoInZone(due, index),
    firstResponseDueUtc: isoUtc(due),
    timezone: calendar.zone,
    clockStarted: isoInZone(started, index),
    skipped,
    // Worded when read: the receiver recomputes every ticket's SLA and never reads the wording.
    get explanation() {
      return explainSla({ request, queue, targetMinutes, received, started, due, skipped }, policy, calendar);
    },
  };
}
