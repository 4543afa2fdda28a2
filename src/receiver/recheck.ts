/**
 * What the receiver works out for itself about a ticket (verdict, queue, target, due time) and
 * how it differs from what the sender claimed. The server's own values are the ones that count:
 * a wrong clock or a stale page in the browser must not move a deadline.
 */
import type { Ticket } from '../domain/ticket.ts';
import type { TriageFields } from '../domain/ticket-triage.ts';

/** The server's own verdict and SLA for a ticket, in the ticket's own fields. */
export type ServerView = TriageFields;

/** Recomputes a ticket's verdict and SLA from the server's content and clock. */
export type Recompute = (ticket: Ticket, now: Date) => ServerView;

/**
 * Due times computed a few seconds apart (the browser at submit, the server on receipt) may
 * differ by that much during business hours; only a larger gap is a real disagreement.
 */
export const DUE_TOLERANCE_MS = 5 * 60_000;

/** Names of the fields where the sender and the server disagree, e.g. `['verdict', 'sla.firstResponseDue']`. */
export function differences(ticket: Ticket, server: ServerView): string[] {
  const fields: string[] = [];
  if (ticket.verdict !== server.verdict) fields.push('verdict');
  const upsellTier = ticket.verdict === 'upsell' ? ticket.upsellTier : undefined;
  if (upsellTier !== server.upsellTier) fields.push('upsellTier');
  if (ticket.sla.queue !== server.sla.queue) fields.push('sla.queue');
  if (ticket.sla.targetMinutes !== server.sla.targetMinutes) fields.push('sla.targetMinutes');
  const gap = Math.abs(Date.parse(ticket.sla.firstResponseDue) - Date.parse(server.sla.firstResponseDue));
  if (!(gap <= DUE_TOLERANCE_MS)) fields.push('sla.firstResponseDue');
  return fields;
}
