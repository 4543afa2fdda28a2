import { z } from 'astro/zod';
import { text } from './shared.ts';

/** One entry of `content/documents.yaml`: a service description the catalogue's facts come from. */
export function documentSchema() {
  return z.strictObject({
    /** The document as a customer would name it, e.g. `Premium Support service description`. */
    title: text('the document title'),
    /** The file the facts were read from; `sources` in tiers and topics name it. */
    file: text('the file name').regex(/^\d{3}_[0-9a-f]+\.txt$/, {
      error: 'expected a file name like 001_4d65b156c2861df0.txt',
    }),
  });
}
