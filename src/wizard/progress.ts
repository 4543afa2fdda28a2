/** Which steps are answered, so the wizard never shows a step whose earlier answers are missing. */
import type { Answers } from './answers.ts';
import { decide, verdictKey } from './decide.ts';
import { STEPS } from './steps.ts';
import type { StepId } from './steps.ts';
import { validateStep } from './validate.ts';
import type { WizardData } from './wizard-data.ts';

/** True when the step's answers pass, and the verdict step was seen for the current tier and topic. */
export function isAnswered(step: StepId, data: WizardData, answers: Answers): boolean {
  if (step === 'verdict') {
    const decision = decide(data, answers);
    return decision !== undefined && answers.verdictFor === verdictKey(decision);
  }
  return validateStep(step, answers, { topicsOffered: false }).length === 0;
}

/**
 * The step to show when asked for `wanted`: `wanted` itself, or the first question step before
 * it that still needs an answer. The check page comes after all questions; the confirmation
 * needs a ticket.
 */
export function reachable(wanted: StepId, data: WizardData, answers: Answers, hasTicket: boolean): StepId {
  const index = STEPS.indexOf(wanted);
  for (const step of STEPS.slice(0, Math.min(index, STEPS.indexOf('check')))) {
    if (!isAnswered(step, data, answers)) return step;
  }
  return wanted === 'confirmation' && !hasTicket ? 'check' : wanted;
}

/** After changing an answer from the check page: the next step that needs an answer, else the check page. */
export function nextAfterChange(current: StepId, data: WizardData, answers: Answers): StepId {
  const later = STEPS.slice(STEPS.indexOf(current) + 1, STEPS.indexOf('check'));
  return later.find((step) => !isAnswered(step, data, answers)) ?? 'check';
}
