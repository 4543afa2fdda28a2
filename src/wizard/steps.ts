/** The wizard's steps in order; a step's number is its position plus one. */
export const STEPS = [
  'tier',
  'issue',
  'verdict',
  'priority',
  'declaration',
  'contact',
  'check',
  'confirmation',
] as const;
export type StepId = (typeof STEPS)[number];

export const stepNumber = (step: StepId): number => STEPS.indexOf(step) + 1;

export function stepAt(index: number): StepId {
  return STEPS[Math.min(Math.max(index, 0), STEPS.length - 1)] as StepId;
}

/** `Step 2 of 8: What is wrong? · CAS support catalogue`, with `Error: ` when the step shows errors. */
export function stepTitle(step: StepId, heading: string, hasErrors: boolean): string {
  return `Step ${stepNumber(step)} of ${STEPS.length}: ${hasErrors ? 'Error: ' : ''}${heading} · CAS support catalogue`;
}
