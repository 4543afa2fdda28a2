/**
 * A ticket as helpdesks file it: each helpdesk's priority scale, the tags for its verdict and
 * topic, the subject line that carries the reference (so a look-up finds it) and the plain-text
 * body with everything the ticket says. The forwarding targets (`src/receiver/forwarding/`) put
 * these into each helpdesk's own request shape.
 */
import type { Priority } from './priority.ts';
import type { Ticket } from './ticket.ts';
import type { TriageFields } from './ticket-triage.ts';

/** The receiver's own verdict and SLA for a ticket, as it stores them. */
export type ServerTriage = Pick<TriageFields, 'verdict' | 'upsellTier'> & {
  sla: Pick<Ticket['sla'], 'queue' | 'targetMinutes' | 'firstResponseDue'>;
};

/** Zendesk's priorities: `urgent` is its top one. */
export const ZENDESK_PRIORITY: Record<Priority, 'urgent' | 'high' | 'normal' | 'low'> = {
  critical: 'urgent',
  high: 'high',
  normal: 'normal',
  low: 'low',
};

/** Freshdesk's priorities: 1 low, 2 medium, 3 high, 4 urgent. */
export const FRESHDESK_PRIORITY: Record<Priority, 1 | 2 | 3 | 4> = {
  critical: 4,
  high: 3,
  normal: 2,
  low: 1,
};

/** Tags naming the receiver's verdict and the topic, e.g. `cas-verdict-upsell`, `cas-topic-pcs-alerts`. */
export function helpdeskTags(verdict: ServerTriage['verdict'], topic: string | null): string[] {
  return [`cas-verdict-${verdict}`, `cas-topic-${topic ?? 'none'}`];
}

/** The facts a helpdesk may keep in fields of its own, by the names forwarding.yaml gives them. */
export type HelpdeskFieldName = 'reference' | 'verdict' | 'topic' | 'due';

export function helpdeskFieldValues(
  reference: string,
  ticket: Pick<Ticket, 'topic'>,
  server: ServerTriage,
): Record<HelpdeskFieldName, string> {
  return {
    reference,
    verdict: server.verdict,
    topic: ticket.topic ?? 'none',
    due: server.sla.firstResponseDue,
  };
}

/** Each field the config names, as the helpdesk's own field id and its value, in the order of `values`. */
export function configuredFields<Id>(
  ids: Partial<Record<HelpdeskFieldName, Id>>,
  values: Record<HelpdeskFieldName, string>,
): [Id, string][] {
  return (Object.keys(values) as HelpdeskFieldName[]).flatMap((name) => {
    const id = ids[name];
    return id === undefined ? [] : [[id, values[name]] as [Id, string]];
  });
}

/** `[CAS-7F3A9C2D] Release not received`: the reference first, so a search for it finds the ticket. */
export function helpdeskSubject(reference: string, ticket: Pick<Ticket, 'summary'>): string {
  return `[${reference}] ${ticket.summary}`;
}

/** What a forwarded ticket says, as plain text: the description, then every other field on its own line. */
export function helpdeskBody(reference: string, ticket: Ticket, server: ServerTriage): string {
  const { customer, declaration } = ticket;
  const verdict = server.upsellTier ? `${server.verdict} (${server.upsellTier})` : server.verdict;
  const lines = [
    ticket.description,
    '',
    `Reference: ${reference}`,
    `Support tier: ${ticket.tier}${'tierConfirmed' in ticket && !ticket.tierConfirmed ? ' (not confirmed)' : ''}`,
    `Topic: ${ticket.topic ?? 'none'}`,
    `Verdict: ${verdict}`,
    `Priority: ${ticket.priority}`,
    `Queue: ${server.sla.queue}`,
    `First response due: ${server.sla.firstResponseDue}`,
    ...(declaration?.reference ? [`MRN or LRN: ${declaration.reference}`] : []),
    ...(declaration?.customsSystem ? [`Customs system: ${declaration.customsSystem}`] : []),
    ...(declaration?.country ? [`Country: ${declaration.country}`] : []),
    `Customer: ${customer.name} <${customer.email}>, ${customer.company}`,
    ...(customer.customerId ? [`Customer number: ${customer.customerId}`] : []),
    `Ticket id: ${ticket.id}`,
  ];
  return lines.join('\n');
}
