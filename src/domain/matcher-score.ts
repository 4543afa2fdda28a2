/**
 * Scoring a query against the index. Each query term found in a topic adds its rarity (IDF)
 * times how prominently the topic uses it; two neighbouring terms that the topic also writes
 * side by side add a bonus, so a phrase beats the same words scattered. Scores go into a
 * scratch array reused across queries, so a query allocates little even with 3,000 topics.
 */
import { expandIndex, idf, pairKey, prominence } from './matcher-index.ts';
import type { MatcherIndex } from './matcher-index.ts';
import { lexiconTable, vocabularyOf } from './matcher-terms.ts';
import { readCues, type Cues } from './matcher-sentences.ts';
import { UNRELATED } from './matcher-unrelated.ts';
import type { LexiconTable, Term, Vocabulary } from './matcher-terms.ts';

/** A pair of neighbouring terms adds this share of its IDF on top of its words. */
const PAIR_BOOST = 1;

/** Lookup structures derived from the compact JSON index once, then reused for every query. */
export interface Runtime {
  index: MatcherIndex;
  lexicon: LexiconTable;
  vocabulary: Vocabulary;
  terms: Map<string, number[]>;
  pairs: Map<string, number[]>;
  /** The IDF of a word found in one topic only: the scale every threshold is relative to. */
  maxIdf: number;
  /** The cues that weigh sentences, folded for matching. */
  cues: Cues;
  /** Terms of everyday language: topics use them, and so do the unrelated messages. */
  general: ReadonlySet<string>;
  /** The position of the unrelated messages among the index's topics, or -1. */
  unrelated: number;
  scores: Float64Array;
  touched: Uint8Array;
}

const runtimes = new WeakMap<MatcherIndex, Runtime>();

export function runtimeOf(index: MatcherIndex): Runtime {
  let runtime = runtimes.get(index);
  if (!runtime) {
    const { lexicon, vocabulary, names, terms, pairs, general } = expandIndex(index);
    runtime = {
      index,
      lexicon: lexiconTable(lexicon),
      vocabulary: vocabularyOf(vocabulary, names),
      terms,
      pairs,
      maxIdf: [...terms.values(), ...pairs.values()].reduce(
        (max, row) => Math.max(max, idfOf(index, row)),
        0,
      ),
      cues: readCues(index.cues),
      general,
      unrelated: index.topics.indexOf(UNRELATED),
      scores: new Float64Array(index.topics.length),
      touched: new Uint8Array(index.topics.length),
    };
    runtimes.set(index, runtime);
  }
  return runtime;
}

/** One piece of evidence: a word or a pair of the query, the topics that use it, and what it is worth. */
export interface Hit {
  /** Posting row of the index: `[topic, frequency, …]`, sorted by topic. */
  row: number[];
  /** What it adds, before the topic's prominence: IDF, times the typo confidence. */
  idf: number;
  /** How rare the word or the pair itself is: a phrase of common words can still be telling. */
  rarity: number;
  /** Where in the text it was written. */
  span: [number, number];
  /** A phrase: two neighbouring words a topic writes together, or a lexicon concept ("HS code"). */
  phrase: boolean;
  /** Everyday language: the word (or both words of the pair) also occurs in the unrelated messages. */
  general: boolean;
}

/** The IDF of a posting row: it follows from how many topics the row lists. */
function idfOf(index: MatcherIndex, row: number[]): number {
  return idf(row.length / 2, index.topics.length);
}

/** Each distinct word once (its most confident occurrence): repeating a word proves nothing more. */
function wordHits(terms: readonly Term[], runtime: Runtime): Hit[] {
  const distinct = new Map<string, Term>();
  for (const term of terms) {
    if (term.numeric) continue;
    const earlier = distinct.get(term.term);
    if (!earlier || term.confidence > earlier.confidence) distinct.set(term.term, term);
  }
  const hits: Hit[] = [];
  for (const term of distinct.values()) {
    const row = runtime.terms.get(term.term);
    if (!row) continue;
    const idf = idfOf(runtime.index, row);
    hits.push({
      row,
      idf: idf * term.confidence,
      rarity: idf,
      span: [term.start, term.end],
      phrase: term.term.startsWith('='),
      general: runtime.general.has(term.term),
    });
  }
  return hits;
}

/** Neighbouring words that the topic also writes side by side, in either order. */
function pairHits(terms: readonly Term[], runtime: Runtime): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const wordIdf = (term: Term) => {
    const row = runtime.terms.get(term.term);
    return row ? idfOf(runtime.index, row) : 0;
  };
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1] as Term;
    const b = terms[i] as Term;
    const key = pairKey(a.term, b.term);
    const row = runtime.pairs.get(key);
    if (!row || a.term === b.term || seen.has(key)) continue;
    seen.add(key);
    // A pair is worth no more than its weaker word: "customs wants" is rare as a pair, but says little.
    const words = [a, b].filter((term) => !term.numeric).map(wordIdf);
    const rarity = idfOf(runtime.index, row);
    const idf = Math.min(rarity, ...words) * PAIR_BOOST * Math.min(a.confidence, b.confidence);
    hits.push({
      row,
      idf,
      rarity,
      span: [a.start, b.end],
      phrase: true,
      general: runtime.general.has(a.term) && runtime.general.has(b.term),
    });
  }
  return hits;
}

/** Scores below a thousandth are noise; rounding also keeps Node and browsers in step. */
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The evidence in `terms`, and every topic it touches with its score (unsorted, unfiltered).
 * Scores are summed in hit order, so the same text always gives the same numbers.
 */
export function score(
  terms: readonly Term[],
  runtime: Runtime,
): { hits: Hit[]; scored: { topic: number; score: number }[] } {
  const hits = [...wordHits(terms, runtime), ...pairHits(terms, runtime)];
  const { scores, touched } = runtime;
  const topics: number[] = [];
  for (const hit of hits) {
    const { row, idf } = hit;
    for (let i = 0; i + 1 < row.length; i += 2) {
      const topic = row[i] as number;
      if (!touched[topic]) {
        touched[topic] = 1;
        topics.push(topic);
      }
      scores[topic] = (scores[topic] ?? 0) + idf * prominence(row[i + 1] as number);
    }
  }
  const scored = topics.map((topic) => ({ topic, score: round3(scores[topic] ?? 0) }));
  for (const topic of topics) {
    scores[topic] = 0;
    touched[topic] = 0;
  }
  return { hits, scored };
}

/** How often a posting row lists `topic`, weighted by field (0 when it does not); rows are sorted by topic. */
export function frequencyIn(row: number[], topic: number): number {
  let low = 0;
  let high = row.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = row[middle * 2] as number;
    if (value === topic) return row[middle * 2 + 1] as number;
    if (value < topic) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** Whether a posting row lists `topic`. */
export function rowHas(row: number[], topic: number): boolean {
  return frequencyIn(row, topic) > 0;
}
