/** What every step's view receives from the wizard. */
import type { TopicMatch } from '../domain/matcher.ts';
import type { Ticket } from '../domain/ticket.ts';
import type { Answers } from './answers.ts';
import type { Decision } from './decide.ts';
import type { Delivery } from './delivery/deliver.ts';
import type { FieldName } from './fields.ts';
import type { WizardState } from './state.ts';
import type { WizardData } from './wizard-data.ts';

export interface StepViewProps {
  data: WizardData;
  state: WizardState;
  /** The verdict for the answers so far; every step after the first has one. */
  decision: Decision | undefined;
  /** The message for a field that failed the last Continue, if any. */
  errorOf: (field: FieldName) => string | undefined;
  update: (patch: Partial<Answers>) => void;
  suggest: (suggestions: TopicMatch[]) => void;
  /** Opens the step that asks `field`, returning to the check page afterwards. */
  change: (field: FieldName) => void;
  /** The true state of a sent ticket, and what can be done about one not sent. */
  delivery: {
    of: (id: string) => Delivery | undefined;
    durable: boolean;
    retry: (ticket: Ticket) => void;
  };
  /** Starts another ticket, keeping the tier and contact details. */
  newTicket: () => void;
}
