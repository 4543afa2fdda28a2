/**
 * The ticket payload: what the wizard posts to the webhook and the receiver accepts, and nothing
 * else. Two versions: ticket.v1 as first published, and ticket.v2, which the wizard sends, adding
 * what v1 cannot say: whether the customer confirmed their tier, and the `tier_unconfirmed`
 * verdict, and the files attached (`attachments`). One zod schema each; their JSON Schemas are published at `/schemas/ticket.v1.json` and
 * `/schemas/ticket.v2.json`. Text is kept as text: nothing is stripped or escaped here, whoever
 * renders it escapes it.
 */
import { z } from 'zod';
import { TIER_IDS } from './catalogue.ts';
import { MAX_ATTACHMENTS } from './attachments.ts';
import { V1_VERDICTS, VERDICTS } from './coverage.ts';
import { LRN_MAX_LENGTH, mrnProblem } from './customs-reference.ts';
import { describeValue } from './describe-value.ts';
import { plainTextProblem } from './plain-text.ts';
import { PRIORITIES } from './priority.ts';
import { QUEUES } from './queue.ts';
import { isTimeZone } from './time-zone.ts';
import { COUNTRY_CODE, EMAIL_MAX_LENGTH, TEXT_LIMITS, type LimitedField } from './ticket-limits.ts';

export { ticketReference } from './ticket-reference.ts';

/** The versions the receiver accepts, oldest first. */
export const TICKET_SCHEMA_IDS = ['ticket.v1', 'ticket.v2'] as const;
export type TicketSchemaId = (typeof TICKET_SCHEMA_IDS)[number];

/** The first version, still accepted as published. */
export const TICKET_SCHEMA_ID: TicketSchemaId = 'ticket.v1';

/** A file's token: the UUID the browser chose as its upload's `Idempotency-Key`, or the receiver's. */
export const attachmentToken = z
  .uuid({ error: 'expected an attachment token (a UUID) from POST /api/attachments' })
  .toLowerCase();

const schemaNames = TICKET_SCHEMA_IDS.map((id) => `"${id}"`).join(' or ');

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

