/**
 * The ticket.v1 payload: what the wizard posts to the webhook and the receiver accepts, and
 * nothing else. One zod schema; its JSON Schema is published at `/schemas/ticket.v1.json`.
 * Text is kept as text: nothing is stripped or escaped here, whoever renders it escapes it.
 */
import { z } from 'zod';
import { TIER_IDS } from './catalogue.ts';
import { VERDICTS } from './coverage.ts';
import { LRN_MAX_LENGTH, mrnProblem } from './customs-reference.ts';
import { describeValue } from './describe-value.ts';
import { plainTextProblem } from './plain-text.ts';
import { PRIORITIES } from './priority.ts';
import { QUEUES } from './queue.ts';
import { isTimeZone } from './time-zone.ts';
import { COUNTRY_CODE, EMAIL_MAX_LENGTH, TEXT_LIMITS, type LimitedField } from './ticket-limits.ts';

export { ticketReference } from './ticket-reference.ts';

export const TICKET_SCHEMA_ID = 'ticket.v1';

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? 'required'
        : `expected one of ${values.join(', ')}, got ${describeValue(issue.input)}`,
  });
}

/** Refuses text that is not plain (see `plain-text.ts`) before any other check, naming what is wrong. */
function plain(schema: z.ZodString) {
  return schema.refine((value) => plainTextProblem(value) === undefined, {
    error: (issue) => plainTextProblem(String(issue.input)),
    abort: true,
  });
}

/** Trimmed text within the field's limits (see `ticket-limits.ts`). */
function text(field: LimitedField) {
  const { min, max } = TEXT_LIMITS[field];
  return plain(z.string().trim())
    .min(min, { error: min === 1 ? 'must not be empty' : `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` });
}

/** A date and time with its UTC offset (`Z` or `+01:00`), so it names one instant. */
function instant() {
  return z.iso.datetime({
    offset: true,
    error: 'expected an ISO 8601 date and time with an offset, e.g. 2026-03-27T16:30:00+01:00',
  });
}

const tierId = oneOf(TIER_IDS);

const customerSchema = z
  .strictObject({
    name: text('name').describe('The person raising the ticket.'),
    email: z
      .string()
      .trim()
      .max(EMAIL_MAX_LENGTH, { error: `must be at most ${EMAIL_MAX_LENGTH} characters` })
      .check(z.email({ error: 'expected an e-mail address like name@example.com' }))
      .describe('Where support answers.'),
    company: text('company').describe('The customer company.'),
    customerId: text('customerId').optional().describe('The customer number, when known.'),
  })
  .describe('Who to answer.');

