/**
 * Section 2b, how right the matcher is, measured two ways beside an untuned MiniSearch index over
 * the same content:
 * - k-fold cross-validation over the content's own example phrasings (every language, and the
 *   unrelated messages): each fold's examples are left out of the index and classified by one
 *   built from the rest, so the figure says how the matcher does on wording it has not seen;
 * - the labelled phrasing sets in `test/fixtures/` that carry topics.
 * MiniSearch ranks the same fields (titles, aliases, examples, summaries) with its defaults, and
 * abstains only when no word matches; its best result decides the verdict the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Catalogue, TierId, Topic } from '../../src/domain/catalogue.ts';
import { findTopic } from '../../src/domain/catalogue.ts';
import { verdictFor } from '../../src/domain/coverage.ts';
import type { IntakeData } from '../../src/domain/intake-data.ts';
import type { MatcherIndex } from '../../src/domain/matcher.ts';
import { readBuiltData } from './context.ts';
import type { BenchContext } from './context.ts';
import { loadMatcher } from './matcher-bench.ts';
import type { Matcher } from './matcher-bench.ts';
import { figure } from './report.ts';
import type { Figure, SectionResult } from './report.ts';

const SECTION = 'matcher';
/** Folds of the cross-validation. */
export const FOLDS = 5;
/** The labelled sets the figures are taken on (those with a topic per line). */
const SETS = ['intake-dev-2', 'intake-blind-a', 'intake-blind-b', 'intake-blind-c', 'intake-blind-d'];

interface Labelled {
  tier: TierId;
  text: string;
  /** The topic, or null for a message about no topic. */
  topic: string | null;
}

/** What a classifier says for a text: the topics it suggests, best first (empty to abstain). */
type Suggest = (text: string) => string[];

interface Tally {
  topicFirst: number;
  topicShown: number;
  real: number;
  abstainedOnUnrelated: number;
  unrelated: number;
  verdictRight: number;
  total: number;
}

function tally(cases: readonly Labelled[], suggest: Suggest, catalogue: Catalogue): Tally {
  const out = emptyTally();
  for (const c of cases) {
    const suggested = suggest(c.text);
    const chosen = suggested[0] ?? null;
    out.total++;
    const verdict = (id: string | null) =>
      verdictFor(catalogue, c.tier, id ? (findTopic(catalogue, id) ?? null) : null);
    const expected = verdict(c.topic);
    const got = verdict(chosen);
    if (
      expected.verdict === got.verdict &&
      (expected.verdict !== 'upsell' || got.verdict !== 'upsell' || expected.upsellTier === got.upsellTier)
    ) {
      out.verdictRight++;
    }
    if (c.topic === null) {
      out.unrelated++;
      if (chosen === null) out.abstainedOnUnrelated++;
    } else {
      out.real++;
      if (chosen === c.topic) out.topicFirst++;
      if (suggested.includes(c.topic)) out.topicShown++;
    }
  }
  return out;
}

/** Every example phrasing of the content, labelled with its topic (null: an unrelated message). */
function examplesOf(data: IntakeData): { topic: string | null; text: string }[] {
  return [
    ...data.catalogue.topics.flatMap((topic) => [
      ...topic.examples.map((text) => ({ topic: topic.id, text })),
      ...Object.values(topic.languages ?? {}).flatMap((wording) =>
        wording.examples.map((text) => ({ topic: topic.id, text })),
      ),
    ]),
    ...data.unrelated.map((text) => ({ topic: null, text })),
  ];
}

/** The content with the examples of `fold` left out: every fifth example, counting from `fold`. */
function without(data: IntakeData, fold: number): IntakeData {
  let n = 0;
  const keep = () => n++ % FOLDS !== fold;
  const topics: Topic[] = data.catalogue.topics.map((topic) => ({
    ...topic,
    examples: topic.examples.filter(keep),
    languages: Object.fromEntries(
      Object.entries(topic.languages ?? {}).map(([language, wording]) => [
        language,
        { aliases: wording.aliases, examples: wording.examples.filter(keep) },
      ]),
    ),
  }));
  const unrelated = data.unrelated.filter(keep);
  return { ...data, catalogue: { ...data.catalogue, topics }, unrelated };
}

