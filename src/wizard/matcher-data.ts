/**
 * The matcher index as the wizard downloads it (`/data/matcher.json`): without its topic ids,
 * which are the catalogue's in the same order. Fetched after the wizard's first step shows
 * (`lazy.ts`), since it is most of the wizard's data and only the issue step reads it.
 */
import type { MatcherIndex } from '../domain/matcher.ts';
import { UNRELATED } from '../domain/matcher-unrelated.ts';

/** The index without its topic ids; `unrelated` says the unrelated messages follow the topics. */
export type MatcherJson = Omit<MatcherIndex, 'topics'> & { unrelated?: true };

/** The published form of `index`, built for a catalogue whose topics are `topicIds` in this order. */
export function toMatcherJson(index: MatcherIndex, topicIds: readonly string[]): MatcherJson {
  const { topics: ids, ...rest } = index;
  const unrelated = ids.at(-1) === UNRELATED;
  if ((unrelated ? ids.slice(0, -1) : ids).join('\n') !== topicIds.join('\n'))
    throw new Error('the matcher index lists other topics than the catalogue');
  return unrelated ? { ...rest, unrelated: true } : rest;
}

/** The index back, its topic ids the catalogue's `topicIds`. */
export function fromMatcherJson(json: MatcherJson, topicIds: readonly string[]): MatcherIndex {
  const { unrelated, ...index } = json;
  return { ...index, topics: unrelated ? [...topicIds, UNRELATED] : [...topicIds] };
}
