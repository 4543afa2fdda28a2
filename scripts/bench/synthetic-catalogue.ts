/**
 * Synthetic catalogues of any size for the benchmarks: topics shaped like the real ones (title,
 * summary, aliases unique across topics, example phrases, coverage for every tier, sources, an
 * alternative when no tier covers them) and an MDX body of about 120 words with headings and
 * lists. Deterministic for a given size and seed, so every run builds the same content.
 */
import type {
  Catalogue,
  CoverageCell,
  CoverageLevel,
  Source,
  Tier,
  TierId,
  Topic,
} from '../../src/domain/catalogue.ts';
import { ALTERNATIVES, CONTEXTS, EXAMPLE_TEMPLATES, PROBLEMS, SUBJECTS } from './synthetic-vocabulary.ts';

/** A topic as its MDX file holds it: the domain fields plus its position and its body. */
export interface SyntheticTopic extends Topic {
  order: number;
  /** Markdown body: an introduction, then "Examples" and "Before you raise a ticket" (the page generates "What each tier does"). */
  body: string;
}

export interface SyntheticOptions {
  /** Tiers in rank order, lowest first. */
  tiers: readonly Pick<Tier, 'id' | 'name' | 'source'>[];
  /** Category ids to spread topics over. */
  categories: readonly string[];
  /** The category for topics no tier covers, when the content has one. */
  uncoveredCategory?: string;
  seed?: number;
}

/** mulberry32: a tiny seeded generator, good enough to spread words around. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Distinct (subject, problem, context) triples, one per topic. */
function triples(random: Random, count: number): [string, string, string][] {
  const space = SUBJECTS.length * PROBLEMS.length * CONTEXTS.length;
  if (count > space / 2)
    throw new RangeError(`synthetic catalogue: at most ${Math.floor(space / 2)} topics, asked for ${count}`);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * space));
  return [...chosen].map((n) => [
    SUBJECTS[n % SUBJECTS.length] as string,
    PROBLEMS[Math.floor(n / SUBJECTS.length) % PROBLEMS.length] as string,
    CONTEXTS[Math.floor(n / (SUBJECTS.length * PROBLEMS.length))] as string,
  ]);
}

/**
 * Two to five aliases, none used by an earlier topic (compared case-insensitively, as the build
 * does). Short forms first, like real aliases; the full triple is unique, so a topic always gets some.
 */
function aliasesFor(random: Random, used: Set<string>, [s, p, c]: [string, string, string]): string[] {
  const candidates = shuffled(random, [
    `${s} ${p}`,
    `${p} ${s}`,
    `${s} ${c}`,
    `${s} ${p} ${c}`,
    `${p} ${s} ${c}`,
    `${c}: ${s} ${p}`,
  ]);
  const wanted = 2 + Math.floor(random() * 4);
  const aliases: string[] = [];
  for (const alias of candidates) {
    if (aliases.length >= wanted) break;
    if (used.has(alias.toLowerCase())) continue;
    used.add(alias.toLowerCase());
    aliases.push(alias);
  }
  return aliases;
}

function examplesFor(random: Random, [s, p, c]: [string, string, string]): string[] {
  const count = 4 + Math.floor(random() * 5);
  return shuffled(random, EXAMPLE_TEMPLATES)
    .slice(0, count)
    .map((template) => capitalise(template.replace('$S', s).replace('$P', p).replace('$C', c)));
}

/** Coverage shaped like the real catalogue: covered from some tier upwards, or by none (about one in eight). */
function coverageFor(
  random: Random,
  tiers: SyntheticOptions['tiers'],
): { coverage: Record<TierId, CoverageCell>; lowest: number } {
  const roll = random();
  const lowest = roll < 0.3 ? 0 : roll < 0.6 ? 1 : roll < 0.75 ? 2 : roll < 0.88 ? 3 : tiers.length;
  const coverage = {} as Record<TierId, CoverageCell>;
  tiers.forEach((tier, rank) => {
    let level: CoverageLevel = 'not-included';
    if (rank >= lowest) {
      level =
        lowest === 0
          ? 'included'
          : rank === lowest
            ? pick(random, ['guidance', 'on-request', 'included'] as const)
            : pick(random, ['included', 'proactive', 'managed'] as const);
    }
    const inferred = random() < 0.1;
    coverage[tier.id] = inferred
      ? { level, basis: 'inferred', note: 'not named in the service description' }
      : { level, basis: 'stated' };
  });
  return { coverage, lowest };
}

function bodyFor(topic: Omit<SyntheticTopic, 'body'>, [s, p, c]: [string, string, string]): string {
  return [
    `When the ${s} is ${p} ${c}, the declaration flow stops until someone finds out why. This topic covers problems of that kind, whether they happen once or keep coming back, and what each support tier does about them.`,
    '## Examples',
    topic.examples
      .slice(0, 3)
      .map((example) => `- ${example}`)
      .join('\n'),
    '## Before you raise a ticket',
    `Check that your own systems sent the ${s} and that the data that reached CAS is the data you meant to send. Note the MRN or LRN, the time it happened and any message customs returned, so we can trace it in the logs.`,
  ].join('\n\n');
}

/** `size` synthetic topics, in catalogue order. */
export function syntheticTopics(size: number, options: SyntheticOptions): SyntheticTopic[] {
  if (options.tiers.length === 0) throw new RangeError('synthetic catalogue: give at least one tier');
  const random = seededRandom(options.seed ?? 20_260_101);
  const used = new Set<string>();
  const covered = options.categories.filter((id) => id !== options.uncoveredCategory);
  return triples(random, size).map((triple, order) => {
    const [s, p, c] = triple;
    const { coverage, lowest } = coverageFor(random, options.tiers);
    const examples = examplesFor(random, triple);
    const none = lowest >= options.tiers.length;
    const source: Source = (
      options.tiers[Math.min(lowest, options.tiers.length - 1)] as SyntheticOptions['tiers'][number]
    ).source;
    const topic: Omit<SyntheticTopic, 'body'> = {
      id: slug(`${s} ${p} ${c}`),
      title: capitalise(`${s} ${p} ${c}`),
      category: none && options.uncoveredCategory ? options.uncoveredCategory : pick(random, covered),
      order,
      summary: `What to do when the ${s} is ${p} ${c}, and which tier helps.`,
      aliases: aliasesFor(random, used, triple),
      examples,
      alsoCalled: [],
      describedAs: examples.slice(0, 3),
      coverage,
      sources: [source],
      ...(none ? { alternative: pick(random, ALTERNATIVES) } : {}),
      checkOwnSystemFirst: random() < 0.3,
    };
    return { ...topic, body: bodyFor(topic, triple) };
  });
}

/** A catalogue of `size` synthetic topics with `base`'s tiers and categories, as the domain sees it. */
export function syntheticCatalogue(
  size: number,
  base: Pick<Catalogue, 'tiers' | 'categories'>,
  seed?: number,
): Catalogue {
  const categories = base.categories.map((category) => category.id);
  const uncoveredCategory = categories.find((id) => id.startsWith('not-'));
  const topics = syntheticTopics(size, {
    tiers: base.tiers,
    categories,
    seed,
    ...(uncoveredCategory ? { uncoveredCategory } : {}),
  });
  return {
    supportEmail: 'support@example.com',
    tiers: base.tiers,
    categories: base.categories,
    topics: topics.map(({ order: _order, body: _body, ...topic }) => topic),
  };
}
