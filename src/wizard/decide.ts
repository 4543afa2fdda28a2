/**
 * What the answers so far mean: the customer's tier, the topic and the verdict, all from the
 * domain's `verdictFor`.
 */
import { findTier, findTopic } from '../domain/catalogue.ts';
import type { Verdict } from '../domain/coverage.ts';
import { asksOwnSystemCheckFirst, defaultTier, verdictFor } from '../domain/coverage.ts';
import type { TopicMatch } from '../domain/matcher.ts';
import type { Answers } from './answers.ts';
import { UNSURE } from './answers.ts';
import type { WizardData, WizardTier, WizardTopic } from './wizard-data.ts';

export interface Decision {
  tier: WizardTier;
  topic: WizardTopic | null;
  verdict: Verdict;
}

/**
 * The decision for the answers, once a tier is chosen. "I'm not sure" continues as the
 * lowest-ranked tier, the one every subscription includes (Basic).
 */
export function decide(data: WizardData, answers: Answers): Decision | undefined {
  const { catalogue } = data;
  const tier =
    answers.tier === UNSURE
      ? defaultTier(catalogue)
      : answers.tier
        ? findTier(catalogue, answers.tier)
        : undefined;
  if (!tier) return undefined;
  const topic = answers.topic ? (findTopic(catalogue, answers.topic) ?? null) : null;
  return { tier, topic, verdict: verdictFor(catalogue, tier.id, topic) };
}

/** The key `Answers.verdictFor` records: the verdict step must be seen again when it changes. */
export function verdictKey(decision: Decision): string {
  return `${decision.tier.id}|${decision.topic?.id ?? ''}`;
}

/**
 * True when Basic's advice to check your own systems and data first applies: a customer on the
 * lowest tier (Basic, whose service description asks it) with a topic that is marked for it.
 */
export function checkOwnSystemFirst(data: WizardData, decision: Decision): boolean {
  return asksOwnSystemCheckFirst(data.catalogue, decision.tier.id, decision.topic);
}

/** The topics to offer: the suggestions, and the one already chosen (e.g. from `?topic=`) first when it is not among them. */
export function offeredTopics(
  suggestions: readonly TopicMatch[],
  chosen: string | null | undefined,
): TopicMatch[] {
  if (!chosen || suggestions.some((s) => s.topic === chosen)) return [...suggestions];
  return [{ topic: chosen, score: 0, matched: [] }, ...suggestions];
}
