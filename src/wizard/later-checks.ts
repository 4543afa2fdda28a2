/**
 * The checks of the answers asked after the first step, loaded with those steps' views
 * (`step-views.ts`) so the page's first script stays small; see `validate.ts`.
 */
import { mrnProblem } from '../domain/customs-reference.ts';
import { plainTextProblem } from '../domain/plain-text.ts';
import { lengthProblem, TICKET_FIELDS, type TicketFieldName } from '../domain/ticket-fields.ts';
import { COUNTRY_CODE, EMAIL_MAX_LENGTH } from '../domain/ticket-limits.ts';
import type { Answers } from './answers.ts';
import { addChecks, type Check } from './validate.ts';

/** The shape ticket.v1 accepts for an e-mail address (zod's `email()` pattern). */
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * What is wrong with a text answer: text that is not plain (the ticket schema's rule, so it is found
 * here rather than refused after sending), or its length from the field's definition.
 */
function textProblem(name: TicketFieldName, value: string): string | undefined {
  const notPlain = plainTextProblem(value);
  return notPlain ? `${TICKET_FIELDS[name].label} ${notPlain}` : lengthProblem(name, value);
}

const text =
  (name: TicketFieldName & keyof Answers): Check =>
  (answers) =>
    textProblem(name, String(answers[name]));

addChecks({
  summary: text('summary'),
  description: text('description'),
  priority: (a) => (a.priority ? undefined : TICKET_FIELDS.priority.missing),
  criticalConfirmed: (a) =>
    a.priority === 'critical' && !a.criticalConfirmed
      ? 'Confirm the business impact, or choose a lower priority'
      : undefined,
  reference: (a) => {
    const notText = textProblem('reference', a.reference);
    if (notText) return notText;
    const problem = mrnProblem(a.reference.trim());
    return problem && `Enter a valid MRN or LRN: this ${problem}`;
  },
  customsSystem: text('customsSystem'),
  country: (a) =>
    a.country.trim() && !COUNTRY_CODE.test(a.country.trim().toUpperCase())
      ? 'Enter the country as a two-letter code, like BE'
      : undefined,
  name: text('name'),
  email: (a) => {
    const email = a.email.trim();
    if (!email) return 'Enter your e-mail address';
    return email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email)
      ? 'Enter an e-mail address in the correct format, like name@example.com'
      : undefined;
  },
  company: text('company'),
  customerId: text('customerId'),
});
