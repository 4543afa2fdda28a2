import { z } from 'astro/zod';

/**
 * Zod message for an enum, written for the person editing the file:
 * `expected one of included, proactive, … got "yes"`.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `expected one of ${values.join(', ')}, got ${JSON.stringify(issue.input)}`,
  });
}

/** A non-empty line of text, trimmed. */
export function text(what: string) {
  return z
    .string({ error: (issue) => `expected ${what} as text, got ${describe(issue.input)}` })
    .trim()
    .min(1, { error: `${what} must not be empty` });
}

/** Where a fact comes from: one of the service descriptions and a section in it. */
export function sourceSchema() {
  return z.strictObject({
    /** The service description's file, as listed in `content/documents.yaml`, e.g. `001_4d65b156c2861df0.txt`. */
    seed: text('the seed file name').regex(/^\d{3}_[0-9a-f]+\.txt$/, {
      error: 'expected a seed file name like 001_4d65b156c2861df0.txt',
    }),
    /** The section heading the fact comes from, e.g. `What is not included`. */
    section: text('the section heading'),
  });
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value);
}
