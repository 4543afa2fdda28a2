/**
 * Checks one step's answers when the person presses Continue, with GOV.UK-style messages that
 * say what to do. Small functions instead of the ticket's zod schema, which would not fit the
 * page's script budget; the limits are the schema's, and the webhook checks again anyway.
 */
import { LRN_MAX_LENGTH, mrnProblem } from '../domain/customs-reference.ts';
import { COUNTRY_CODE, EMAIL_MAX_LENGTH, TEXT_LIMITS, type LimitedField } from '../domain/ticket-limits.ts';
import type { Answers } from './answers.ts';
import type { FieldError, FieldName } from './fields.ts';
import type { StepId } from './steps.ts';

/** The shape ticket.v1 accepts for an e-mail address (zod's `email()` pattern). */
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** A required text within the ticket's limits for the field, once trimmed. */
function text(
  field: FieldName & LimitedField,
  value: string,
  what: string,
  empty: string,
): FieldError | undefined {
  const { min, max } = TEXT_LIMITS[field];
  const length = value.trim().length;
  if (length === 0) return { field, message: empty };
  if (length < min) return { field, message: `${what} must be ${min} characters or more` };
  if (length > max) return { field, message: `${what} must be ${max} characters or fewer` };
  return undefined;
}

function optional(field: FieldName & LimitedField, value: string, what: string): FieldError | undefined {
  const { max } = TEXT_LIMITS[field];
  return value.trim().length > max
    ? { field, message: `${what} must be ${max} characters or fewer` }
    : undefined;
}

export interface StepContext {
  /** Whether topics are on offer on the issue step (suggested or prefilled). */
  topicsOffered: boolean;
}

export function validateStep(step: StepId, a: Answers, context: StepContext): FieldError[] {
  const errors: (FieldError | undefined)[] = [];
  switch (step) {
    case 'tier':
      if (!a.tier) errors.push({ field: 'tier', message: "Select your support tier, or I'm not sure" });
      break;
    case 'issue':
      errors.push(text('summary', a.summary, 'Summary', 'Enter a short summary of the problem'));
      errors.push(text('description', a.description, 'Description', 'Describe what is wrong'));
      if (context.topicsOffered && a.topic === undefined) {
        errors.push({
          field: 'topic',
          message: 'Select the topic closest to your problem, or None of these',
        });
      }
      break;
    case 'priority':
      if (!a.priority) errors.push({ field: 'priority', message: 'Select how urgent it is' });
      else if (a.priority === 'critical' && !a.criticalConfirmed) {
        errors.push({
          field: 'criticalConfirmed',
          message: 'Confirm the business impact, or choose a lower priority',
        });
      }
      break;
    case 'declaration': {
      const reference = a.reference.trim();
      const problem = mrnProblem(reference);
      if (reference.length > LRN_MAX_LENGTH) {
        errors.push({
          field: 'reference',
          message: `MRN or LRN must be ${LRN_MAX_LENGTH} characters or fewer`,
        });
      } else if (problem)
        errors.push({ field: 'reference', message: `Enter a valid MRN or LRN: this ${problem}` });
      errors.push(optional('customsSystem', a.customsSystem, 'Customs system'));
      if (a.country.trim() && !COUNTRY_CODE.test(a.country.trim().toUpperCase())) {
        errors.push({ field: 'country', message: 'Enter the country as a two-letter code, like BE' });
      }
      break;
    }
    case 'contact':
      errors.push(text('name', a.name, 'Full name', 'Enter your full name'));
      if (!a.email.trim()) errors.push({ field: 'email', message: 'Enter your e-mail address' });
      else if (a.email.trim().length > EMAIL_MAX_LENGTH || !EMAIL.test(a.email.trim())) {
        errors.push({
          field: 'email',
          message: 'Enter an e-mail address in the correct format, like name@example.com',
        });
      }
      errors.push(text('company', a.company, 'Company', 'Enter the name of your company'));
      errors.push(optional('customerId', a.customerId, 'Customer number'));
      break;
  }
  return errors.filter((error): error is FieldError => error !== undefined);
}
