/**
 * The answers the wizard asks for: every ticket field (`src/domain/ticket-fields.ts`, shared with
 * the no-JavaScript form and the receiver), the confirmation of a critical priority, which only
 * the wizard asks, the topic chooser's filter and the attached files.
 */
import { TICKET_FIELDS, type TicketField } from '../domain/ticket-fields.ts';

export type WizardField = Pick<TicketField, 'id' | 'label'> & Partial<TicketField>;

export const FIELDS = {
  ...TICKET_FIELDS,
  criticalConfirmed: { id: 'critical-confirmed', label: 'Business impact' },
  /** The files attached on the issue step (uploaded as they are chosen; the ticket names their tokens). */
  attachments: { id: 'attachments', label: 'Files' },
  /** The full list of topics under "Choose the topic yourself": its errors point at the filter. */
  topicChoice: { id: 'topic-filter', label: 'Topic' },
} as const satisfies Record<string, WizardField>;

export type FieldName = keyof typeof FIELDS;

/** A problem with one answer, shown at the field and in the error summary. */
export interface FieldError {
  field: FieldName;
  message: string;
}
