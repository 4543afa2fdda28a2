/**
 * The wizard's reducer driven through every step without a browser: what Continue checks on each
 * step, where it goes, what it records, and how "Change", Back and a new ticket move around.
 */
import { describe, expect, it } from 'vitest';
import type { TopicMatch } from '../../src/domain/matcher.ts';
import type { Ticket } from '../../src/domain/ticket.ts';
import { emptyAnswers, prefill, type Answers } from '../../src/wizard/answers.ts';
import {
  contextOf,
  initialState,
  previousStep,
  reachable,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from '../../src/wizard/state.ts';
import { STEP_ORDER, STEPS, stepCaption } from '../../src/wizard/steps.ts';
import { verdictSubmitLabel } from '../../src/wizard/verdict-label.ts';
import { toWizardJson, type WizardData } from '../../src/wizard/wizard-data.ts';
// The later steps' checks, which the page loads with their views (step-views.ts).
import '../../src/wizard/later-checks.ts';
import { catalogueOf, TOPICS } from './matcher-catalogue.ts';
import { intakeWithSla } from './sla-fixtures.ts';

const catalogue = catalogueOf(TOPICS);
const data: WizardData = toWizardJson(intakeWithSla(catalogue));

const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);
const start = (answers: Partial<Answers> = {}, step: WizardState['step'] = 'tier') =>
  run(initialState, {
    type: 'start',
    data,
    answers: { ...emptyAnswers, ...answers },
    ticket: undefined,
    step,
  });
const update = (patch: Partial<Answers>): WizardAction => ({ type: 'update', patch });
const next: WizardAction = { type: 'continue', data };
const suggested = (...topics: string[]): WizardAction => ({
  type: 'suggest',
  suggestions: topics.map((topic): TopicMatch => ({ topic, score: 1, matched: [] })),
});

const contact = { name: 'Ann Peeters', email: 'ann@example.com', company: 'Peeters Logistics' };

describe('the step table', () => {
  it('defines every step in order, ending with the confirmation page', () => {
    expect(Object.keys(STEPS)).toEqual([...STEP_ORDER]);
    expect(STEP_ORDER).toEqual([
      'tier',
      'issue',
      'verdict',
      'priority',
      'declaration',
      'contact',
      'check',
      'confirmation',
    ]);
    expect(STEPS.check.next).toBe('send');
    expect(STEPS.confirmation.frame).toBe('page');
  });
});

