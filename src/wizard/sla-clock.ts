/** What the wizard uses of the SLA module: loaded on first use (`lazy.ts`), without the rest of it. */
export { describeSkipped, formatTarget, routeFor, slaFor } from '../domain/sla.ts';
