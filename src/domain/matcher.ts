/**
 * Free text to topics, and from there to a verdict: the text goes through the same pipeline as
 * the content (`matcher-terms.ts`), is scored against the index (`matcher-score.ts`), and each
 * suggestion keeps the customer's own words that hit, so the wizard can show why a topic was
 * suggested. Below a minimum score the matcher abstains rather than guess.
 */
import { findTopic } from './catalogue.ts';
import type { TierId } from './catalogue.ts';
import { verdictFor } from './coverage.ts';
import type { VerdictKind, WayOn } from './coverage.ts';
import type { IntakeData } from './intake-data.ts';
import type { MatcherIndex } from './matcher-index.ts';
import { UNRELATED } from './matcher-unrelated.ts';
import { frequencyIn, rowHas, runtimeOf, score, type Runtime } from './matcher-score.ts';
import type { Hit } from './matcher-score.ts';
import { analyse } from './matcher-terms.ts';
import { detectLanguage } from './language/languages.ts';
import { sentencesOf, sentenceWeight } from './matcher-sentences.ts';
import { splitWords } from './text-normalise.ts';

export { buildMatcherIndex } from './matcher-index.ts';
export type { MatcherIndex } from './matcher-index.ts';

export interface TopicMatch {
  topic: string;
  /** Higher is better; comparable between topics of one query, not a probability. */
  score: number;
  /** The words and phrases of the text that point to this topic, in text order. */
  matched: string[];
}

export interface MatchOptions {
  /** At most this many suggestions (default 3). */
  limit?: number;
  /** Abstain below this score (default: `MIN_SCORE_SHARE` of the index's highest IDF). */
  minScore?: number;
}

/**
 * Below this share of the highest IDF (a word of one topic only) a match is a guess: a single
 * word that one example happens to use. Relative, so it holds for 30 topics as for 3,000.
 */
export const MIN_SCORE_SHARE = 0.5;
/** Suggestions after the first must score at least this share of the best one. */
const RELATIVE_CUTOFF = 0.4;
/** A word or phrase below this share of the highest IDF (one most topics use, like "customs") is not shown as a reason. */
const EXPLAIN_SHARE = 0.2;
/** A topic needs this much evidence (see `evidenceFor`) to be suggested. */
export const MIN_EVIDENCE = 2;
/** …or this much, when the message is plainly about CAS or customs (see `isAnchor`). */
export const MIN_EVIDENCE_ANCHORED = 1;
/** A word many topics use (and everyday language does not) says a message is about CAS or customs. */
const ANCHOR_TOPICS = 4;

/**
 * A word that says the message is about CAS or customs at all, whichever topic: one that at least
 * `ANCHOR_TOPICS` topics use and that is not everyday language ("CAS", "declaration", "MRN").
 */
function isAnchor(hit: Hit, runtime: Runtime): boolean {
  if (hit.general || hit.phrase) return false;
  let topics = 0;
  for (let i = 0; i < hit.row.length; i += 2) if (hit.row[i] !== runtime.unrelated) topics++;
  return topics >= ANCHOR_TOPICS;
}
/** A term a topic uses this often (an alias or the title weighs 3) is one of its names. */
const NAME_FREQUENCY = 3;
/** A message abstains when it scores at least this share of its best topic's score against the unrelated messages. */
export const UNRELATED_SHARE = 1;
/**
 * A long message is not taken for an unrelated one when one of its sentences scores at least this
 * share of the highest IDF for a topic and twice what it scores for the unrelated messages: a
 * paragraph about the company can surround the one sentence that says what is wrong.
 */
const SENTENCE_SHARE = 1;
const SENTENCE_UNRELATED = 2;
/** Long texts are read up to here: the first lines say what the issue is. */
const MAX_TEXT = 2000;

/**
 * How much evidence there is for a topic. Everyday words (ones the unrelated messages use too:
 * "attached", "fixed", "call") count ½; a telling word counts 1; a telling phrase, lexicon concept
 * or one of the topic's own names (an alias or its title) counts 2. One everyday word or two ("see
 * attached", "still not fixed", "please call me back") is not enough to suggest a topic.
 */
function evidenceFor(hits: readonly Hit[], topic: number, minIdf: number): number {
  let evidence = 0;
  for (const hit of hits) {
    const frequency = frequencyIn(hit.row, topic);
    if (frequency === 0 || hit.rarity < minIdf) continue;
    evidence += hit.general ? 0.5 : hit.phrase || frequency >= NAME_FREQUENCY ? 2 : 1;
  }
  return evidence;
}

/** The stretches of text behind a topic's score, overlaps merged so "release not received" shows as one phrase. */
function explain(text: string, hits: readonly Hit[], topic: number, minIdf: number): string[] {
  const spans = hits
    .filter((hit) => hit.rarity >= minIdf && rowHas(hit.row, topic))
    .map((hit) => hit.span)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return [...new Set(merged.map(([start, end]) => text.slice(start, end)))];
}

