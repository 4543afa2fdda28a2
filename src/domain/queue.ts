import type { VerdictKind } from './coverage.ts';

/** Teams a ticket can go to: support for the customer's tier, sales for upsells, advice for the rest. */
export const QUEUES = ['support', 'sales', 'advice'] as const;
export type Queue = (typeof QUEUES)[number];

/**
 * The team the policy routes a verdict to (`routing` in `content/sla.yaml`). Here rather than in
 * `sla.ts` so the wizard can word a verdict before it loads the SLA clock.
 */
export function queueFor(
  verdict: VerdictKind,
  policy: { routing: Record<VerdictKind, { queue: Queue }> },
): Queue {
  return policy.routing[verdict].queue;
}
