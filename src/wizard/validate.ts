/**
 * The checks of each answer when the person presses Continue, with GOV.UK-style messages that say
 * what to do. Small functions instead of the ticket's zod schema, which would not fit the page's
 * script budget; the limits are the schema's (`ticket-fields.ts`), and the webhook checks again.
 */
import { mrnProblem } from '../domain/customs-reference.ts';
import { lengthProblem, type TicketFieldName } from '../domain/ticket-fields.ts';
import { COUNTRY_CODE, EMAIL_MAX_LENGTH } from '../domain/ticket-limits.ts';
import type { Answers } from './answers.ts';
import type { FieldError, FieldName } from './fields.ts';

/** The shape ticket.v1 accepts for an e-mail address (zod's `email()` pattern). */
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

type Check = (answers: Answers) => string | undefined;

/** Text answers: required, minimum and maximum length, from the field's definition. */
const length =
  (name: TicketFieldName & keyof Answers): Check =>
  (answers) =>
    lengthProblem(name, String(answers[name]));

/** Each answer's check; a step checks the answers it asks. */
const CHECKS: Partial<Record<FieldName, Check>> = {
  tier: (a) => (a.tier ? undefined : "Select your support tier, or I'm not sure"),
  summary: length('summary'),
  description: length('description'),
  priority: (a) => (a.priority ? undefined : 'Select how urgent it is'),
  criticalConfirmed: (a) =>
    a.priority === 'critical' && !a.criticalConfirmed
      ? 'Confirm the business impact, or choose a lower priority'
      : undefined,
  reference: (a) => {
    const tooLong = lengthProblem('reference', a.reference);
    if (tooLong) return tooLong;
    const problem = mrnProblem(a.reference.trim());
    return problem && `Enter a valid MRN or LRN: this ${problem}`;
  },
  customsSystem: length('customsSystem'),
  country: (a) =>
    a.country.trim() && !COUNTRY_CODE.test(a.country.trim().toUpperCase())
      ? 'Enter the country as a two-letter code, like BE'
      : undefined,
  name: length('name'),
  email: (a) => {
    const email = a.email.trim();
    if (!email) return 'Enter your e-mail address';
    return email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email)
      ? 'Enter an e-mail address in the correct format, like name@example.com'
      : undefined;
  },
  company: length('company'),
  customerId: length('customerId'),
};

/** The problems with `fields` in `answers`, in the order given. */
export function checkFields(fields: readonly FieldName[], answers: Answers): FieldError[] {
  return fields.flatMap((field) => {
    const message = CHECKS[field]?.(answers);
    return message ? [{ field, message }] : [];
  });
}
