/**
 * Two tiers side by side, for the pair pages a salesperson sends (`/compare/basic-vs-premium/`):
 * every pair of tiers, which topics they treat differently, and what the higher tier adds, in a
 * few sentences generated from the coverage cells so the summary cannot drift from the matrix.
 */
import type { CoverageLevel, Tier, Topic } from './catalogue.ts';
import { isCovered } from './coverage.ts';
import { COVERAGE_LEVELS } from './catalogue.ts';
import { LEVELS } from './coverage-levels.ts';
import { listInWords } from './list-in-words.ts';

type PairTier = Pick<Tier, 'id' | 'name' | 'rank'>;
type PairTopic = Pick<Topic, 'id' | 'title' | 'coverage'>;

export interface TierPair<T extends PairTier> {
  lower: T;
  higher: T;
}

/** Every pair of tiers, the lower-ranked first: with four tiers, six pairs, Basic's three first. */
export function tierPairs<T extends PairTier>(tiers: readonly T[]): TierPair<T>[] {
  const ranked = [...tiers].sort((a, b) => a.rank - b.rank);
  return ranked.flatMap((lower, i) => ranked.slice(i + 1).map((higher) => ({ lower, higher })));
}

export interface PairComparison<P> {
  /** Topics where the two tiers' levels or notes differ, in catalogue order. */
  differing: P[];
  /** Topics the two treat alike. */
  same: P[];
}

function differs(topic: PairTopic, lower: PairTier, higher: PairTier): boolean {
  const a = topic.coverage[lower.id];
  const b = topic.coverage[higher.id];
  return a.level !== b.level || a.note !== b.note;
}

export function comparePair<P extends PairTopic>(
  topics: readonly P[],
  lower: PairTier,
  higher: PairTier,
): PairComparison<P> {
  return {
    differing: topics.filter((topic) => differs(topic, lower, higher)),
    same: topics.filter((topic) => !differs(topic, lower, higher)),
  };
}

/** How the adds sentence counts the topics a tier takes on at each level: `8 on a ticket you raise`. */
const TAKEN_ON: Record<Exclude<CoverageLevel, 'not-included'>, string> = {
  included: 'on a ticket you raise',
  proactive: 'followed up proactively',
  managed: 'managed for you',
  guidance: 'with advice',
  'on-request': 'done for you on request',
};

const topicCount = (n: number) => `${n} topic${n === 1 ? '' : 's'}`;
const levelName = (level: CoverageLevel) => LEVELS[level].label.toLowerCase();
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const titles = (topics: readonly PairTopic[]) => listInWords(topics.map((topic) => topic.title));

/**
 * What `higher` adds to `lower`, in a few sentences: the topics only it covers (counted by how),
 * the topics both cover in different ways, any it leaves out, and the cells of either tier that
 * the service description does not state.
 */
export function pairSummary(topics: readonly PairTopic[], lower: PairTier, higher: PairTier): string[] {
  const cell = (topic: PairTopic, tier: PairTier) => topic.coverage[tier.id];
  const covers = (topic: PairTopic, tier: PairTier) => isCovered(cell(topic, tier).level);
  const added = topics.filter((topic) => covers(topic, higher) && !covers(topic, lower));
  const dropped = topics.filter((topic) => covers(topic, lower) && !covers(topic, higher));
  const both = topics.filter((topic) => covers(topic, lower) && covers(topic, higher));
  const otherLevel = both.filter((topic) => cell(topic, lower).level !== cell(topic, higher).level);
  const otherNote = both.filter(
    (topic) =>
      cell(topic, lower).level === cell(topic, higher).level &&
      cell(topic, lower).note !== cell(topic, higher).note,
  );
  const sentences: string[] = [];
  if (added.length > 0) {
    const byLevel = COVERAGE_LEVELS.flatMap((level) => {
      const group = added.filter((topic) => cell(topic, higher).level === level);
      return level === 'not-included' || group.length === 0 ? [] : [{ level, group }];
    });
    const ways = byLevel.map(({ level, group }) => `${group.length} ${TAKEN_ON[level]}`);
    sentences.push(
      `${higher.name} covers ${topicCount(added.length)} that ${lower.name} does not: ${listInWords(ways)}.`,
      ...byLevel.map(({ level, group }) => `${capitalise(TAKEN_ON[level])}: ${titles(group)}.`),
    );
  }
  if (otherLevel.length > 0) {
    const items = otherLevel.map(
      (topic) =>
        `${topic.title} (${levelName(cell(topic, higher).level)} rather than ${levelName(cell(topic, lower).level)})`,
    );
    sentences.push(
      `On ${topicCount(otherLevel.length)} that both cover, ${higher.name} helps differently: ${listInWords(items)}.`,
    );
  }
  if (otherNote.length > 0) {
    sentences.push(`Both cover ${titles(otherNote)}, on the different terms the notes set out.`);
  }
  if (dropped.length > 0) {
    sentences.push(
      `${higher.name} does not cover ${topicCount(dropped.length)} that ${lower.name} covers: ${titles(dropped)}.`,
    );
  }
  if (sentences.length === 0)
    sentences.push(`${higher.name} and ${lower.name} cover the same topics in the same way.`);
  for (const tier of [lower, higher]) {
    const unstated = topics.filter((topic) => cell(topic, tier).basis === 'inferred');
    if (unstated.length > 0) {
      sentences.push(
        `The ${tier.name} service description does not state the level shown for ${titles(unstated)}: ask us what applies to your contract.`,
      );
    }
  }
  return sentences;
}
