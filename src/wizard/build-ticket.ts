/** The ticket.v1 payload from the answers, the domain's decision and its SLA. */
import type { Sla } from '../domain/sla.ts';
import type { Ticket } from '../domain/ticket.ts';
import { ticketSla, ticketVerdict } from '../domain/ticket-triage.ts';
import type { Answers } from './answers.ts';
import type { Decision } from './decide.ts';

/** `2026-03-27T16:30:05+01:00`: the browser's clock with its own UTC offset. */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** Trimmed text, or nothing when it is blank, so blank optional answers are left out. */
function filled(value: string): string | undefined {
  return value.trim() || undefined;
}

export interface TicketInput {
  id: string;
  now: Date;
  answers: Answers;
  decision: Decision;
  sla: Sla;
  page: string;
}

export function buildTicket({ id, now, answers, decision, sla, page }: TicketInput): Ticket {
  const customerId = filled(answers.customerId);
  const declaration = Object.fromEntries(
    Object.entries({
      reference: filled(answers.reference),
      customsSystem: filled(answers.customsSystem),
      country: filled(answers.country)?.toUpperCase(),
    }).filter(([, value]) => value !== undefined),
  );
  const base = {
    schema: 'ticket.v1' as const,
    id,
    submittedAt: isoWithOffset(now),
    tier: decision.tier.id,
    topic: decision.topic?.id ?? null,
    priority: answers.priority || 'normal',
    summary: answers.summary.trim(),
    description: answers.description.trim(),
    customer: {
      name: answers.name.trim(),
      email: answers.email.trim(),
      company: answers.company.trim(),
      ...(customerId ? { customerId } : {}),
    },
    ...(Object.keys(declaration).length > 0 ? { declaration } : {}),
    sla: ticketSla(sla),
    source: { page },
  };
  return { ...base, ...ticketVerdict(decision.verdict) };
}
