/**
 * The matcher's index: built once from the catalogue (titles, aliases, examples, summaries)
 * and the lexicon, plain JSON so the build can ship it to the browser. Every weight is worked
 * out here, so a query only looks terms up.
 */
import type { Catalogue, Topic } from './catalogue.ts';
import { analyse, lexiconTable } from './matcher-terms.ts';
import type { Term } from './matcher-terms.ts';
import { isStopword, splitWords } from './text-normalise.ts';

export interface MatcherIndex {
  version: 1;
  /** Topic ids; postings refer to topics by their position here. */
  topics: string[];
  /**
   * Folded words of the content and the lexicon that typo correction may land on, beyond the
   * terms themselves: words of four letters or more that are not already a term as written.
   */
  words: string[];
  /** The lexicon groups as given, so the query reads phrases the same way. */
  lexicon: string[][];
  /** IDF by document frequency (the number of topics a term or pair occurs in). */
  idf: Record<number, number>;
  /** Per term: `[topic, frequency, topic, frequency, …]`, frequencies weighted by field. */
  terms: Record<string, number[]>;
  /** Per pair of neighbouring terms (sorted, joined by a space), as for `terms`. */
  pairs: Record<string, number[]>;
}

/** How much one occurrence counts, by where it is written: names and aliases say the most. */
const FIELD_WEIGHT = { title: 3, alias: 3, example: 1, summary: 1 } as const;

/**
 * A phrase counts when the topic uses it in its title or an alias, or in at least two examples:
 * a pair of words that occurs once in one example is chance, and would only bloat the index.
 */
const MIN_PAIR_FREQUENCY = 2;

/** Saturation: a term found in many places of a topic weighs more, but never more than 1. */
const SATURATION = 2;

function fields(topic: Topic): { text: string; weight: number }[] {
  return [
    { text: topic.title, weight: FIELD_WEIGHT.title },
    { text: topic.summary, weight: FIELD_WEIGHT.summary },
    ...topic.aliases.map((text) => ({ text, weight: FIELD_WEIGHT.alias })),
    ...topic.examples.map((text) => ({ text, weight: FIELD_WEIGHT.example })),
  ];
}

/** The key of two neighbouring terms, in either order: "stuck declaration" = "declaration stuck". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** Neighbouring term pairs of a text, each once. */
export function pairsOf(terms: readonly Term[]): string[] {
  const keys = new Set<string>();
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1] as Term;
    const b = terms[i] as Term;
    if (a.term !== b.term) keys.add(pairKey(a.term, b.term));
  }
  return [...keys];
}

/** Okapi BM25 inverse document frequency: near 0 for a term in every topic, about ln N for a term in one. */
function idf(documentFrequency: number, topicCount: number): number {
  return Math.round(Math.log(1 + (topicCount - documentFrequency + 0.5) / (documentFrequency + 0.5)) * 1000) / 1000;
}

/**
 * How prominently a topic uses a term, from its field-weighted frequency: saturates towards 1,
 * so a term in many examples weighs more than in one, but a long topic cannot pile up points.
 */
export function prominence(frequency: number): number {
  return frequency / (frequency + SATURATION);
}

function postings(perTopic: Map<string, Map<number, number>>, minFrequency = 0): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of [...perTopic.keys()].sort()) {
    const weights = [...(perTopic.get(key) as Map<number, number>)].filter(([, frequency]) => frequency >= minFrequency);
    if (weights.length) out[key] = weights.sort((a, b) => a[0] - b[0]).flat();
  }
  return out;
}

function add(table: Map<string, Map<number, number>>, key: string, topic: number, weight: number) {
  const row = table.get(key) ?? new Map<number, number>();
  row.set(topic, (row.get(topic) ?? 0) + weight);
  table.set(key, row);
}

/** Builds the index for `catalogue`, reading `lexicon` groups as interchangeable terms. */
export function buildMatcherIndex(catalogue: Catalogue, lexicon: string[][]): MatcherIndex {
  const table = lexiconTable(lexicon);
  const terms = new Map<string, Map<number, number>>();
  const pairs = new Map<string, Map<number, number>>();
  const words = new Set<string>();
  for (const group of lexicon) for (const term of group) for (const word of splitWords(term)) words.add(word.norm);
  catalogue.topics.forEach((topic, index) => {
    for (const field of fields(topic)) {
      for (const word of splitWords(field.text)) words.add(word.norm);
      const analysed = analyse(field.text, table);
      for (const term of new Set(analysed.filter((t) => !t.numeric).map((t) => t.term))) add(terms, term, index, field.weight);
      for (const key of pairsOf(analysed)) add(pairs, key, index, field.weight);
    }
  });
  const termRows = postings(terms);
  const pairRows = postings(pairs, MIN_PAIR_FREQUENCY);
  const documentFrequencies = new Set([...Object.values(termRows), ...Object.values(pairRows)].map((row) => row.length / 2));
  return {
    version: 1,
    topics: catalogue.topics.map((topic) => topic.id),
    words: [...words].filter((word) => word.length >= 4 && !/\d/.test(word) && !isStopword(word) && !terms.has(word)).sort(),
    lexicon: lexicon.map((group) => [...group]),
    idf: Object.fromEntries([...documentFrequencies].sort((a, b) => a - b).map((df) => [df, idf(df, catalogue.topics.length)])),
    terms: termRows,
    pairs: pairRows,
  };
}
