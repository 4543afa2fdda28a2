/**
 * The wizard's state and every way it changes, as one reducer: the answers, the step on screen,
 * the errors of the last Continue, the matcher's suggestions and the ticket last built. Pure: the
 * island (`src/islands/IntakeWizard.tsx`) does the storage, the history, the fetching and the
 * sending, and reports back with actions. What each step asks and where it leads is `steps.ts`.
 */
import type { TopicMatch } from '../domain/matcher.ts';
import type { Ticket } from '../domain/ticket.ts';
import { emptyAnswers, freshAnswers, type Answers } from './answers.ts';
import { decide, verdictKey } from './decide.ts';
import type { FieldError } from './fields.ts';
import { applies, STEP_ORDER, STEPS, type StepContext, type StepDefinition, type StepId } from './steps.ts';
import { checkFields } from './validate.ts';
import type { WizardData } from './wizard-data.ts';

/** How a step change reaches the browser's history: a new entry, the same entry, or none (back and forward). */
export type Navigation = 'push' | 'replace' | 'pop';

export interface WizardState {
  step: StepId;
  /** The step was opened by a "Change" link: Continue goes back to the check page. */
  returnToCheck: boolean;
  answers: Answers;
  /** What the last Continue found wrong, shown at the fields and in the error summary. */
  errors: FieldError[];
  /** Counts Continues that found errors, so the error summary takes focus again each time. */
  attempts: number;
  /** Counts step changes, so the island moves focus and writes history once per change. */
  moves: number;
  navigation: Navigation;
  suggestions: TopicMatch[];
  /** The ticket last built: kept, with its id, until an answer changes, so sending again is the same ticket. */
  ticket: Ticket | undefined;
  /** An answer changed since `ticket` was built. */
  dirty: boolean;
  /** Continue on the check page asked for the ticket to be sent; the island sends it and reports back. */
  sending: boolean;
}

export const initialState: WizardState = {
  step: 'tier',
  returnToCheck: false,
  answers: emptyAnswers,
  errors: [],
  attempts: 0,
  moves: 0,
  navigation: 'replace',
  suggestions: [],
  ticket: undefined,
  dirty: false,
  sending: false,
};

export type WizardAction =
  /** The data arrived: restore what was kept and show `step` (corrected to one that can be shown). */
  | { type: 'start'; data: WizardData; answers: Answers; ticket: Ticket | undefined; step: StepId }
  | { type: 'update'; patch: Partial<Answers> }
  | { type: 'suggest'; suggestions: TopicMatch[] }
  | { type: 'continue'; data: WizardData }
  /** Show `step`: a "Change" link, a fix link, Back, or the browser's back and forward buttons. */
  | { type: 'go'; data: WizardData; step: StepId; returnToCheck: boolean; navigation: Navigation }
  /** The ticket was built and handed to delivery: the confirmation shows its state. */
  | { type: 'sent'; ticket: Ticket }
  /** The ticket could not be built (e.g. the SLA clock did not load): say so on the check page. */
  | { type: 'not-sent'; message: string }
  /** "Raise another ticket": the tier and contact details carry over, the problem does not. */
  | { type: 'new-ticket' };

export function contextOf(
  data: WizardData,
  state: Pick<WizardState, 'answers' | 'suggestions'>,
): StepContext {
  return { data, decision: decide(data, state.answers), suggestions: state.suggestions };
}

/** The problems Continue finds on `step`: each asked answer's own check, then the step's own rule. */
export function problemsOf(step: StepId, answers: Answers, context: StepContext): FieldError[] {
  const definition: StepDefinition = STEPS[step];
  return [...checkFields(definition.fields, answers), ...(definition.validate?.(answers, context) ?? [])];
}

/** Whether `step` is asked for these answers (see `applies` in the step table). */
function asked(step: StepId, data: WizardData, answers: Answers): boolean {
  return applies(step, answers, contextOf(data, { answers, suggestions: [] }));
}

/** The step Continue on `step` leads to: its `next`, passing over steps not asked. */
function following(step: StepId, data: WizardData, answers: Answers): StepId | 'send' | null {
  let next = STEPS[step].next;
  while (next && next !== 'send' && !asked(next, data, answers)) next = STEPS[next].next;
  return next;
}

