import { z } from 'astro/zod';
import { TIER_IDS } from '../domain/catalogue.ts';
import { VERDICTS } from '../domain/coverage.ts';
import { PRIORITIES } from '../domain/priority.ts';
import { QUEUES } from '../domain/queue.ts';
import { isRegionZone } from '../domain/time-zone.ts';
import { clockMinutes } from '../domain/clock-time.ts';
import { describe, oneOf, text } from './shared.ts';

/**
 * A strict object with exactly these keys, each required: a missing key says which one to add,
 * an extra key (usually a typo) lists the keys that are allowed.
 */
function everyKey<const K extends readonly [string, ...string[]], S extends z.ZodType>(
  keys: K,
  what: string,
  value: (key: K[number]) => S,
) {
  const shape = Object.fromEntries(keys.map((key) => [key, value(key)])) as { [P in K[number]]: S };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown ${what} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}: expected ${keys.join(', ')}`
        : issue.input === undefined
          ? `missing: add one entry per ${what} (${keys.join(', ')})`
          : `expected one entry per ${what} (${keys.join(', ')}), got ${JSON.stringify(issue.input)}`,
  });
}

/** A positive whole number of business minutes; `where` names the cell for the message. */
function businessMinutes(where: string) {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `missing: give the ${where} target in business minutes, e.g. 240 for 4 hours`
          : `expected the ${where} target as a whole number of business minutes (240 for 4 hours), got ${JSON.stringify(issue.input)}`,
    })
    .int({ error: `the ${where} target must be whole minutes, e.g. 90 for 1 h 30` })
    .positive({ error: `the ${where} target must be more than 0 minutes` });
}

/** Where one verdict sends the ticket. */
function routeSchema(verdict: string) {
  return z.strictObject(
    {
      /** The team that answers: support, sales or advice. */
      queue: oneOf(QUEUES),
      /** Business minutes to first response, or `tier` to use the tier and priority's target from `targets`. */
      minutes: z.union([z.literal('tier'), businessMinutes(`${verdict} route`)], {
        error: (issue) =>
          `expected "tier" or a whole number of business minutes for the ${verdict} route, got ${JSON.stringify(issue.input)}`,
      }),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? `missing: add the ${verdict} route as { queue, minutes }`
          : `expected { queue, minutes } for the ${verdict} route, got ${JSON.stringify(issue.input)}`,
    },
  );
}

/** What a priority means, for the wizard's priority picker and the tier pages. */
function priorityInfoSchema(priority: string) {
  return z.strictObject(
    {
      /** The name shown to customers, e.g. `Critical`. */
      label: text(`the ${priority} label`),
      /** When to choose this priority, in a sentence or two. */
      definition: text(`the ${priority} definition`),
      /** Two to four customs situations that belong at this priority. */
      examples: z
        .array(text(`a ${priority} example`), { error: `expected a list of ${priority} examples` })
        .min(2, { error: `give at least 2 examples for ${priority}` })
        .max(4, { error: `give at most 4 examples for ${priority}; move the rest to the definition` }),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? `missing: add the ${priority} priority with label, definition and examples`
          : `expected { label, definition, examples } for ${priority}, got ${JSON.stringify(issue.input)}`,
    },
  );
}

/** The message for a misspelt or misplaced key at the top of an entry. */
function unknownKeys(allowed: string) {
  return (issue: { code?: string; keys?: string[]; input?: unknown }) =>
    issue.code === 'unrecognized_keys'
      ? `unknown key ${(issue.keys ?? []).map((key) => JSON.stringify(key)).join(', ')}: expected ${allowed}`
      : `expected ${allowed}, got ${JSON.stringify(issue.input)}`;
}

/** The `policy` entry of `content/sla.yaml`: first-response targets, routing and priorities. */
export function slaPolicySchema() {
  return z.strictObject(
    {
      /** Tells readers these are the catalogue's defaults and that the customer's contract SLA prevails. */
      note: text('the note'),
      /** First-response targets in business minutes (8 hours = 480 = one business day), for every tier and priority. */
      targets: everyKey(TIER_IDS, 'tier', (tier) =>
        everyKey(PRIORITIES, `priority for ${tier}`, (priority) => businessMinutes(`${tier} ${priority}`)),
      ),
      /** For each verdict (covered, upsell, out_of_scope, unknown): which queue answers and how fast. */
      routing: everyKey(VERDICTS, 'verdict', (verdict) => routeSchema(verdict)),
      /** Label, definition and examples of each priority. */
      priorities: everyKey(PRIORITIES, 'priority', (priority) => priorityInfoSchema(priority)),
    },
    { error: unknownKeys('note, targets, routing, priorities') },
  );
}

/**
 * A calendar date, `YYYY-MM-DD`, that exists. YAML reads an unquoted date as a date object
 * (UTC midnight); that is accepted too and turned back into the same text.
 */
function isoDate(what: string) {
  const message = (input: unknown) =>
    `expected ${what} as YYYY-MM-DD in quotes, e.g. '2026-12-24', got ${describe(input)}`;
  return z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
    z.string({ error: (issue) => message(issue.input) }).refine(
      (value) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        if (!match) return false;
        const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
        return date.toISOString().slice(0, 10) === value;
      },
      { error: (issue) => message(issue.input) },
    ),
  );
}

/** A local time of day, `HH:mm`. */
function clockTime(what: string) {
  return z
    .string({
      error: (issue) => `expected ${what} as HH:mm in quotes, e.g. '09:00', got ${describe(issue.input)}`,
    })
    .refine((value) => clockMinutes(value) !== undefined, {
      error: (issue) =>
        `expected ${what} as HH:mm in quotes, e.g. '09:00', got ${JSON.stringify(issue.input)}`,
    });
}

/** A whole day the desk is closed: an extra closure day, or a public holiday the build adds. */
export function dayOffSchema() {
  return z.strictObject({
    /** The local date, quoted: `'2026-12-24'`. */
    date: isoDate('the closure date'),
    /** Why the desk is closed, shown in SLA explanations, e.g. `Christmas Eve`. */
    name: text('the closure name'),
  });
}

/** A public holiday as the build's holiday loader gives it: a day off whose id is its date. */
export function holidaySchema() {
  return dayOffSchema().extend({ id: isoDate('the holiday date') });
}

/**
 * An entry of `content/calendar.yaml`: the desk's zone and hours. Public holidays are not listed
 * here; the build computes them and adds them to the calendar (see `src/loaders/holidays.ts`).
 */
export function calendarSchema() {
  return z
    .strictObject(
      {
        /** The IANA time zone the hours are in, e.g. `Europe/Brussels`. */
        zone: text('the time zone').refine(isRegionZone, {
          error: (issue) =>
            `expected an IANA time zone such as Europe/Brussels, got ${JSON.stringify(issue.input)}`,
        }),
        /** ISO weekdays the desk is open: 1 is Monday … 7 is Sunday. */
        days: z
          .array(
            z
              .number({
                error: (issue) =>
                  `expected a weekday number from 1 (Monday) to 7 (Sunday), got ${JSON.stringify(issue.input)}`,
              })
              .int({ error: 'expected a weekday number from 1 (Monday) to 7 (Sunday)' })
              .min(1, { error: 'expected a weekday number from 1 (Monday) to 7 (Sunday)' })
              .max(7, { error: 'expected a weekday number from 1 (Monday) to 7 (Sunday)' }),
            { error: 'expected a list of weekday numbers, e.g. [1, 2, 3, 4, 5] for Monday to Friday' },
          )
          .min(1, { error: 'list at least one open weekday, e.g. [1, 2, 3, 4, 5] for Monday to Friday' })
          .refine((days) => new Set(days).size === days.length, { error: 'list each weekday once' }),
        /** Local opening time, quoted: `'09:00'`. */
        opens: clockTime('the opening time'),
        /** Local closing time, quoted: `'17:00'`. Later than `opens`. */
        closes: clockTime('the closing time'),
        /** Where public holidays come from, in a sentence for maintainers. */
        holidaySource: text('the holiday source'),
        /** Extra closure days on top of public holidays, e.g. `{ date: '2026-12-24', name: Christmas Eve }`. */
        closures: z
          .array(dayOffSchema(), { error: 'expected a list of { date, name }, or [] for none' })
          .default([])
          .refine((days) => new Set(days.map((day) => day.date)).size === days.length, {
            error: 'list each closure date once',
          }),
      },
      { error: unknownKeys('zone, days, opens, closes, holidaySource, closures') },
    )
    .refine((calendar) => calendar.opens < calendar.closes, {
      path: ['closes'],
      error: (issue) => {
        const input = issue.input as { opens?: unknown; closes?: unknown };
        return `closes (${String(input.closes)}) must be later than opens (${String(input.opens)}) on the same day`;
      },
    });
}
