import { z } from 'astro/zod';
import { text } from './shared.ts';

/** One entry of `content/categories.yaml`: a heading that groups topics. */
export function categorySchema() {
  return z.strictObject({
    /** The heading shown above the category's topics. */
    title: text('the category title'),
    /** Position in lists and in the comparison matrix, lowest first. */
    order: z.number({ error: 'expected a number' }).int(),
    /** One sentence saying what belongs here. */
    description: text('a one-sentence description'),
  });
}
