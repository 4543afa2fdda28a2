/**
 * The checks of each answer when the person presses Continue, with GOV.UK-style messages that say
 * what to do. Small functions instead of the ticket's zod schema, which would not fit the page's
 * script budget; the limits and the plain-text rule are the schema's (`ticket-fields.ts`, `plain-text.ts`), and the
 * webhook checks again. Only the first step's check comes with the page: the others arrive with
 * the later steps' views (`later-checks.ts`), which are on screen before their Continue can be
 * pressed.
 */
import { TICKET_FIELDS } from '../domain/ticket-fields.ts';
import type { Answers } from './answers.ts';
import type { FieldError, FieldName } from './fields.ts';

export type Check = (answers: Answers) => string | undefined;

/** Each answer's check; a step checks the answers it asks. */
const CHECKS: Partial<Record<FieldName, Check>> = {
  tier: (a) => (a.tier ? undefined : `${TICKET_FIELDS.tier.missing}, or I'm not sure`),
};

/** Adds the later steps' checks: called once, as their module loads. */
export function addChecks(more: Partial<Record<FieldName, Check>>): void {
  Object.assign(CHECKS, more);
}

/** The problems with `fields` in `answers`, in the order given. */
export function checkFields(fields: readonly FieldName[], answers: Answers): FieldError[] {
  return fields.flatMap((field) => {
    const message = CHECKS[field]?.(answers);
    return message ? [{ field, message }] : [];
  });
}
