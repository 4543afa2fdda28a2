import { z } from 'astro/zod';
import { text } from './shared.ts';

/** A theme of `content/unrelated.yaml`: messages that are not about CAS support at all. */
export function unrelatedSchema() {
  return z.strictObject({
    /** Messages as people write them, in any of the four languages. Never a real support request. */
    examples: z.array(text('an example')).min(1, { error: 'give at least one example' }),
  });
}
