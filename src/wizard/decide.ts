/**
 * What the answers so far mean: the customer's tier, the topic and the verdict, all from the
 * domain's `verdictFor` (or `verdictForUnknownTier` for "I'm not sure").
 */
import { findTier, findTopic } from '../domain/catalogue.ts';
import type { Verdict } from '../domain/coverage.ts';
import {
  asksOwnSystemCheckFirst,
  defaultTier,
  upgradeVerdict,
  verdictFor,
  verdictForUnknownTier,
} from '../domain/coverage.ts';
import type { TopicMatch } from '../domain/matcher.ts';
import type { Answers } from './answers.ts';
import { UNSURE } from './answers.ts';
import type { WizardData, WizardTier, WizardTopic } from './wizard-data.ts';

export interface Decision {
  /** The customer's tier; with "I'm not sure", the entry tier, whose targets apply until support checks. */
  tier: WizardTier;
  /** False when the customer answered "I'm not sure". */
  tierConfirmed: boolean;
  topic: WizardTopic | null;
  verdict: Verdict;
}

/** The decision for the answers, once a tier (or "I'm not sure") is chosen. */
export function decide(data: WizardData, answers: Answers): Decision | undefined {
  const { catalogue } = data;
  const topic = answers.topic ? (findTopic(catalogue, answers.topic) ?? null) : null;
  if (answers.tier === UNSURE) {
    return {
      tier: defaultTier(catalogue),
      tierConfirmed: false,
      topic,
      verdict: verdictForUnknownTier(catalogue, topic),
    };
  }
  const tier = answers.tier ? findTier(catalogue, answers.tier) : undefined;
  if (!tier) return undefined;
  // A question about upgrading holds while no topic is chosen; choosing one makes it a question about that topic.
  const upgrade =
    !topic && answers.upgradeTo ? upgradeVerdict(catalogue, tier.id, answers.upgradeTo) : undefined;
  return { tier, tierConfirmed: true, topic, verdict: upgrade ?? verdictFor(catalogue, tier.id, topic) };
}

/** The key `Answers.verdictFor` records: the verdict step must be seen again when it changes. */
export function verdictKey(decision: Decision): string {
  return `${decision.tierConfirmed ? decision.tier.id : UNSURE}|${decision.topic?.id ?? ''}`;
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