/**
 * Topics that `text` is about, best first, each with its score and the words that matched.
 * Empty when nothing scores at least `minScore`: better no suggestion than a wrong one.
 * Ties are broken by catalogue order, so the ranking is the same every time.
 */
export function matchTopics(index: MatcherIndex, text: string, options: MatchOptions = {}): TopicMatch[] {
  const runtime = runtimeOf(index);
  const { limit = 3, minScore = MIN_SCORE_SHARE * runtime.maxIdf } = options;
  const input = text.slice(0, MAX_TEXT);
  const language = detectLanguage(splitWords(input));
  // Each sentence is scored on its own and weighed by its cues; the topic's score is the sum.
  const hits: Hit[] = [];
  const totals = new Map<number, number>();
  const unrelated = index.topics.indexOf(UNRELATED);
  // Whether some sentence reads more like a support topic than like the unrelated messages.
  let supportSentence = false;
  for (const sentence of sentencesOf(input)) {
    const weight = sentenceWeight(sentence.text, runtime.cues);
    const found = score(analyse(sentence.text, runtime.lexicon, language, runtime.vocabulary), runtime);
    for (const hit of found.hits)
      hits.push({ ...hit, span: [hit.span[0] + sentence.start, hit.span[1] + sentence.start] });
    let bestHere = 0;
    let unrelatedHere = 0;
    for (const { topic, score: points } of found.scored) {
      totals.set(topic, (totals.get(topic) ?? 0) + weight * points);
      if (topic === unrelated) unrelatedHere = points;
      else bestHere = Math.max(bestHere, points);
    }
    if (bestHere >= SENTENCE_SHARE * runtime.maxIdf && bestHere > unrelatedHere * SENTENCE_UNRELATED) {
      supportSentence = true;
    }
  }
  // The unrelated messages compete like a topic; a message that reads most like them gets no suggestion.
  const unrelatedScore = totals.get(unrelated) ?? 0;
  totals.delete(unrelated);
  const ranked = [...totals]
    .map(([topic, points]) => ({ topic, score: Math.round(points * 1000) / 1000 }))
    .filter((entry) => entry.score >= minScore)
    .sort((a, b) => b.score - a.score || a.topic - b.topic);
  if (unrelated >= 0 && unrelatedScore >= (ranked[0]?.score ?? 0) * UNRELATED_SHARE && !supportSentence)
    return [];
  const top = ranked[0];
  const needed = hits.some((hit) => isAnchor(hit, runtime)) ? MIN_EVIDENCE_ANCHORED : MIN_EVIDENCE;
  if (top && evidenceFor(hits, top.topic, EXPLAIN_SHARE * runtime.maxIdf) < needed) return [];
  const best = top?.score ?? 0;
  return ranked
    .filter((entry) => entry.score >= best * RELATIVE_CUTOFF)
    .slice(0, limit)
    .map((entry) => ({
      topic: index.topics[entry.topic] as string,
      score: entry.score,
      matched: explain(input, hits, entry.topic, EXPLAIN_SHARE * runtime.maxIdf),
    }));
}

export interface Classification {
  verdict: VerdictKind;
  /** The best-matching topic, or null when the matcher abstained. */
  topic: string | null;
  /** With `upsell`: the lowest-ranked tier that covers the topic. */
  upsellTier?: TierId;
  /** With `upsell`: further tiers above `upsellTier` that cover it too. */
  higherTiers?: TierId[];
  /** With `out_of_scope`: where to go instead. */
  alternative?: WayOn;
  /** With `tier_unconfirmed`: the tiers that cover the topic. */
  coveredBy?: TierId[];
  score: number;
  matched: string[];
  /** The ranked topics, the chosen one first. */
  suggestions: TopicMatch[];
}

/**
 * The verdict for a customer on `tier` who typed `text`: the best-matching topic decides it via
 * `verdictFor`; no match means `unknown`, which goes to triage.
 */
export function classify(data: IntakeData, index: MatcherIndex, tier: TierId, text: string): Classification {
  const suggestions = matchTopics(index, text);
  const best = suggestions[0];
  const topic = best ? (findTopic(data.catalogue, best.topic) ?? null) : null;
  const verdict = verdictFor(data.catalogue, tier, topic);
  const base = {
    score: topic && best ? best.score : 0,
    matched: topic && best ? best.matched : [],
    suggestions,
  };
  // The verdict's own fields (upsell tier, alternative…) without the tier, which the caller gave.
  const { tier: _tier, ...fields } = verdict;
  if ('alternative' in fields && fields.alternative === undefined) delete fields.alternative;
  return { ...fields, ...base };
}
