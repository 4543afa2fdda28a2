/**
 * A verdict and an SLA as a ticket carries them: `upsellTier` only with an upsell, `coveredBy`
 * only with `tier_unconfirmed`, and the SLA without the explanation. The wizard fills a new ticket
 * with these and the receiver stores its own the same way. Type-only imports: this file costs the
 * wizard's first load nothing.
 */
import type { TierId } from './catalogue.ts';
import type { Verdict } from './coverage.ts';
import type { Sla } from './sla.ts';
import type { Ticket } from './ticket.ts';
import type { TriageRequest } from './triage.ts';

/**
 * What triage needs to know of a ticket: its tier, topic and priority, whether the tier was
 * confirmed, and, for an upsell without a topic (a question about upgrading), the tier asked about.
 */
export function triageRequestOf(ticket: Ticket): TriageRequest {
  return {
    tier: ticket.tier,
    topic: ticket.topic,
    priority: ticket.priority,
    tierConfirmed: ticket.schema === 'ticket.v1' || ticket.tierConfirmed,
    ...(ticket.verdict === 'upsell' && ticket.topic === null ? { upgradeTo: ticket.upsellTier } : {}),
  };
}

/** The verdict fields of a ticket.v2: `upsellTier` exactly with an upsell, `coveredBy` exactly with `tier_unconfirmed`. */
export type TicketVerdict =
  | { verdict: 'upsell'; upsellTier: TierId }
  | { verdict: 'tier_unconfirmed'; coveredBy: TierId[] }
  | { verdict: 'covered' | 'out_of_scope' | 'unknown' };

export function ticketVerdict(verdict: Verdict): TicketVerdict {
  switch (verdict.verdict) {
    case 'upsell':
      return { verdict: 'upsell', upsellTier: verdict.upsellTier };
    case 'tier_unconfirmed':
      return { verdict: 'tier_unconfirmed', coveredBy: verdict.coveredBy };
    default:
      return { verdict: verdict.verdict };
  }
}

export function ticketSla(sla: Sla): Ticket['sla'] {
  return {
    queue: sla.queue,
    targetMinutes: sla.targetMinutes,
    firstResponseDue: sla.firstResponseDue,
    timezone: sla.timezone,
  };
}

/** The fields of a ticket that triage decides: the verdict, with `upsellTier` or `coveredBy` where it has one, and the SLA. */
export interface TriageFields {
  verdict: Verdict['verdict'];
  upsellTier?: TierId;
  coveredBy?: TierId[];
  sla: Ticket['sla'];
}

export function triageFields(verdict: Verdict, sla: Sla): TriageFields {
  return { ...ticketVerdict(verdict), sla: ticketSla(sla) };
}

/** The ticket's fields with `fields` in place of its own verdict, its verdict's fields and SLA, to be checked again. */
export function withTriage(ticket: Ticket, fields: TriageFields): Record<string, unknown> {
  const { verdict: _verdict, sla: _sla, ...rest } = ticket;
  const {
    upsellTier: _upsell,
    coveredBy: _covered,
    ...others
  } = rest as typeof rest & {
    upsellTier?: unknown;
    coveredBy?: unknown;
  };
  return { ...others, ...fields };
}
