/**
 * The tier finder's rule (`/which-tier/`): for the topics a person needs help with, the lowest
 * tier that covers them all, what it leaves out when no tier covers them all, and which tier
 * covers the rest. Topics no tier covers are set apart: the answer for those is the alternative.
 * The choice travels in the address (`?topics=a,b`) so sales can send it.
 */
import type { TierId } from './catalogue.ts';
import type { RankedTier } from './coverage.ts';

/**
 * The finder's query parameter: the chosen topic ids, comma-separated (`?topics=a,b`). Here with
 * the rule that reads it, as the matrix's parameters live in `matrix-view.ts`.
 */
export const FINDER_PARAM = 'topics';

/**
 * A topic as the finder weighs it: the tiers that cover it (`coveringTiers`, worked out when the
 * page is built), so the page's script needs the answer's rule and nothing else.
 */
export interface FinderTopic {
  id: string;
  coveredBy: readonly TierId[];
}

export interface TierAdvice<T extends RankedTier> {
  /** The lowest tier that covers every chosen topic some tier covers; failing that, the lowest covering the most. */
  tier: T | undefined;
  /** Chosen topics `tier` does not cover although another tier does. */
  leftOut: string[];
  /** The lowest tier that covers everything in `leftOut`, when one does. */
  rest: T | undefined;
  /** Chosen topics no tier covers. */
  outOfScope: string[];
}

/** The lowest tier covering every topic of `topics`, tiers in rank order, or undefined. */
function lowestCoveringAll<T extends RankedTier>(tiers: readonly T[], topics: readonly FinderTopic[]) {
  return tiers.find((tier) => topics.every((topic) => topic.coveredBy.includes(tier.id)));
}

export function adviseTier<T extends RankedTier>(
  catalogue: { tiers: readonly T[] },
  chosen: readonly FinderTopic[],
): TierAdvice<T> {
  const { tiers } = catalogue;
  const coverable = chosen.filter((topic) => topic.coveredBy.length > 0);
  const outOfScope = chosen.filter((topic) => !coverable.includes(topic)).map((topic) => topic.id);
  const covered = (tier: T) => coverable.filter((topic) => topic.coveredBy.includes(tier.id));
  let tier = lowestCoveringAll(tiers, coverable);
  if (!tier && coverable.length > 0) {
    tier = tiers.reduce((best, next) => (covered(next).length > covered(best).length ? next : best));
  }
  const left = tier ? coverable.filter((topic) => !covered(tier).includes(topic)) : [];
  return {
    tier: coverable.length > 0 ? tier : undefined,
    leftOut: left.map((topic) => topic.id),
    rest: left.length > 0 ? lowestCoveringAll(tiers, left) : undefined,
    outOfScope,
  };
}

/** The chosen topic ids in an address's query string, known ones only, each once, in catalogue order. */
export function parseFinderChoice(search: string, known: readonly string[]): string[] {
  const wanted = new Set((new URLSearchParams(search).get(FINDER_PARAM) ?? '').split(','));
  return known.filter((id) => wanted.has(id));
}

/** The query string (with `?`) that reproduces a choice, or `''` for none. */
export function finderSearch(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `?${FINDER_PARAM}=${ids.join(',')}`;
}
