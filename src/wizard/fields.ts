/**
 * Every answer the wizard asks for: the input's id, its label, the step that asks it and the
 * ticket.v1 field it fills. The check page, the error summary and a webhook's "fix this" answer
 * all find a field here.
 */
import type { StepId } from './steps.ts';

export interface FieldInfo {
  /** The id of the input (for radios: of the first option), the target of error links. */
  id: string;
  label: string;
  step: StepId;
  /** The ticket.v1 path, e.g. `customer.email`. */
  path?: string;
}

export const FIELDS = {
  tier: { id: 'tier', label: 'Support tier', step: 'tier', path: 'tier' },
  summary: { id: 'summary', label: 'Summary', step: 'issue', path: 'summary' },
  description: { id: 'description', label: 'Description', step: 'issue', path: 'description' },
  topic: { id: 'topic', label: 'Topic', step: 'issue', path: 'topic' },
  priority: { id: 'priority', label: 'Priority', step: 'priority', path: 'priority' },
  criticalConfirmed: { id: 'critical-confirmed', label: 'Business impact', step: 'priority' },
  reference: { id: 'reference', label: 'MRN or LRN', step: 'declaration', path: 'declaration.reference' },
  customsSystem: {
    id: 'customs-system',
    label: 'Customs system',
    step: 'declaration',
    path: 'declaration.customsSystem',
  },
  country: { id: 'country', label: 'Country', step: 'declaration', path: 'declaration.country' },
  name: { id: 'name', label: 'Full name', step: 'contact', path: 'customer.name' },
  email: { id: 'email', label: 'E-mail address', step: 'contact', path: 'customer.email' },
  company: { id: 'company', label: 'Company', step: 'contact', path: 'customer.company' },
  customerId: { id: 'customer-id', label: 'Customer number', step: 'contact', path: 'customer.customerId' },
} as const satisfies Record<string, FieldInfo>;

export type FieldName = keyof typeof FIELDS;

/** The field a ticket.v1 path belongs to, e.g. `customer.email` → the e-mail address. */
export function fieldForPath(path: string): FieldInfo | undefined {
  return Object.values(FIELDS).find((field: FieldInfo) => field.path === path);
}

/** A problem with one answer, shown at the field and in the error summary. */
export interface FieldError {
  field: FieldName;
  message: string;
}
