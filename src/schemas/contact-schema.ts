import { z } from 'astro/zod';
import { text } from './shared.ts';

/** One entry of `content/contacts.yaml`: a team customers can write to. The `support` entry is required. */
export function contactSchema() {
  return z.strictObject({
    /** The team as customers know it, e.g. `CAS support`. */
    name: text('the team name'),
    /** The team's address, e.g. `support@example.com`. */
    email: z.email({ error: 'expected an e-mail address' }),
  });
}
