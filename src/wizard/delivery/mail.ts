/**
 * A prefilled e-mail to support, for when the webhook cannot take a ticket: the answers as
 * plain text and the ticket id, so support can match it if the ticket arrives later too.
 */
import type { Ticket } from '../../domain/ticket.ts';
import { ticketReference } from '../../domain/ticket-reference.ts';

/** Mail programs cut long `mailto:` links; the description is shortened well before that. */
const MAX_DESCRIPTION = 1200;

export function ticketMailto(to: string, ticket: Ticket, labels: { tier: string; topic: string }): string {
  const description =
    ticket.description.length > MAX_DESCRIPTION
      ? `${ticket.description.slice(0, MAX_DESCRIPTION)}…`
      : ticket.description;
  const lines = [
    `Summary: ${ticket.summary}`,
    `Support tier: ${labels.tier}`,
    `Topic: ${labels.topic}`,
    `Priority: ${ticket.priority}`,
    ...(ticket.declaration?.reference ? [`MRN or LRN: ${ticket.declaration.reference}`] : []),
    ...(ticket.declaration?.customsSystem ? [`Customs system: ${ticket.declaration.customsSystem}`] : []),
    ...(ticket.declaration?.country ? [`Country: ${ticket.declaration.country}`] : []),
    '',
    description,
    '',
    `Name: ${ticket.customer.name}`,
    `E-mail: ${ticket.customer.email}`,
    `Company: ${ticket.customer.company}`,
    ...(ticket.customer.customerId ? [`Customer number: ${ticket.customer.customerId}`] : []),
    `Ticket id: ${ticket.id}`,
  ];
  const subject = `Support ticket ${ticketReference(ticket.id)}: ${ticket.summary}`;
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}
