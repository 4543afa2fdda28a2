import { z } from 'astro/zod';
import { text } from './shared.ts';

/** An entry of `content/cues.yaml`: `aside` or `focus`, with the phrases that mark such a sentence. */
export function cueSchema() {
  return z.strictObject({
    /** Phrases as people write them, in any of the four languages, e.g. `by the way`, `het echte probleem`. */
    phrases: z.array(text('a phrase')).min(1, { error: 'list at least one phrase' }),
  });
}
