/**
 * Triage of one ticket: the verdict for the customer's tier and topic, and the first-response SLA
 * that verdict routes to. The wizard shows it before sending; the receiver recomputes it on receipt
 * from its own clock, so both always follow the same rules.
 */
import type { BusinessCalendar, Instant } from './business-calendar.ts';
import { findTopic, type TierId } from './catalogue.ts';
import { upgradeVerdict, verdictFor, verdictForUnknownTier, type Verdict } from './coverage.ts';
import type { IntakeData } from './intake-data.ts';
import { DEFAULT_PRIORITY, type Priority } from './priority.ts';
import { slaFor, type Sla, type SlaPolicy } from './sla.ts';

export interface TriageRequest {
  tier: TierId;
  /** A topic id, or null when the customer chose none. An id the catalogue does not know counts as none. */
  topic: string | null;
  priority: Priority;
  /** False when the customer did not know their tier (ticket.v2); `tier` is then the entry tier. Default true. */
  tierConfirmed?: boolean;
  /** A question about moving to this tier, with no topic: an upsell to it (see `upgradeVerdict`). */
  upgradeTo?: TierId;
}

export interface Triage {
  verdict: Verdict;
  sla: Sla;
}

/**
 * The first-response SLA of a verdict received at `now`, at `priority`, or at the default priority
 * while none is chosen.
 */
export function slaForVerdict(
  data: { policy: SlaPolicy; calendar: BusinessCalendar },
  verdict: Pick<Verdict, 'tier' | 'verdict'>,
  priority: Priority | '' | undefined,
  now: Instant,
): Sla {
  const request = { tier: verdict.tier, priority: priority || DEFAULT_PRIORITY, verdict: verdict.verdict };
  return slaFor(request, data.policy, data.calendar, now);
}

export function triage(data: IntakeData, request: TriageRequest, now: Instant): Triage {
  const topic = request.topic === null ? null : (findTopic(data.catalogue, request.topic) ?? null);
  const upgrade =
    topic === null && request.upgradeTo
      ? upgradeVerdict(data.catalogue, request.tier, request.upgradeTo)
      : undefined;
  const verdict =
    upgrade ??
    (request.tierConfirmed === false
      ? verdictForUnknownTier(data.catalogue, topic)
      : verdictFor(data.catalogue, request.tier, topic));
  return { verdict, sla: slaForVerdict(data, verdict, request.priority, now) };
}
