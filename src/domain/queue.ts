import type { VerdictKind } from './coverage.ts';

/** Teams a ticket can go to: support for the customer's tier, sales for upsells, advice for the rest. */
export const QUEUES = ['support', 'sales', 'advice'] as const;
export type Queue = (typeof QUEUES)[number];

/** Where the policy routes a verdict: the team, and `tier` when the tier's target for the priority applies. */
interface Routing {
  routing: Record<VerdictKind, { queue: Queue; minutes: number | 'tier' }>;
}

/**
 * The team the policy routes a verdict to (`routing` in `content/sla.yaml`). Here rather than in
 * `sla.ts` so the wizard can word a verdict before it loads the SLA clock.
 */
export function queueFor(verdict: VerdictKind, policy: Routing): Queue {
  return policy.routing[verdict].queue;
}

/**
 * Whether the priority changes the first-response target of a verdict: only where the tier's
 * target applies. Upsells and out-of-scope tickets have one fixed target, so the wizard does not
 * ask for a priority that would change nothing.
 */
export function priorityMatters(verdict: VerdictKind, policy: Routing): boolean {
  return policy.routing[verdict].minutes === 'tier';
}
