/**
 * The wizard's steps, one definition each: what it shows, which answers it asks, what Continue
 * checks, what the button says and where Continue goes. The reducer (`state.ts`) and the island
 * only read this table; adding a step is one entry here and its view. `satisfies` makes a step
 * without a definition a type error rather than a blank page.
 */
import type { ComponentType } from 'preact';
import { priorityMatters } from '../domain/queue.ts';
import { verdictKey, type Decision } from './decide.ts';
import type { Answers } from './answers.ts';
import type { FieldError, FieldName } from './fields.ts';
import type { StepViewProps } from './step-props.ts';
import { verdictSubmitLabel } from './verdict-label.ts';
import type { WizardData } from './wizard-data.ts';
import type { TopicMatch } from '../domain/matcher.ts';
import type * as LaterViews from './step-views.ts';
import { TierStep } from './steps/TierStep.tsx';

/** The steps in order; a step's number is its position plus one. */
export const STEP_ORDER = [
  'tier',
  'issue',
  'verdict',
  'priority',
  'declaration',
  'contact',
  'check',
  'confirmation',
] as const;
export type StepId = (typeof STEP_ORDER)[number];

/** What a step's rules may read besides the answers. */
export interface StepContext {
  data: WizardData;
  /** The verdict for the answers so far; undefined until a tier is chosen. */
  decision: Decision | undefined;
  /** The topics the matcher suggested for what was typed. */
  suggestions: readonly TopicMatch[];
}

/**
 * What a step shows: the first step's view itself, which comes with the page, or for a later step
 * the name of its view in `step-views.ts`, loaded on demand so the page's first script stays small.
 */
export type StepView = ComponentType<StepViewProps> | { later: keyof typeof LaterViews };

export interface StepDefinition {
  view: StepView;
  /** The answers this step asks, in order: each is checked on Continue, and "Change" comes back here. */
  fields: readonly FieldName[];
  /** A rule across answers that no single field's check can see. */
  validate?: (answers: Answers, context: StepContext) => FieldError[];
  /** What Continue records besides what was typed, once the step passes. */
  settle?: (answers: Answers, context: StepContext) => Partial<Answers>;
  /** The button's words. */
  submitLabel: (context: StepContext) => string;
  /** Where Continue goes: the next step, `send` to send the ticket, or nowhere (the confirmation). */
  next: StepId | 'send' | null;
  /** Whether the step is asked at all for these answers; left out means always. One that is not is passed over both ways. */
  applies?: (answers: Answers, context: StepContext) => boolean;
  /** `question`: framed with Back, `Step n of 8`, the error summary and one button; `page`: stands alone. */
  frame: 'question' | 'page';
}

const continueLabel = () => 'Continue';

/** The priority is asked only where it changes the target: upsells and out-of-scope tickets have a fixed one. */
const asksPriority = ({ data, decision }: StepContext) =>
  !decision || priorityMatters(decision.verdict.verdict, data.policy);

export const STEPS = {
  tier: {
    view: TierStep,
    fields: ['tier'],
    submitLabel: continueLabel,
    next: 'issue',
    frame: 'question',
  },
  issue: {
    view: { later: 'IssueStep' },
    fields: ['summary', 'description', 'topic', 'attachments'],
    validate: (answers) =>
      answers.choosingTopic && !answers.topic
        ? [{ field: 'topicChoice', message: 'Choose a topic from the list, or None of these' }]
        : answers.topic === undefined
          ? [{ field: 'topic', message: 'Select the topic closest to your problem, or None of these' }]
          : [],
    submitLabel: continueLabel,
    next: 'verdict',
    frame: 'question',
  },
  verdict: {
    view: { later: 'VerdictStep' },
    fields: [],
    // A priority chosen for an earlier verdict does not travel to one where it changes nothing.
    settle: (_, context) =>
      context.decision
        ? {
            verdictFor: verdictKey(context.decision),
            ...(asksPriority(context) ? {} : { priority: '' }),
          }
        : {},
    submitLabel: ({ data, decision }) => (decision ? verdictSubmitLabel(data, decision) : 'Continue'),
    next: 'priority',
    frame: 'question',
  },
  priority: {
    view: { later: 'PriorityStep' },
    fields: ['priority', 'criticalConfirmed'],
    submitLabel: continueLabel,
    next: 'declaration',
    applies: (_, context) => asksPriority(context),
    frame: 'question',
  },
  declaration: {
    view: { later: 'DeclarationStep' },
    fields: ['reference', 'customsSystem', 'country'],
    submitLabel: continueLabel,
    next: 'contact',
    frame: 'question',
  },
  contact: {
    view: { later: 'ContactStep' },
    fields: ['name', 'email', 'company', 'customerId'],
    submitLabel: continueLabel,
    next: 'check',
    frame: 'question',
  },
  check: {
    view: { later: 'CheckStep' },
    fields: [],
    submitLabel: () => 'Send ticket',
    next: 'send',
    frame: 'question',
  },
  confirmation: {
    view: { later: 'ConfirmationStep' },
    fields: [],
    submitLabel: continueLabel,
    next: null,
    frame: 'page',
  },
} satisfies Record<StepId, StepDefinition>;

/** Whether `step` is asked for these answers. */
export const applies = (step: StepId, answers: Answers, context: StepContext): boolean =>
  (STEPS[step] as StepDefinition).applies?.(answers, context) ?? true;

/** `Step 2 of 8`: the step's place among the steps asked for these answers. */
export function stepCaption(step: StepId, answers: Answers, context: StepContext): string {
  const asked = STEP_ORDER.filter((other) => applies(other, answers, context));
  return `Step ${asked.indexOf(step) + 1} of ${asked.length}`;
}

/** `Step 2 of 8: What is wrong? · CAS support catalogue`, with `Error: ` when the step shows errors. */
export function stepTitle(caption: string, heading: string, hasErrors: boolean): string {
  return `${caption}: ${hasErrors ? 'Error: ' : ''}${heading} · CAS support catalogue`;
}

/** The step that asks `field`: where its "Change" link and a webhook's "fix this" go. */
export function stepOf(field: FieldName): StepId {
  return STEP_ORDER.find((step) => (STEPS[step] as StepDefinition).fields.includes(field)) ?? 'check';
}