/** Everything but the schema's name and the verdict, which decides whether `upsellTier` is there. */
const ticketFields = {
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

const upsellTier = tierId.describe('The lowest-ranked tier that covers the topic.');

/** The verdicts other than those that bring a field of their own. */
function plainVerdicts<const V extends readonly string[]>(verdicts: V) {
  const plain = verdicts.filter((v) => v !== 'upsell' && v !== 'tier_unconfirmed');
  return z.enum(plain as [Exclude<V[number], 'upsell' | 'tier_unconfirmed'>]);
}

function unionOptions(id: TicketSchemaId, verdicts: readonly string[]) {
  return {
    error: (issue: z.core.$ZodIssue | { code: string; input?: unknown }) => {
      // The union reports a non-object input itself, though its issue type does not say so.
      if (issue.code === 'invalid_type') return `expected a ${id} object`;
      if (issue.code === 'invalid_union') return `expected one of ${verdicts.join(', ')}`;
      return undefined;
    },
  };
}

const v1Fields = { schema: z.literal('ticket.v1', { error: `expected ${schemaNames}` }), ...ticketFields };

export const ticketV1Schema = z
  .discriminatedUnion(
    'verdict',
    [
      z.strictObject({ ...v1Fields, verdict: z.literal('upsell'), upsellTier }),
      z.strictObject({ ...v1Fields, verdict: plainVerdicts(V1_VERDICTS) }),
    ],
    unionOptions('ticket.v1', V1_VERDICTS),
  )
  .meta({
    title: 'ticket.v1',
    description:
      'A support ticket raised through the CAS support catalogue. Unknown fields are refused; ' +
      '`upsellTier` is present exactly when `verdict` is `upsell`.',
  });

const v2Fields = {
  schema: z.literal('ticket.v2', { error: `expected ${schemaNames}` }),
  ...ticketFields,
  tier: tierId.describe(
    "The customer's support tier, or, when they did not know it, the entry tier whose targets apply until support checks.",
  ),
  tierConfirmed: z
    .boolean({ error: (issue) => (issue.input === undefined ? 'required' : 'expected true or false') })
    .describe('False when the customer did not know their tier: support checks the contract.'),
  attachments: z
    .array(attachmentToken)
    .max(MAX_ATTACHMENTS, { error: `attach at most ${MAX_ATTACHMENTS} files` })
    .refine((tokens) => new Set(tokens).size === tokens.length, { error: 'a file is listed twice' })
    .optional()
    .describe('Files uploaded before the ticket (`POST /api/attachments`), by the tokens the receiver gave.'),
};

export const ticketV2Schema = z
  .discriminatedUnion(
    'verdict',
    [
      z.strictObject({ ...v2Fields, verdict: z.literal('upsell'), upsellTier }),
      z.strictObject({
        ...v2Fields,
        verdict: z.literal('tier_unconfirmed'),
        coveredBy: z
          .array(tierId)
          .min(1, { error: 'name at least one tier' })
          .max(TIER_IDS.length)
          .describe('The tiers that cover the topic; the customer did not know which one they have.'),
      }),
      z.strictObject({ ...v2Fields, verdict: plainVerdicts(VERDICTS) }),
    ],
    unionOptions('ticket.v2', VERDICTS),
  )
  .meta({
    title: 'ticket.v2',
    description:
      'A support ticket raised through the CAS support catalogue. Unknown fields are refused; ' +
      '`upsellTier` is present exactly when `verdict` is `upsell`, `coveredBy` exactly when it is ' +
      '`tier_unconfirmed` (the customer did not know their tier and it decides the verdict).',
  });

export type TicketV1 = z.infer<typeof ticketV1Schema>;
export type TicketV2 = z.infer<typeof ticketV2Schema>;
export type Ticket = TicketV1 | TicketV2;

/** The schema of a version. */
const SCHEMAS = { 'ticket.v1': ticketV1Schema, 'ticket.v2': ticketV2Schema } as const;

/** The version an input says it is; anything else is read as v1, whose errors then say what to send. */
function versionOf(input: unknown): TicketSchemaId {
  const named = (input as { schema?: unknown } | null)?.schema;
  return named === 'ticket.v2' ? 'ticket.v2' : 'ticket.v1';
}

/** One problem with a posted ticket: a dotted field path (`customer.email`) and what to fix. */
export interface TicketIssue {
  path: string;
  message: string;
}

export type TicketParseResult =
  | { ok: true; ticket: Ticket }
  /** `schema`: the version the input was read as, for the message that names it. */
  | { ok: false; schema: TicketSchemaId; issues: TicketIssue[] };

/** Validates anything (usually parsed JSON) as the ticket version it names, naming each bad field. */
export function parseTicket(input: unknown): TicketParseResult {
  const version = versionOf(input);
  const result = SCHEMAS[version].safeParse(input, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
  });
  if (result.success) return { ok: true, ticket: result.data };
  return {
    ok: false,
    schema: version,
    issues: result.error.issues.flatMap((issue) => toTicketIssues(issue, version)),
  };
}

/**
 * Fields only some verdicts carry, and the message when another verdict brings them. A Map, so a
 * sender's key such as `__proto__` or `constructor` is looked up as itself, not as an object's.
 */
const VERDICT_FIELDS = new Map([
  ['upsellTier', 'only allowed when the verdict is upsell'],
  ['coveredBy', 'only allowed when the verdict is tier_unconfirmed'],
]);

function toTicketIssues(issue: z.core.$ZodIssue, version: TicketSchemaId): TicketIssue[] {
  const at = issue.path.map(String).join('.');
  if (issue.code !== 'unrecognized_keys') return [{ path: at, message: issue.message }];
  return issue.keys.map((key) => ({
    path: at ? `${at}.${key}` : key,
    message:
      (at === '' && (key !== 'coveredBy' || version === 'ticket.v2') ? VERDICT_FIELDS.get(key) : undefined) ??
      `unknown field: ${version} has no "${key}" here`,
  }));
}

/**
 * The JSON Schema of a ticket version as a sender sees it, generated from the zod schema so the
 * two cannot drift. Pass the absolute URL it is published at as `id`, when known.
 */
export function ticketJsonSchema(
  options: { id?: string; version?: TicketSchemaId } = {},
): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[options.version ?? TICKET_SCHEMA_ID], {
    io: 'input',
    target: 'draft-2020-12',
  });
  return options.id ? { $id: options.id, ...schema } : schema;
}
