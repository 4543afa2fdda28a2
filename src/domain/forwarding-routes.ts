/**
 * Which forwarding targets a ticket goes to: each target may name the verdicts and the queues it
 * takes (`when` in forwarding.yaml), e.g. upsells to a CRM webhook and the rest to the helpdesk;
 * a target that names neither takes every ticket. Decided once, when the ticket is stored.
 */
import type { VerdictKind } from './coverage.ts';
import type { Queue } from './queue.ts';

export interface RouteCondition {
  /** Only tickets with one of these verdicts (the receiver's own). */
  verdicts?: readonly VerdictKind[] | undefined;
  /** Only tickets routed to one of these queues. */
  queues?: readonly Queue[] | undefined;
}

export interface RoutedTarget {
  name: string;
  when?: RouteCondition | undefined;
}

/** The names of the targets that take a ticket with this verdict and queue, in the order configured. */
export function targetsFor(
  targets: readonly RoutedTarget[],
  ticket: { verdict: VerdictKind; queue: Queue },
): string[] {
  return targets
    .filter(({ when }) => {
      const verdictOk = !when?.verdicts || when.verdicts.includes(ticket.verdict);
      const queueOk = !when?.queues || when.queues.includes(ticket.queue);
      return verdictOk && queueOk;
    })
    .map((target) => target.name);
}
