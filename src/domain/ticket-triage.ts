/**
 * A verdict and an SLA as ticket.v1 carries them: `upsellTier` only with an upsell, and the SLA
 * without the explanation. The wizard fills a new ticket with these and the receiver stores its own
 * the same way. Type-only imports: this file costs the wizard's first load nothing.
 */
import type { Verdict } from './coverage.ts';
import type { Sla } from './sla.ts';
import type { Ticket } from './ticket.ts';

type UpsellTier = Extract<Verdict, { verdict: 'upsell' }>['upsellTier'];

/** The verdict fields of a ticket: `upsellTier` exactly when the verdict is an upsell. */
export type TicketVerdict =
  { verdict: 'upsell'; upsellTier: UpsellTier } | { verdict: Exclude<Verdict['verdict'], 'upsell'> };

export function ticketVerdict(verdict: Verdict): TicketVerdict {
  return verdict.verdict === 'upsell'
    ? { verdict: 'upsell', upsellTier: verdict.upsellTier }
    : { verdict: verdict.verdict };
}

export function ticketSla(sla: Sla): Ticket['sla'] {
  return {
    queue: sla.queue,
    targetMinutes: sla.targetMinutes,
    firstResponseDue: sla.firstResponseDue,
    timezone: sla.timezone,
  };
}

/** The fields of a ticket that triage decides: the verdict, `upsellTier` exactly with an upsell, and the SLA. */
export interface TriageFields {
  verdict: Verdict['verdict'];
  upsellTier?: UpsellTier;
  sla: Ticket['sla'];
}

export function triageFields(verdict: Verdict, sla: Sla): TriageFields {
  return { ...ticketVerdict(verdict), sla: ticketSla(sla) };
}

/** The ticket's fields with `fields` in place of its own verdict, upsell tier and SLA, to be checked again. */
export function withTriage(ticket: Ticket, fields: TriageFields): Record<string, unknown> {
  const { verdict: _verdict, sla: _sla, ...rest } = ticket;
  const { upsellTier: _upsell, ...others } = rest as typeof rest & { upsellTier?: unknown };
  return { ...others, ...fields };
}