describe('the wizard reducer', () => {
  it('walks a Premium customer with a stuck declaration through every step to a sent ticket', () => {
    let state = start();
    expect(state.step).toBe('tier');

    state = run(state, next);
    expect(state.step).toBe('tier');
    expect(state.errors).toEqual([{ field: 'tier', message: "Select your support tier, or I'm not sure" }]);
    expect(state.attempts).toBe(1);

    state = run(state, update({ tier: 'premium' }), next);
    expect(state).toMatchObject({ step: 'issue', errors: [], navigation: 'push' });

    state = run(state, next);
    expect(state.errors).toEqual([
      { field: 'summary', message: 'Enter a short summary of the problem' },
      { field: 'description', message: 'Describe what is wrong' },
      { field: 'topic', message: 'Select the topic closest to your problem, or None of these' },
    ]);
    state = run(
      state,
      update({ summary: 'Release', description: 'Still waiting for the release of our import.' }),
      suggested('finalisation', 'updates'),
      next,
    );
    expect(state.errors).toEqual([
      { field: 'topic', message: 'Select the topic closest to your problem, or None of these' },
    ]);
    state = run(state, update({ topic: 'finalisation' }), next);
    expect(state.step).toBe('verdict');

    state = run(state, next);
    expect(state).toMatchObject({ step: 'priority', answers: { verdictFor: 'premium|finalisation' } });

    state = run(state, update({ priority: 'critical' }), next);
    expect(state.errors).toEqual([
      { field: 'criticalConfirmed', message: 'Confirm the business impact, or choose a lower priority' },
    ]);
    state = run(state, update({ criticalConfirmed: true }), next);
    expect(state.step).toBe('declaration');

    state = run(state, update({ reference: '24BE0000001234567', country: 'Belgium' }), next);
    expect(state.errors.map((error) => error.field)).toEqual(['reference', 'country']);
    state = run(state, update({ reference: '24BE000000123456A7', country: 'be' }), next);
    expect(state.step).toBe('contact');

    state = run(state, update({ ...contact, email: 'ann at example' }), next);
    expect(state.errors).toEqual([
      { field: 'email', message: 'Enter an e-mail address in the correct format, like name@example.com' },
    ]);
    state = run(state, update({ email: contact.email }), next);
    expect(state.step).toBe('check');

    state = run(state, next);
    expect(state).toMatchObject({ step: 'check', sending: true });
    // A second press while it is being sent changes nothing.
    expect(run(state, next)).toBe(state);

    const ticket = { id: '7f3a9c2d-0000-4000-8000-000000000001' } as Ticket;
    state = run(state, { type: 'sent', ticket });
    expect(state).toMatchObject({ step: 'confirmation', sending: false, dirty: false, ticket });
    expect(state.moves).toBe(8);
  });

  it('with no topic on offer, the person chooses one from the full list, or None of these', () => {
    const typed = start(
      { tier: 'basic', summary: 'Something odd', description: 'Something odd happens.' },
      'issue',
    );
    expect(run(typed, next).errors).toEqual([
      { field: 'topic', message: 'Select the topic closest to your problem, or None of these' },
    ]);
    const choosing = run(typed, update({ choosingTopic: true }), next);
    expect(choosing.errors).toEqual([
      { field: 'topicChoice', message: 'Choose a topic from the list, or None of these' },
    ]);
    expect(run(choosing, update({ topic: 'tables' }), next)).toMatchObject({ step: 'verdict' });
    expect(run(typed, update({ topic: null }), next)).toMatchObject({
      step: 'verdict',
      answers: { topic: null },
    });
  });

  it('a change from the check page comes back to it, or first to a verdict that changed', () => {
    const answered: Partial<Answers> = {
      tier: 'premium',
      summary: 'Release',
      description: 'Still waiting for the release of our import.',
      topic: 'finalisation',
      verdictFor: 'premium|finalisation',
      priority: 'normal',
      ...contact,
    };
    const onCheck = start(answered, 'check');
    expect(onCheck.step).toBe('check');

    const priority = run(onCheck, {
      type: 'go',
      data,
      step: 'priority',
      returnToCheck: true,
      navigation: 'push',
    });
    expect(priority).toMatchObject({ step: 'priority', returnToCheck: true });
    expect(run(priority, update({ priority: 'high' }), next)).toMatchObject({
      step: 'check',
      returnToCheck: false,
    });

    // Basic does not cover finalisation: the verdict must be seen again before the check page.
    const tier = run(onCheck, { type: 'go', data, step: 'tier', returnToCheck: true, navigation: 'push' });
    const after = run(tier, update({ tier: 'basic' }), next);
    expect(after).toMatchObject({ step: 'verdict', returnToCheck: true });
    expect(run(after, next)).toMatchObject({ step: 'check', answers: { verdictFor: 'basic|finalisation' } });
  });

  it('shows the first unanswered step instead of one asked for too early', () => {
    expect(reachable('contact', data, emptyAnswers, false)).toBe('tier');
    expect(reachable('verdict', data, { ...emptyAnswers, tier: 'basic' }, false)).toBe('issue');
    expect(start({ tier: 'basic' }, 'check').step).toBe('issue');
    const answered = {
      ...emptyAnswers,
      tier: 'basic' as const,
      summary: 'Login',
      description: 'I forgot my password.',
    };
    expect(reachable('priority', data, { ...answered, topic: 'login' }, false)).toBe('verdict');
  });

  it('the confirmation needs a ticket', () => {
    const everything = {
      ...emptyAnswers,
      tier: 'active' as const,
      summary: 'Login',
      description: 'I forgot my password.',
      topic: 'login',
      verdictFor: 'active|login',
      priority: 'low' as const,
      ...contact,
    };
    expect(reachable('confirmation', data, everything, false)).toBe('check');
    expect(reachable('confirmation', data, everything, true)).toBe('confirmation');
  });

  it('a new ticket keeps the tier and contact details and starts again at the tier', () => {
    const state = run(
      start({ tier: 'active', summary: 'Login', description: 'I forgot my password.', ...contact }),
      { type: 'sent', ticket: { id: 'x' } as Ticket },
      { type: 'new-ticket' },
    );
    expect(state.step).toBe('tier');
    expect(state.ticket).toBeUndefined();
    expect(state.answers).toEqual({ ...emptyAnswers, tier: 'active', ...contact });
  });

  it('a ticket that could not be prepared leaves the person on the check page with the reason', () => {
    const state = run(start(), { type: 'not-sent', message: 'The ticket could not be prepared' });
    expect(state.errors).toEqual([{ field: 'summary', message: 'The ticket could not be prepared' }]);
    expect(state.sending).toBe(false);
  });
});