/** The step Back leads to from `step`: the one before it that is asked. */
export function previousStep(step: StepId, data: WizardData, answers: Answers): StepId | undefined {
  return STEP_ORDER.slice(0, STEP_ORDER.indexOf(step))
    .reverse()
    .find((earlier) => asked(earlier, data, answers));
}

/** True when the step is not asked, or its answers pass and the verdict step was seen for the current tier and topic. */
function isAnswered(step: StepId, data: WizardData, answers: Answers): boolean {
  const context = { data, decision: decide(data, answers), suggestions: [] };
  if (!applies(step, answers, context)) return true;
  if (step === 'verdict')
    return context.decision !== undefined && answers.verdictFor === verdictKey(context.decision);
  return problemsOf(step, answers, context).length === 0;
}

/**
 * The step to show when asked for `wanted`: `wanted` itself, or the first question before it that
 * still needs an answer. The check page comes after every question; the confirmation needs a ticket.
 */
export function reachable(wanted: StepId, data: WizardData, answers: Answers, hasTicket: boolean): StepId {
  const index = STEP_ORDER.indexOf(wanted);
  for (const step of STEP_ORDER.slice(0, Math.min(index, STEP_ORDER.indexOf('check')))) {
    if (!isAnswered(step, data, answers)) return step;
  }
  if (wanted === 'confirmation' && !hasTicket) return 'check';
  // A step not asked for these answers (a priority for an upsell) shows the next one that is.
  const next = asked(wanted, data, answers) ? wanted : following(wanted, data, answers);
  return next === 'send' || next === null ? wanted : next;
}

/** After an answer changed from the check page: the next question that needs an answer, else the check page. */
function nextAfterChange(current: StepId, data: WizardData, answers: Answers): StepId {
  const later = STEP_ORDER.slice(STEP_ORDER.indexOf(current) + 1, STEP_ORDER.indexOf('check'));
  return later.find((step) => !isAnswered(step, data, answers)) ?? 'check';
}

function move(state: WizardState, step: StepId, returnToCheck: boolean, navigation: Navigation): WizardState {
  return { ...state, step, returnToCheck, navigation, errors: [], moves: state.moves + 1 };
}

function continueFrom(state: WizardState, data: WizardData): WizardState {
  const context = contextOf(data, state);
  const definition: StepDefinition = STEPS[state.step];
  const errors = problemsOf(state.step, state.answers, context);
  if (errors.length > 0) return { ...state, errors, attempts: state.attempts + 1 };
  const settled = definition.settle?.(state.answers, context) ?? {};
  const answers = Object.keys(settled).length > 0 ? { ...state.answers, ...settled } : state.answers;
  const next = { ...state, answers, errors: [] };
  if (definition.next === 'send') return { ...next, sending: true };
  if (definition.next === null) return next;
  const target = state.returnToCheck
    ? nextAfterChange(state.step, data, answers)
    : (following(state.step, data, answers) as StepId);
  return move(next, target, state.returnToCheck && target !== 'check', 'push');
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'start': {
      const step = reachable(action.step, action.data, action.answers, action.ticket !== undefined);
      return { ...move(state, step, false, 'replace'), answers: action.answers, ticket: action.ticket };
    }
    case 'update':
      return { ...state, answers: { ...state.answers, ...action.patch }, dirty: true };
    case 'suggest':
      return { ...state, suggestions: action.suggestions };
    case 'continue':
      return state.sending ? state : continueFrom(state, action.data);
    case 'go': {
      const step = reachable(action.step, action.data, state.answers, state.ticket !== undefined);
      return move(state, step, action.returnToCheck && step === action.step, action.navigation);
    }
    case 'sent':
      return {
        ...move(state, 'confirmation', false, 'push'),
        ticket: action.ticket,
        dirty: false,
        sending: false,
      };
    case 'not-sent':
      return {
        ...state,
        sending: false,
        errors: [{ field: 'summary', message: action.message }],
        attempts: state.attempts + 1,
      };
    case 'new-ticket': {
      return {
        ...move(state, 'tier', false, 'push'),
        answers: freshAnswers(state.answers),
        ticket: undefined,
        dirty: false,
        suggestions: [],
      };
    }
  }
}
