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
