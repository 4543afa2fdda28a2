import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { BASES, COVERAGE_LEVELS } from '../domain/catalogue.ts';
import { oneOf, sourceSchema, text } from './shared.ts';

/**
 * One tier's coverage of a topic. Write it in full, or as a bare level for a stated cell:
 * `basic: included` is short for `basic: { level: included, basis: stated }`.
 */
export function coverageCellSchema() {
  const full = z.strictObject({
    /** included, proactive, managed, guidance, on-request or not-included. */
    level: oneOf(COVERAGE_LEVELS),
    /** `stated` when a service description says so; `inferred` when it is our reading of a silence. */
    basis: oneOf(BASES).default('stated'),
    /** A short qualifier shown as a footnote in the matrix. */
    note: text('the note').max(200, { error: 'keep the note under 200 characters' }).optional(),
  });
  return z.union([oneOf(COVERAGE_LEVELS).transform((level) => ({ level, basis: 'stated' as const })), full], {
    error: (issue) =>
      `expected a level (${COVERAGE_LEVELS.join(', ')}) or { level, basis, note }, got ${JSON.stringify(issue.input)}`,
  });
}

/** A page on this site (`/support/new/`) or an absolute `https://` address. */
function link() {
  return z.union([z.string().regex(/^\/[^/]/), z.url({ protocol: /^https$/ })], {
    error: (issue) =>
      `expected a link to a page of this site (/support/new/) or an https:// address, got ${JSON.stringify(issue.input)}`,
  });
}

/** Where to go instead when no tier covers a topic: what, and a page to open or an address to write to. */
function alternativeSchema() {
  return z
    .strictObject({
      /** The service or action to turn to. */
      name: text('the alternative name'),
      /** What to do, in a sentence. */
      description: text('the alternative description'),
      /** A page about it, and what the link says: `{ url: https://…, text: The customs pages }`. */
      link: z
        .strictObject({
          /** On this site (`/support/new/?topic=…`) or elsewhere (`https://…`). */
          url: link(),
          /** The link's words, saying where it goes. */
          text: text('the link text'),
        })
        .optional(),
      /** An address to write to about it. */
      email: z.email({ error: 'expected an e-mail address' }).optional(),
    })
    .refine((alternative) => alternative.link !== undefined || alternative.email !== undefined, {
      error:
        'give a way on: add link: { url, text } (a page to open) or email (an address to write to), or both',
    });
}

/** A topic's names and phrasings in one language other than English, for the intake matcher. */
function wordingSchema() {
  return z.strictObject({
    /** Names customers give the topic in this language, jargon included. */
    aliases: z.array(text('an alias')).default([]),
    /** Things customers write about it in this language. */
    examples: z.array(text('an example')).default([]),
  });
}

/** Frontmatter of `content/topics/<id>.mdx`. The file name is the topic id. */
export function topicSchema() {
  return z.strictObject({
    /** The topic's name as customers would recognise it. */
    title: text('the title'),
    /** The id of an entry in `content/categories.yaml`. */
    category: reference('categories'),
    /** Position within its category, lowest first. */
    order: z.number().int().default(100),
    /** One line: what the topic is. */
    summary: text('a one-line summary'),
    /** Other names for the topic, including jargon and abbreviations. Unique across all topics. */
    aliases: z.array(text('an alias')).default([]),
    /** Things customers actually say about this topic; they feed search and the intake matcher. */
    examples: z.array(text('an example')).min(1, { error: 'give at least one example phrase' }),
    /**
     * Names a customer would recognise, shown on the page as "Also called". Not the matcher's
     * `aliases` (jargon, abbreviations and misspellings that help it, not readers); may be empty.
     */
    alsoCalled: z.array(text('a name')).default([]),
    /** Three ways a customer might put the problem, in their own words, shown as "You might describe it as…". */
    describedAs: z
      .array(text('a description'), { error: 'expected a list of three ways a customer might describe it' })
      .length(3, { error: 'give exactly three ways a customer might describe it' }),
    /**
     * The same in Dutch (`nl`), French (`fr`) and German (`de`): `aliases` and `examples` as
     * customers write them in that language. The pages stay in English; the matcher reads these.
     */
    languages: z
      .strictObject(
        { nl: wordingSchema().optional(), fr: wordingSchema().optional(), de: wordingSchema().optional() },
        { error: 'expected languages as nl, fr and de, each with aliases and examples' },
      )
      .optional(),
    /** Coverage for every tier, keyed by tier id. */
    coverage: z.record(z.string(), coverageCellSchema()),
    /** Where the facts come from. */
    sources: z.array(sourceSchema()).min(1, { error: 'name at least one source' }),
    /** Where to go instead when no tier covers the topic. Required then. */
    alternative: alternativeSchema().optional(),
    /** True when Basic asks customers to check their own system and data before raising this. */
    checkOwnSystemFirst: z.boolean().default(false),
  });
}
