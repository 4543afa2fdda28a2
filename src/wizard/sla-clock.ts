/** What the wizard uses of the SLA clock: loaded on first use (`lazy.ts`), without the rest of it. */
import type { Sla } from '../domain/sla.ts';
import { slaForVerdict as slaAt } from '../domain/triage.ts';

export { describeSkipped, formatTarget } from '../domain/sla-text.ts';
export { routeFor } from '../domain/sla.ts';

/**
 * The first-response SLA, or undefined when this device's clock is outside the calendar the page
 * carries (set years wrong, which also breaks HTTPS): the steps then show no due time instead of
 * failing, and the receiver works the SLA out from its own clock anyway.
 */
export function slaForVerdict(...args: Parameters<typeof slaAt>): Sla | undefined {
  try {
    return slaAt(...args);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
