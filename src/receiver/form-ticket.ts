/**
 * The no-JavaScript form post: flat `application/x-www-form-urlencoded` fields, named as in
 * `src/domain/ticket-fields.ts`, turned into a ticket.v1 draft. The server fills in what the wizard
 * would have computed (id, submittedAt, verdict, SLA), then the draft goes through the same schema
 * as any other ticket.
 */
import {
  fieldNameForPath,
  HONEYPOT_FIELD,
  lengthProblem,
  NO_TOPIC,
  TICKET_FIELD_NAMES,
  TICKET_FIELDS,
  ticketFieldsFrom,
  type TicketFieldName,
} from '../domain/ticket-fields.ts';
import { TICKET_SCHEMA_ID, type TicketIssue } from '../domain/ticket.ts';

/** A posted form as `@fastify/formbody` reads it: a repeated name gives a list. */
export type FormFields = Record<string, string | string[] | undefined>;

/**
 * What the server fills in for a form post: a resent form (the same hidden id) gets new values
 * here, so they are left out when telling a repeat from a conflict. The schema, `tierConfirmed`
 * and `attachments` follow from the files sent, and a browser's Back empties the file input: the
 * same answers sent again without their files are the same ticket.
 */
export const SERVER_FILLED_FIELDS = [
  'submittedAt',
  'verdict',
  'upsellTier',
  'sla',
  'schema',
  'tierConfirmed',
  'attachments',
] as const;

export interface FormDraft {
  honeypot: boolean;
  /** A ticket.v1 candidate with a provisional verdict and SLA, to be validated. */
  draft: Record<string, unknown>;
}

/** The first value posted under `name`, or null. */
function field(form: FormFields, name: string): string | null {
  const value = form[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Builds a draft from the form; blank fields are left out, so blank optional fields are simply
 * absent. The id is the one the receiver wrote into the form, so sending it twice is one ticket.
 */
export function formDraft(form: FormFields, now: Date, newId: () => string): FormDraft {
  const values: Partial<Record<TicketFieldName, string>> = {};
  for (const name of TICKET_FIELD_NAMES) {
    const value = field(form, name);
    if (value !== null && !(name === 'topic' && value.trim() === NO_TOPIC)) values[name] = value;
  }
  const page = field(form, 'page')?.trim();
  const draft: Record<string, unknown> = {
    schema: TICKET_SCHEMA_ID,
    id: field(form, 'id')?.trim() || newId(),
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
    // The contact details are there even when all are blank, so each missing one is named.
    customer: {},
    ...ticketFieldsFrom(values),
    ...(page ? { source: { page } } : {}),
  };
  return { honeypot: isBotTrapFilled(form), draft };
}

/** Whether the field people never see was filled in: the post is a bot's, answered but not kept. */
export function isBotTrapFilled(form: FormFields): boolean {
  return (field(form, HONEYPOT_FIELD) ?? '').trim() !== '';
}

/**
 * A draft that brings files: ticket.v2, the only version with `attachments`. The form's tier is
 * always one the person chose.
 */
export function withAttachments(
  draft: Record<string, unknown>,
  tokens: readonly string[],
): Record<string, unknown> {
  return tokens.length === 0
    ? draft
    : { ...draft, schema: 'ticket.v2', tierConfirmed: true, attachments: tokens };
}

/**
 * A problem with the form in the words of the form: its own label for the field, so the message
 * points at what the person filled in, and for a field left blank the wizard's own request
 * (`Full name: Enter your full name`), not the schema's `required`.
 */
export function formProblem(issue: TicketIssue): string {
  const name = fieldNameForPath(issue.path);
  if (!name) return `${issue.path}: ${issue.message}`;
  const message = (issue.message === 'required' && lengthProblem(name, '')) || issue.message;
  return `${TICKET_FIELDS[name].label}: ${message}`;
}