describe('steps that apply only to some answers', () => {
  const issue: Partial<Answers> = {
    summary: 'Release',
    description: 'Still waiting for the release of our import.',
    topic: 'finalisation',
  };
  const context = (answers: Answers) => contextOf(data, { answers, suggestions: [] });

  it('an upsell skips the priority, whose target is fixed: the verdict leads to the declaration, Back comes back', () => {
    const verdict = start({ tier: 'basic', ...issue }, 'verdict');
    expect(verdict.step).toBe('verdict');
    const declaration = run(verdict, next);
    expect(declaration).toMatchObject({ step: 'declaration', answers: { verdictFor: 'basic|finalisation' } });
    expect(previousStep('declaration', data, declaration.answers)).toBe('verdict');
    expect(stepCaption('declaration', declaration.answers, context(declaration.answers))).toBe('Step 4 of 7');
    expect(reachable('priority', data, declaration.answers, false)).toBe('declaration');
  });

  it('a covered topic asks the priority: 8 steps', () => {
    const answers = { ...emptyAnswers, tier: 'premium' as const, ...issue };
    expect(run(start(answers, 'verdict'), next).step).toBe('priority');
    expect(stepCaption('priority', answers, context(answers))).toBe('Step 4 of 8');
    expect(previousStep('declaration', data, answers)).toBe('priority');
  });

  it('a priority chosen for a covered topic is dropped once the verdict is an upsell', () => {
    const covered = {
      tier: 'premium' as const,
      ...issue,
      verdictFor: 'premium|finalisation',
      priority: 'critical' as const,
    };
    const onCheck = start({ ...covered, criticalConfirmed: true, ...contact }, 'check');
    const tier = run(onCheck, { type: 'go', data, step: 'tier', returnToCheck: true, navigation: 'push' });
    const verdict = run(tier, update({ tier: 'basic' }), next);
    expect(verdict.step).toBe('verdict');
    expect(run(verdict, next)).toMatchObject({ step: 'check', answers: { priority: '' } });
  });

  it('out of scope skips the priority too', () => {
    const answers = { ...emptyAnswers, tier: 'premium' as const, ...issue, topic: 'tariff' };
    expect(run(start(answers, 'verdict'), next).step).toBe('declaration');
  });
});

describe('the wizard opened from a page', () => {
  it('?tier= and ?topic= prefill a known tier and topic, and nothing unknown', () => {
    expect(prefill('?tier=active&topic=tables', data.catalogue)).toEqual({ tier: 'active', topic: 'tables' });
    expect(prefill('?tier=gold&topic=nope', data.catalogue)).toEqual({});
  });

  it('"Talk to us about upgrading" opens a question to sales about the higher tier, with no topic', () => {
    const answers = prefill('?intent=upgrade&from=basic&to=premium', data.catalogue);
    expect(answers).toEqual({ tier: 'basic', upgradeTo: 'premium', topic: null, verdictFor: '' });
    const state = start(
      { ...answers, summary: 'Upgrade', description: 'What would Premium cost us?' },
      'verdict',
    );
    expect(state.step).toBe('verdict');
    const decision = contextOf(data, state).decision!;
    expect(decision.verdict).toEqual({
      verdict: 'upsell',
      tier: 'basic',
      topic: null,
      upsellTier: 'premium',
      higherTiers: [],
    });
    expect(verdictSubmitLabel(data, decision)).toBe('Continue');
    expect(run(state, next).step).toBe('declaration');
  });

  it('a topic chosen after all makes it a question about that topic', () => {
    const answers = { ...prefill('?intent=upgrade&from=basic&to=active', data.catalogue), topic: 'login' };
    const decision = contextOf(data, { answers: { ...emptyAnswers, ...answers }, suggestions: [] }).decision!;
    expect(decision.verdict).toMatchObject({ verdict: 'covered', topic: 'login' });
  });
});