function heldOut(data: IntakeData, fold: number): Labelled[] {
  return examplesOf(data)
    .filter((_, i) => i % FOLDS === fold)
    .map(({ topic, text }) => ({ tier: 'basic', topic, text }));
}

function ours(matcher: Matcher, data: IntakeData): Suggest {
  const index: MatcherIndex = matcher.buildMatcherIndex(data.catalogue, data.lexicon, data);
  return (text) => matcher.matchTopics(index, text).map((match) => match.topic);
}

/** MiniSearch with its defaults over one document per topic, every field and language together. */
function miniSearch(data: IntakeData): Suggest {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  search.addAll(
    data.catalogue.topics.map((topic) => ({
      id: topic.id,
      text: [
        topic.title,
        topic.summary,
        ...topic.aliases,
        ...topic.examples,
        ...Object.values(topic.languages ?? {}).flatMap((wording) => [
          ...wording.aliases,
          ...wording.examples,
        ]),
      ].join('\n'),
    })),
  );
  return (text) =>
    search
      .search(text)
      .slice(0, 3)
      .map((result) => String(result.id));
}

function add(into: Tally, more: Tally): Tally {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += more[key];
  return into;
}

const share = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

function figuresOf(label: string, t: Tally): Figure[] {
  return [
    figure(SECTION, `${label}: verdict right`, share(t.verdictRight, t.total), '%'),
    figure(SECTION, `${label}: topic right, first suggestion`, share(t.topicFirst, t.real), '%'),
    figure(SECTION, `${label}: right topic among the suggestions`, share(t.topicShown, t.real), '%'),
    figure(SECTION, `${label}: unrelated text abstains`, share(t.abstainedOnUnrelated, t.unrelated), '%'),
  ];
}

function readSet(root: string, name: string): Labelled[] {
  return readFileSync(join(root, 'test/fixtures', `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { tier: TierId; text: string; topic?: string; expect: string })
    .filter((c) => c.topic !== undefined || c.expect === 'unknown')
    .map((c) => ({ tier: c.tier, text: c.text, topic: c.topic ?? null }));
}

export async function matcherAccuracy(context: BenchContext): Promise<SectionResult> {
  const data = readBuiltData(context);
  const matcher = await loadMatcher(context);
  const figures: Figure[] = [];
  const folds = { ours: emptyTally(), miniSearch: emptyTally() };
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = without(data, fold);
    const test = heldOut(data, fold);
    add(folds.ours, tally(test, ours(matcher, training), data.catalogue));
    add(folds.miniSearch, tally(test, miniSearch(training), data.catalogue));
  }
  context.log(`matcher accuracy: ${FOLDS}-fold cross-validation over ${folds.ours.total} content examples`);
  figures.push(...figuresOf(`${FOLDS}-fold over the content's examples, ours`, folds.ours));
  figures.push(...figuresOf(`${FOLDS}-fold over the content's examples, MiniSearch`, folds.miniSearch));
  const sets = { ours: emptyTally(), miniSearch: emptyTally() };
  const full = { ours: ours(matcher, data), miniSearch: miniSearch(data) };
  for (const name of SETS) {
    const cases = readSet(context.root, name);
    add(sets.ours, tally(cases, full.ours, data.catalogue));
    add(sets.miniSearch, tally(cases, full.miniSearch, data.catalogue));
  }
  figures.push(...figuresOf(`labelled phrasing sets (${sets.ours.total}), ours`, sets.ours));
  figures.push(...figuresOf(`labelled phrasing sets (${sets.ours.total}), MiniSearch`, sets.miniSearch));
  return { figures, details: [{ folds, sets }] };
}

function emptyTally(): Tally {
  return {
    topicFirst: 0,
    topicShown: 0,
    real: 0,
    abstainedOnUnrelated: 0,
    unrelated: 0,
    verdictRight: 0,
    total: 0,
  };
}
