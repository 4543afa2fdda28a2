/**
 * Coverage rules: what a level means, and the verdict for a customer's tier and a topic.
 * Everything follows from content; nothing here names a topic.
 */
import type { Alternative, CoverageCell, CoverageLevel, Tier, TierId, Topic } from './catalogue.ts';

/** What the coverage rules read of a tier. */
export type RankedTier = Pick<Tier, 'id' | 'rank'>;

/** Where to go instead, as a verdict names it: the service and the way on (the topic's page explains it). */
export type WayOn = Omit<Alternative, 'description'>;

/** What the coverage rules read of a topic: any topic, or the wizard's cut-down copy of one. */
export interface CoverageTopic extends Pick<Topic, 'id'> {
  alternative?: WayOn | undefined;
  coverage: Record<TierId, Pick<CoverageCell, 'level'>>;
  /** As on `Topic`; left out means false. */
  checkOwnSystemFirst?: boolean;
}

/** Tiers in rank order, lowest first, as in `Catalogue`. */
interface RankedTiers<T extends RankedTier = RankedTier> {
  tiers: readonly T[];
}

/** A tier covers a topic at any level but `not-included`. */
export function isCovered(level: CoverageLevel): boolean {
  return level !== 'not-included';
}

/** The verdicts ticket.v1 knows. */
export const V1_VERDICTS = ['covered', 'upsell', 'out_of_scope', 'unknown'] as const;

/**
 * Every verdict: v1's, and `tier_unconfirmed` for a customer who does not know their tier and a topic
 * some tiers cover and the entry tier does not (ticket.v2).
 */
export const VERDICTS = [...V1_VERDICTS, 'tier_unconfirmed'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export type Verdict =
  | { verdict: 'covered'; tier: TierId; topic: string }
  | {
      verdict: 'upsell';
      tier: TierId;
      /** The topic a higher tier covers, or null for a question about upgrading (`upgradeVerdict`). */
      topic: string | null;
      /** The lowest-ranked tier that covers the topic. */
      upsellTier: TierId;
      /** Any further tiers above `upsellTier` that cover it too, in rank order. */
      higherTiers: TierId[];
    }
  | { verdict: 'out_of_scope'; tier: TierId; topic: string; alternative?: WayOn | undefined }
  | { verdict: 'unknown'; tier: TierId; topic: null }
  | {
      verdict: 'tier_unconfirmed';
      /** The entry tier, whose response targets apply until support confirms the tier. */
      tier: TierId;
      topic: string;
      /** The tiers that cover the topic, in rank order. */
      coveredBy: TierId[];
    };

/** Tiers that cover the topic, lowest rank first. */
export function coveringTiers<T extends RankedTier>(
  catalogue: RankedTiers<T>,
  topic: Pick<CoverageTopic, 'coverage'>,
): T[] {
  return catalogue.tiers.filter((tier) => isCovered(topic.coverage[tier.id].level));
}

/**
 * The verdict for a customer on `tierId` raising `topic`: covered by their tier; else an upsell
 * to the lowest-ranked tier above theirs that covers it; else out of scope with the alternative.
 * No topic means the verdict is unknown and the ticket goes to triage.
 */
export function verdictFor(
  catalogue: RankedTiers,
  tierId: TierId,
  topic: CoverageTopic | null | undefined,
): Verdict {
  if (!topic) return { verdict: 'unknown', tier: tierId, topic: null };
  if (isCovered(topic.coverage[tierId].level)) return { verdict: 'covered', tier: tierId, topic: topic.id };
  const own = catalogue.tiers.find((tier) => tier.id === tierId);
  const above = coveringTiers(catalogue, topic).filter((tier) => own === undefined || tier.rank > own.rank);
  const [first, ...rest] = above;
  if (first) {
    return {
      verdict: 'upsell',
      tier: tierId,
      topic: topic.id,
      upsellTier: first.id,
      higherTiers: rest.map((tier) => tier.id),
    };
  }
  return { verdict: 'out_of_scope', tier: tierId, topic: topic.id, alternative: topic.alternative };
}

/**
 * A question about moving from `tierId` to `to` (the "Talk to us about upgrading" of a pair page):
 * an upsell to `to` with no topic, which goes to the team upsells go to. Undefined unless `to`
 * ranks above `tierId`: a lower or the same tier is nothing to upgrade to.
 */
export function upgradeVerdict(catalogue: RankedTiers, tierId: TierId, to: TierId): Verdict | undefined {
  const rank = (id: TierId) => catalogue.tiers.find((tier) => tier.id === id)?.rank ?? -1;
  if (rank(to) <= rank(tierId)) return undefined;
  return { verdict: 'upsell', tier: tierId, topic: null, upsellTier: to, higherTiers: [] };
}

/** The tier to assume when customers do not know theirs: the lowest-ranked, which every subscription includes. */
export function defaultTier<T extends RankedTier>(catalogue: RankedTiers<T>): T {
  const [lowest] = catalogue.tiers;
  if (!lowest) throw new Error('the catalogue has no tiers');
  return lowest;
}

/**
 * The verdict for a customer who does not know their tier. Every subscription includes the entry
 * tier, so what it covers is covered, and what no tier covers is out of scope, whoever asks. Only
 * when the answer depends on the tier is it `tier_unconfirmed`, with the tiers that cover it: the
 * ticket then goes to support to check the contract, never to sales on a guess.
 */
export function verdictForUnknownTier(
  catalogue: RankedTiers,
  topic: CoverageTopic | null | undefined,
): Verdict {
  const verdict = verdictFor(catalogue, defaultTier(catalogue).id, topic);
  if (verdict.verdict !== 'upsell' || !topic) return verdict;
  return {
    verdict: 'tier_unconfirmed',
    tier: verdict.tier,
    topic: topic.id,
    coveredBy: coveringTiers(catalogue, topic).map((tier) => tier.id),
  };
}

/**
 * Whether to show Basic's advice to check your own system and data first: the entry tier's
 * description asks it of its customers, for the topics marked `checkOwnSystemFirst`.
 */
export function asksOwnSystemCheckFirst(
  catalogue: RankedTiers,
  tierId: TierId,
  topic: Pick<CoverageTopic, 'checkOwnSystemFirst'> | null,
): boolean {
  return tierId === defaultTier(catalogue).id && topic?.checkOwnSystemFirst === true;
}