const declarationSchema = z
  .strictObject({
    reference: plain(z.string().trim())
      .min(1, { error: 'must not be empty' })
      .max(LRN_MAX_LENGTH, { error: `expected an MRN or an LRN of at most ${LRN_MAX_LENGTH} characters` })
      .superRefine((reference, ctx) => {
        const problem = mrnProblem(reference);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .describe(
        'An MRN (18 characters: year, country, 12 letters or digits, procedure letter, check character) ' +
          'or an LRN (free text, at most 35 characters).',
      ),
    customsSystem: text('customsSystem')
      .optional()
      .describe('The customs system involved, e.g. PLDA, DMS, CDS, AES, NCTS.'),
    country: z
      .string()
      .trim()
      .regex(COUNTRY_CODE, { error: 'expected a two-letter ISO country code in capitals, e.g. BE' })
      .optional()
      .describe('ISO 3166-1 alpha-2 code of the country of the declaration.'),
  })
  .describe('The declaration the ticket is about, when there is one.');

const slaSchema = z
  .strictObject({
    queue: oneOf(QUEUES),
    targetMinutes: z
      .int({ error: 'expected a whole number of business minutes' })
      .positive({ error: 'must be more than 0' })
      .max(100_000, { error: 'must be at most 100000' })
      .describe('The first-response target in business minutes (8 hours = one business day).'),
    firstResponseDue: instant().describe('When the first response is due, as computed by the sender.'),
    timezone: z
      .string()
      .trim()
      .refine(isTimeZone, { error: 'expected an IANA time zone, e.g. Europe/Brussels' })
      .describe('The zone of the business calendar the target is counted in.'),
  })
  .describe('The first-response commitment shown to the customer. The receiver recomputes it.');

const sourceSchema = z
  .strictObject({
    page: plain(z.string().trim())
      .max(300, { error: 'must be at most 300 characters' })
      .regex(/^\//, { error: 'expected a path on the site, e.g. /support/new/' })
      .describe('The page the ticket was raised from.'),
  })
  .describe('Where the ticket was raised.');

/** Everything but the verdict, which decides whether `upsellTier` is there. */
const ticketFields = {
  schema: z.literal(TICKET_SCHEMA_ID, { error: `expected "${TICKET_SCHEMA_ID}"` }),
  id: z
    .uuid({ error: 'expected a UUID' })
    .toLowerCase()
    .describe('Chosen by the sender and used as the idempotency key: the same id twice is one ticket.'),
  submittedAt: instant().describe("When the sender submitted the ticket, by the sender's clock."),
  tier: tierId.describe("The customer's support tier."),
  topic: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a topic id like release-not-received' })
    .max(80, { error: 'must be at most 80 characters' })
    .nullable()
    .describe('The catalogue topic, or null when none was chosen or matched.'),
  priority: oneOf(PRIORITIES),
  summary: text('summary').describe('A short summary, shown as plain text.'),
  description: text('description').describe('What is wrong, shown as plain text.'),
  customer: customerSchema,
  declaration: declarationSchema.optional(),
  sla: slaSchema,
  source: sourceSchema.optional(),
};

const upsellTicketSchema = z.strictObject({
  ...ticketFields,
  verdict: z.literal('upsell'),
  upsellTier: tierId.describe('The lowest-ranked tier that covers the topic.'),
});

const otherVerdicts = VERDICTS.filter((verdict) => verdict !== 'upsell') as [
  Exclude<(typeof VERDICTS)[number], 'upsell'>,
  ...Exclude<(typeof VERDICTS)[number], 'upsell'>[],
];

const otherTicketSchema = z.strictObject({ ...ticketFields, verdict: z.enum(otherVerdicts) });

export const ticketSchema = z
  .discriminatedUnion('verdict', [upsellTicketSchema, otherTicketSchema], {
    error: (issue) => {
      // The union reports a non-object input itself, though its issue type does not say so.
      if ((issue.code as string) === 'invalid_type') return `expected a ${TICKET_SCHEMA_ID} object`;
      if (issue.code === 'invalid_union') return `expected one of ${VERDICTS.join(', ')}`;
      return undefined;
    },
  })
  .meta({
    title: TICKET_SCHEMA_ID,
    description:
      'A support ticket raised through the CAS support catalogue. Unknown fields are refused; ' +
      '`upsellTier` is present exactly when `verdict` is `upsell`.',
  });

export type Ticket = z.infer<typeof ticketSchema>;

/** One problem with a posted ticket: a dotted field path (`customer.email`) and what to fix. */
export interface TicketIssue {
  path: string;
  message: string;
}

export type TicketParseResult = { ok: true; ticket: Ticket } | { ok: false; issues: TicketIssue[] };

/** Validates anything (usually parsed JSON) as ticket.v1, naming each bad field. */
export function parseTicket(input: unknown): TicketParseResult {
  const result = ticketSchema.safeParse(input, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
  });
  if (result.success) return { ok: true, ticket: result.data };
  return { ok: false, issues: result.error.issues.flatMap(toTicketIssues) };
}

function toTicketIssues(issue: z.core.$ZodIssue): TicketIssue[] {
  const at = issue.path.map(String).join('.');
  if (issue.code !== 'unrecognized_keys') return [{ path: at, message: issue.message }];
  return issue.keys.map((key) => ({
    path: at ? `${at}.${key}` : key,
    message:
      at === '' && key === 'upsellTier'
        ? 'only allowed when the verdict is upsell'
        : `unknown field: ${TICKET_SCHEMA_ID} has no "${key}" here`,
  }));
}

/**
 * The JSON Schema of ticket.v1 as a sender sees it, generated from the zod schema so the two
 * cannot drift. Pass the absolute URL it is published at as `id`, when known.
 */
export function ticketJsonSchema(options: { id?: string } = {}): Record<string, unknown> {
  const schema = z.toJSONSchema(ticketSchema, { io: 'input', target: 'draft-2020-12' });
  return options.id ? { $id: options.id, ...schema } : schema;
}
