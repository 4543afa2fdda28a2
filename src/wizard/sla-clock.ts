/** What the wizard uses of the SLA clock: loaded on first use (`lazy.ts`), without the rest of it. */
export { describeSkipped, formatTarget } from '../domain/sla-text.ts';
export { routeFor } from '../domain/sla.ts';
export { slaForVerdict } from '../domain/triage.ts';
