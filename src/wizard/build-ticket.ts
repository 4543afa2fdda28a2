/** The ticket.v2 payload from the answers, the domain's decision and its SLA. */
import { DEFAULT_PRIORITY } from '../domain/priority.ts';
import type { Sla } from '../domain/sla.ts';
import type { Ticket } from '../domain/ticket.ts';
import { ticketFieldsFrom } from '../domain/ticket-fields.ts';
import { ticketSla, ticketVerdict } from '../domain/ticket-triage.ts';
import { UNSURE, type Answers } from './answers.ts';
import type { Decision } from './decide.ts';

/** `2026-03-27T16:30:05+01:00`: the browser's clock with its own UTC offset. */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(offset / 60)}:${pad(offset % 60)}`;
}

export interface TicketInput {
  id: string;
  now: Date;
  answers: Answers;
  decision: Decision;
  sla: Sla;
  page: string;
}

/**
 * The typed answers go where their field definitions say; the tier, topic and verdict are the
 * decision's (so "I'm not sure" is sent as the tier it continued as), the priority the default
 * while none was chosen.
 */
export function buildTicket({ id, now, answers, decision, sla, page }: TicketInput): Ticket {
  const { summary, description, reference, customsSystem, country, name, email, company, customerId } =
    answers;
  const typed = ticketFieldsFrom({
    summary,
    description,
    reference,
    customsSystem,
    country,
    name,
    email,
    company,
    customerId,
  });
  return {
    ...(typed as Pick<Ticket, 'summary' | 'description' | 'customer' | 'declaration'>),
    schema: 'ticket.v2',
    tierConfirmed: answers.tier !== UNSURE,
    id,
    submittedAt: isoWithOffset(now),
    tier: decision.tier.id,
    topic: decision.topic?.id ?? null,
    priority: answers.priority || DEFAULT_PRIORITY,
    sla: ticketSla(sla),
    source: { page },
    ...ticketVerdict(decision.verdict),
    ...(answers.attachments.length > 0 ? { attachments: answers.attachments.map((file) => file.id) } : {}),
  };
}
