import { z } from 'astro/zod';
import { text } from './shared.ts';

/** An entry of `content/everyday.yaml`: the most common words of one language. */
export function everydaySchema() {
  return z.strictObject({
    /** Everyday words in their base form, one word each: `table`, `call`, `train`. */
    words: z.array(text('a word')).min(1, { error: 'list at least one word' }),
  });
}
