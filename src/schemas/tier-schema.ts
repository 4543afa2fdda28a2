import { z } from 'astro/zod';
import { TIER_MODES } from '../domain/catalogue.ts';
import { oneOf, sourceSchema, text } from './shared.ts';

/** Frontmatter of `content/tiers/<id>.mdx`. The file name is the tier id. */
export function tierSchema() {
  return z.strictObject({
    /** The tier's full name, e.g. `Premium Support`. */
    name: text('the tier name'),
    /** 0 for the entry tier, one more for each tier that adds to the ones below. Unique. */
    rank: z.number({ error: 'expected a whole number from 0 to 3' }).int().min(0).max(3),
    /** One line for cards and link previews. */
    summary: text('a one-line summary'),
    /** How help starts: `reactive` (the customer opens a ticket), `proactive` (we watch and reach out) or `managed` (we act for you). */
    mode: oneOf(TIER_MODES),
    /** Short lines saying what this tier adds over the one ranked below it. */
    adds: z.array(text('an item')).default([]),
    /** The address customers write to. */
    contact: z.email({ error: 'expected an e-mail address' }),
    /** The service description this tier is taken from. */
    source: sourceSchema(),
    /** True when the full description is only available on request. */
    descriptionOnRequest: z.boolean().default(false),
  });
}
