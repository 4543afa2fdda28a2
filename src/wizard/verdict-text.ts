/** The verdict in words for the check page and the verdict step's button; the team follows the policy's routing. */
import { findTier } from '../domain/catalogue.ts';
import { listInWords } from '../domain/list-in-words.ts';
import { queueFor } from '../domain/queue.ts';
import type { Decision } from './decide.ts';
import { QUEUE_TEXT } from './queue-text.ts';
import type { WizardData } from './wizard-data.ts';

/** `Not covered by Basic Support but by Premium Support: sent to sales as a question`. */
export function verdictText(data: WizardData, { tier, verdict }: Decision): string {
  const sentAs = QUEUE_TEXT[queueFor(verdict.verdict, data.policy)].sentAs;
  switch (verdict.verdict) {
    case 'covered':
      return `Covered by ${tier.name}`;
    case 'upsell': {
      const name = findTier(data.catalogue, verdict.upsellTier)?.name ?? verdict.upsellTier;
      return verdict.topic === null
        ? `A question about upgrading to ${name}: ${sentAs}`
        : `Not covered by ${tier.name} but by ${name}: ${sentAs}`;
    }
    case 'out_of_scope':
      return `Not covered by any support tier: ${sentAs}`;
    case 'unknown':
      return 'No topic chosen: support reads it first';
    case 'tier_unconfirmed':
      return `${coveredByText(data, verdict.coveredBy)}; support checks your tier first`;
  }
}

/** `Covered if you have Premium Support, Active Support or Premium Plus Support`. */
export function coveredByText(data: WizardData, tiers: readonly string[]): string {
  const names = tiers.map((id) => findTier(data.catalogue, id)?.name ?? id);
  return `Covered if you have ${listInWords(names, 'or')}`;
}
