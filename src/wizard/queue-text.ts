/**
 * How the wizard speaks of the team a ticket goes to. Which team answers a verdict is the SLA
 * policy's routing (`content/sla.yaml`, read by the domain's `queueFor`); only the words are here,
 * but for the verdict step's button (`verdict-label.ts`), which comes with the page's first script.
 */
import type { Queue } from '../domain/queue.ts';

interface Context {
  email: string;
  /** The customer's tier, by name. */
  tier: string;
  /** The tier that would cover it, by name, on an upsell. */
  upsell: string | undefined;
}

interface QueueText {
  /** The team, as the confirmation lists it: `Sales`. */
  name: string;
  /** The verdict step's note above that button. */
  sendNote: (upsell: string | undefined) => string;
  /** How the check page ends the verdict line: `sent to sales as a question`. */
  sentAs: string;
  /** What happens next, on the confirmation. */
  reply: (context: Context) => string;
}

export const QUEUE_TEXT: Record<Queue, QueueText> = {
  support: {
    name: 'Support',
    sendNote: () => 'You can still send it to our support team.',
    sentAs: 'sent to support',
    reply: ({ email }) =>
      `Support reads your ticket and replies by e-mail to ${email}, at the latest by the due time.`,
  },
  sales: {
    name: 'Sales',
    sendNote: (upsell) =>
      `You can still send it, as a question to our sales team. They answer about ${upsell ?? 'a higher tier'}; nothing changes to your contract unless you ask.`,
    sentAs: 'sent to sales as a question',
    reply: ({ email, tier, upsell }) =>
      `Our sales team answers your question about ${upsell ?? 'a higher tier'} by e-mail to ${email}. Nothing changes to your ${tier} contract unless you ask.`,
  },
  advice: {
    name: 'Advice',
    sendNote: () => 'You can still send it to us for advice on where to go.',
    sentAs: 'sent for advice on where to go',
    reply: ({ email }) => `We reply by e-mail to ${email} with advice on where to go for this.`,
  },
};
