/**
 * The verdict step's button, in a file of its own: the step table needs it with the page's first
 * script, while the verdict's other wording (`verdict-text.ts`, `queue-text.ts`) loads with the later steps.
 */
import { queueFor, type Queue } from '../domain/queue.ts';
import type { Decision } from './decide.ts';
import type { WizardData } from './wizard-data.ts';

/** The button when the tier does not cover it, by the team it goes to: `Send it anyway, as a question to sales`. */
const SEND_ANYWAY: Record<Queue, string> = {
  support: 'Send it anyway, to support',
  sales: 'Send it anyway, as a question to sales',
  advice: 'Send it anyway, for advice',
};

/** The verdict step's button: Continue, or sending it anyway to the team the verdict goes to. */
export function verdictSubmitLabel(data: WizardData, { verdict }: Decision): string {
  // Only a ticket its tier does not cover is sent "anyway"; a question about upgrading is what it was meant to be.
  const anyway =
    verdict.verdict === 'out_of_scope' || (verdict.verdict === 'upsell' && verdict.topic !== null);
  return anyway ? SEND_ANYWAY[queueFor(verdict.verdict, data.policy)] : 'Continue';
}
