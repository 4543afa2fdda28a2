import { z } from 'astro/zod';
import { text } from './shared.ts';

/**
 * One entry of `content/lexicon.yaml`: words and phrases customers use interchangeably
 * (an abbreviation and its spelled-out form, British and American spellings, jargon and plain words).
 * The intake matcher treats every term of a group as the same thing.
 */
export function lexiconGroupSchema() {
  return z.strictObject({
    /** Two or more interchangeable terms, e.g. [HS code, commodity code, CN code, tariff code]. */
    terms: z.array(text('a term')).min(2, { error: 'a group needs at least two interchangeable terms' }),
  });
}
