/**
 * Ticket priorities, most urgent first. What each one means (and the customs examples) is content;
 * the ids are fixed here because the ticket schema, the SLA policy and the wizard all share them.
 */
export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}

/** The priority a ticket has until the person chooses one, and what the no-JavaScript form preselects. */
export const DEFAULT_PRIORITY: Priority = 'normal';
