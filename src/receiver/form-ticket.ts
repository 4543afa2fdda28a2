/**
 * The no-JavaScript form post: flat `application/x-www-form-urlencoded` fields turned into a
 * ticket.v1 draft. The server fills in what the wizard would have computed (id, submittedAt,
 * verdict, SLA), then the draft goes through the same schema as any other ticket.
 */
import { TICKET_SCHEMA_ID } from '../domain/ticket.ts';
import type { Ticket } from '../domain/ticket.ts';
import type { ServerView } from './recheck.ts';

/** A field bots fill in and people never see. A form that fills it is answered but not stored. */
export const HONEYPOT_FIELD = 'website';

/** Short form field names and the ticket field each fills; dotted names (`customer.name`) work too. */
const FIELDS: Record<string, string> = {
  id: 'id',
  tier: 'tier',
  topic: 'topic',
  priority: 'priority',
  summary: 'summary',
  description: 'description',
  name: 'customer.name',
  email: 'customer.email',
  company: 'customer.company',
  customerId: 'customer.customerId',
  reference: 'declaration.reference',
  customsSystem: 'declaration.customsSystem',
  country: 'declaration.country',
  page: 'source.page',
};
const TARGETS = new Set(Object.values(FIELDS));

export interface FormDraft {
  honeypot: boolean;
  /** A ticket.v1 candidate with a provisional verdict and SLA, to be validated. */
  draft: Record<string, unknown>;
}

/** Builds a draft from the form; blank fields are left out, so blank optional fields are simply absent. */
export function formDraft(form: URLSearchParams, now: Date, newId: () => string): FormDraft {
  const draft: Record<string, unknown> = {
    schema: TICKET_SCHEMA_ID,
    id: newId(),
    submittedAt: now.toISOString(),
    topic: null,
    verdict: 'unknown',
    // Provisional: replaced by the server's own values before the ticket is stored.
    sla: {
      queue: 'support',
      targetMinutes: 1,
      firstResponseDue: now.toISOString(),
      timezone: 'Europe/Brussels',
    },
  };
  for (const [name, raw] of form) {
    const target = FIELDS[name] ?? (TARGETS.has(name) ? name : undefined);
    const value = raw.trim();
    if (!target || value === '') continue;
    if (target === 'topic' && value === 'none') continue;
    setPath(draft, target, value);
  }
  return { honeypot: (form.get(HONEYPOT_FIELD) ?? '').trim() !== '', draft };
}

/** The ticket with the server's verdict and SLA in place of the provisional ones. */
export function withServerView(ticket: Ticket, server: ServerView): Record<string, unknown> {
  const { upsellTier: _ignored, ...rest } = ticket as Ticket & { upsellTier?: string };
  return {
    ...rest,
    verdict: server.verdict,
    ...(server.verdict === 'upsell' ? { upsellTier: server.upsellTier } : {}),
    sla: {
      queue: server.sla.queue,
      targetMinutes: server.sla.targetMinutes,
      firstResponseDue: server.sla.firstResponseDue,
      timezone: server.sla.timezone ?? ticket.sla.timezone,
    },
  };
}

function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>;
  inner[tail] = value;
}

/** The form's own name for a ticket field, so error messages point at what the person filled in. */
export function formFieldName(path: string): string {
  return Object.keys(FIELDS).find((name) => FIELDS[name] === path) ?? path;
}
