/** One line saying what the verdict means for the ticket, for the check page and the confirmation. */
import { findTier } from '../domain/catalogue.ts';
import type { Decision } from './decide.ts';
import type { WizardData } from './wizard-data.ts';

export function verdictText(data: WizardData, { tier, verdict }: Decision): string {
  switch (verdict.verdict) {
    case 'covered':
      return `Covered by ${tier.name}`;
    case 'upsell':
      return `Not covered by ${tier.name} but by ${findTier(data.catalogue, verdict.upsellTier)?.name ?? verdict.upsellTier}: sent to sales as a question`;
    case 'out_of_scope':
      return 'Not covered by any support tier: sent for advice on where to go';
    case 'unknown':
      return 'No topic chosen: support reads it first';
  }
}

/** Who answers, by the queue the SLA routed the ticket to. */
export const QUEUE_NAMES: Record<string, string> = {
  support: 'Support',
  sales: 'Sales',
  advice: 'Advice',
};
