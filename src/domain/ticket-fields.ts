/**
 * Every answer a person gives for a ticket, described once: its label, hint, limits, the input it
 * needs and the ticket.v1 field it fills. The wizard's steps and check page, the no-JavaScript form
 * and the receiver's reading of that form all take a field from here, so a label or a limit is
 * changed in one place.
 */
import { LRN_MAX_LENGTH } from './customs-reference.ts';
import { EMAIL_MAX_LENGTH, TEXT_LIMITS } from './ticket-limits.ts';

export interface TicketField {
  /** The input's id in the wizard (for radios, of the first option); the no-JavaScript form prefixes it with `nojs-`. */
  id: string;
  /** Short, for the check page, error summaries and text inputs: `Summary`. */
  label: string;
  /** For a choice, the question the person answers: `How urgent is it?`. */
  question?: string;
  /** Shown under the label, the same in the wizard and the form without JavaScript. */
  hint?: string;
  /** The ticket.v1 path it fills, e.g. `customer.email`. */
  path: string;
  /** May be left blank; text inputs say "(optional)". */
  optional: boolean;
  /** Length once trimmed. */
  length?: { min: number; max: number };
  /** Written in capitals in the ticket, whatever case was typed (a country code). */
  capitals?: boolean;
  /** GOV.UK-style message when a required answer is left blank: `Enter your full name`. */
  missing?: string;
  /** How the text input behaves. */
  input?: {
    type?: 'text' | 'email';
    multiline?: boolean;
    autocomplete?: string;
    spellcheck?: boolean;
    /** Width in characters, for short answers. */
    size?: number;
    /** Count the characters as they are typed against `length.max` (GOV.UK character count). */
    count?: boolean;
  };
}

export const TICKET_FIELDS = {
  tier: {
    id: 'tier',
    label: 'Support tier',
    question: 'What is your support tier?',
    path: 'tier',
    optional: false,
    missing: 'Select your support tier',
  },
  summary: {
    id: 'summary',
    label: 'Summary',
    hint: "One line, for example: Release not received for yesterday's import",
    path: 'summary',
    optional: false,
    length: TEXT_LIMITS.summary,
    missing: 'Enter a short summary of the problem',
    input: { count: true },
  },
  description: {
    id: 'description',
    label: 'Description',
    hint: 'What happened, what you expected, and since when. Do not include passwords.',
    path: 'description',
    optional: false,
    length: TEXT_LIMITS.description,
    missing: 'Describe what is wrong',
    input: { multiline: true, count: true },
  },
  topic: {
    id: 'topic',
    label: 'Topic',
    question: 'Which topic is closest to your problem?',
    path: 'topic',
    optional: true,
  },
  priority: {
    id: 'priority',
    label: 'Priority',
    question: 'How urgent is it?',
    hint: 'Choose the level that matches the effect on your declarations today.',
    path: 'priority',
    optional: false,
    missing: 'Select how urgent it is',
  },
  reference: {
    id: 'reference',
    label: 'MRN or LRN',
    hint: 'An MRN has 18 characters, like 24BE000000123456A7. An LRN is your own reference, up to 35 characters.',
    path: 'declaration.reference',
    optional: true,
    length: { min: 1, max: LRN_MAX_LENGTH },
    input: { spellcheck: false },
  },
  customsSystem: {
    id: 'customs-system',
    label: 'Customs system',
    hint: 'For example PLDA, DMS, CDS, AES or NCTS',
    path: 'declaration.customsSystem',
    optional: true,
    length: TEXT_LIMITS.customsSystem,
  },
  country: {
    id: 'country',
    label: 'Country',
    hint: 'The two-letter country code, for example BE',
    path: 'declaration.country',
    optional: true,
    capitals: true,
    input: { spellcheck: false, size: 4 },
  },
  name: {
    id: 'name',
    label: 'Full name',
    path: 'customer.name',
    optional: false,
    length: TEXT_LIMITS.name,
    missing: 'Enter your full name',
    input: { autocomplete: 'name', spellcheck: false },
  },
  email: {
    id: 'email',
    label: 'E-mail address',
    hint: 'We send our answer here.',
    path: 'customer.email',
    optional: false,
    length: { min: 1, max: EMAIL_MAX_LENGTH },
    missing: 'Enter your e-mail address',
    input: { type: 'email', autocomplete: 'email', spellcheck: false },
  },
  company: {
    id: 'company',
    label: 'Company',
    path: 'customer.company',
    optional: false,
    length: TEXT_LIMITS.company,
    missing: 'Enter the name of your company',
    input: { autocomplete: 'organization' },
  },
  customerId: {
    id: 'customer-id',
    label: 'Customer number',
    hint: 'On your invoice or contract, if you have it to hand.',
    path: 'customer.customerId',
    optional: true,
    length: TEXT_LIMITS.customerId,
    input: { spellcheck: false },
  },
} as const satisfies Record<string, TicketField>;

/** The name of an answer: the key of `TICKET_FIELDS`, the wizard's answer and the form control's name. */
export type TicketFieldName = keyof typeof TICKET_FIELDS;

export const TICKET_FIELD_NAMES = Object.keys(TICKET_FIELDS) as TicketFieldName[];

/** An answer as the ticket carries it: trimmed, in capitals where the field asks; undefined when blank. */
export function ticketValue(name: TicketFieldName, value: string): string | undefined {
  const field: TicketField = TICKET_FIELDS[name];
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return field.capitals ? trimmed.toUpperCase() : trimmed;
}

/** The field a ticket.v1 path belongs to, e.g. `customer.email` → the e-mail address. */
export function fieldNameForPath(path: string): TicketFieldName | undefined {
  return TICKET_FIELD_NAMES.find((name) => TICKET_FIELDS[name].path === path);
}

/**
 * What is wrong with a text answer's length, GOV.UK style (`Summary must be 5 characters or more`),
 * or undefined when it is fine. Blank is fine for an optional field.
 */
export function lengthProblem(name: TicketFieldName, value: string): string | undefined {
  const field: TicketField = TICKET_FIELDS[name];
  const length = value.trim().length;
  if (length === 0)
    return field.optional ? undefined : (field.missing ?? `Enter ${field.label.toLowerCase()}`);
  if (!field.length) return undefined;
  if (length < field.length.min) return `${field.label} must be ${field.length.min} characters or more`;
  if (length > field.length.max) return `${field.label} must be ${field.length.max} characters or fewer`;
  return undefined;
}

/** The no-JavaScript form's bot trap: a field people never see. A post that fills it is answered but not stored. */
export const HONEYPOT_FIELD = 'website';

/** The form's value for "I don't know the topic"; the ticket says `topic: null`. */
export const NO_TOPIC = 'none';

/**
 * The part of a ticket that `values` fill, nested by each field's path (`customer.email`), each
 * value as `ticketValue` gives it; blank answers are left out, so blank optional fields are absent.
 */
export function ticketFieldsFrom(values: Partial<Record<TicketFieldName, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of TICKET_FIELD_NAMES) {
    const raw = values[name];
    const value = raw === undefined ? undefined : ticketValue(name, raw);
    if (value === undefined) continue;
    const [head, tail] = TICKET_FIELDS[name].path.split('.') as [string, string | undefined];
    if (tail === undefined) out[head] = value;
    else ((out[head] ??= {}) as Record<string, unknown>)[tail] = value;
  }
  return out;
}
