/**
 * Triage of one ticket: the verdict for the customer's tier and topic, and the first-response SLA
 * that verdict routes to. The wizard shows it before sending; the receiver recomputes it on receipt
 * from its own clock, so both always follow the same rules.
 */
import type { Instant } from './business-calendar.ts';
import { findTopic, type TierId } from './catalogue.ts';
import { verdictFor, type Verdict } from './coverage.ts';
import type { IntakeData } from './intake-data.ts';
import type { Priority } from './priority.ts';
import { slaFor, type Sla } from './sla.ts';

export interface TriageRequest {
  tier: TierId;
  /** A topic id, or null when the customer chose none. An id the catalogue does not know counts as none. */
  topic: string | null;
  priority: Priority;
}

export interface Triage {
  verdict: Verdict;
  sla: Sla;
}

export function triage(data: IntakeData, request: TriageRequest, now: Instant): Triage {
  const topic = request.topic === null ? null : (findTopic(data.catalogue, request.topic) ?? null);
  const verdict = verdictFor(data.catalogue, request.tier, topic);
  const sla = slaFor(
    { tier: request.tier, priority: request.priority, verdict: verdict.verdict },
    data.policy,
    data.calendar,
    now,
  );
  return { verdict, sla };
}
