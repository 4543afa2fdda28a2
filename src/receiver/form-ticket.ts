/**
 * The no-JavaScript form post: flat `application/x-www-form-urlencoded` fields, named as in
 * `src/domain/ticket-fields.ts`, turned into a ticket.v1 draft. The server fills in what the wizard
 * would have computed (id, submittedAt, verdict, SLA), then the draft goes through the same schema
 * as any other ticket.
 */
import {
  fieldNameForPath,
  HONEYPOT_FIELD,
  NO_TOPIC,
  TICKET_FIELD_NAMES,
  TICKET_FIELDS,
  ticketFieldsFrom,
  type TicketFieldName,
} from '../domain/ticket-fields.ts';
import { TICKET_SCHEMA_ID } from '../domain/ticket.ts';

export interface FormDraft {
  honeypot: boolean;
  /** A ticket.v1 candidate with a provisional verdict and SLA, to be validated. */
  draft: Record<string, unknown>;
}

/** Builds a draft from the form; blank fields are left out, so blank optional fields are simply absent. */
export function formDraft(form: URLSearchParams, now: Date, newId: () => string): FormDraft {
  const values: Partial<Record<TicketFieldName, string>> = {};
  for (const name of TICKET_FIELD_NAMES) {
    const value = form.get(name);
    if (value !== null && !(name === 'topic' && value.trim() === NO_TOPIC)) values[name] = value;
  }
  const page = form.get('page')?.trim();
  const draft: Record<string, unknown> = {
    schema: TICKET_SCHEMA_ID,
    id: form.get('id')?.trim() || newId(),
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
    ...ticketFieldsFrom(values),
    ...(page ? { source: { page } } : {}),
  };
  return { honeypot: (form.get(HONEYPOT_FIELD) ?? '').trim() !== '', draft };
}

/** The form's own label for a ticket field, so error messages point at what the person filled in. */
export function formFieldName(path: string): string {
  const name = fieldNameForPath(path);
  return name ? TICKET_FIELDS[name].label : path;
}
