/**
 * The matcher's index: built once from the catalogue (titles, aliases, examples, summaries)
 * and the lexicon, plain JSON so the build can ship it to the browser. Every frequency is worked
 * out here, so a query only looks terms up.
 *
 * The browser downloads it, so it is written compactly: nothing is stored that the query side
 * can work out again with the same functions (the stems of words, the lexicon's own words and
 * concepts, the IDF of a row), words are front-coded and posting rows are numbers written as
 * letters.
 * `expandIndex` turns it back into lookup tables; results are the same as from plain tables.
 */
import type { Catalogue, Topic } from './catalogue.ts';
import { detectLanguage, LANGUAGES, type Language } from './language/languages.ts';
import { analyse, conceptTerm, isWordTerm, lexiconTable, stemPhrase, termOf } from './matcher-terms.ts';
import type { Term, WordsByLanguage } from './matcher-terms.ts';
import { isStopword, splitWords } from './text-normalise.ts';
import { writeCues, type Cues } from './matcher-sentences.ts';
import { UNRELATED } from './matcher-unrelated.ts';
import {
  decodeNumbers,
  decodeRow,
  encodeNumbers,
  encodeRow,
  frontCode,
  frontDecode,
} from './matcher-encoding.ts';

export interface MatcherIndex {
  version: 4;
  /** Topic ids; postings refer to topics by their position here. */
  topics: string[];
  /**
   * The lexicon as the matcher reads it (`readableLexicon`), so the query reads phrases the same
   * way; its words count as vocabulary too. Terms joined by `,`, groups by `;`.
   */
  lexicon: string;
  /**
   * The English words typo correction may land on (`isVocabularyWord`) that the lexicon does not
   * already have, sorted and front-coded (`frontCode`). Typos are corrected in English only.
   */
  words: string;
  /**
   * The terms posting rows and pairs refer to by position ("releas", "vrijgav", "!not"), sorted and
   * front-coded; the lexicon's concepts follow them, in group order (`termNames`).
   */
  names: string;
  /**
   * A posting row for each name, in that order, as numbers (`encodeNumbers`): how
   * many topics, then for each its distance from the topic before and its frequency, weighted
   * by field. A name with no topics is not a term (a number, say, that only counts in a pair).
   */
  terms: string;
  /** The cues that weigh sentences (`content/cues.yaml`), folded, as `writeCues` writes them. */
  cues: string;
  /**
   * Terms of everyday language (the topics use them, and so do the unrelated messages), as their
   * positions among the names, each a step from the one before (`encodeNumbers`).
   */
  general: string;
  /**
   * Pairs of neighbouring terms, as numbers, ordered by the first topic they occur in: a posting
   * row as in `terms` (its first topic a step from the pair before's), then each half as its
   * place among the terms of that topic, counting from 1 (0 when it is none of them: its
   * position among the names follows). Counting within a topic keeps these numbers small.
   */
  pairs: string;
}

/** The lookup tables a query needs, as `expandIndex` rebuilds them. */
export interface ExpandedIndex {
  /** The lexicon groups. */
  lexicon: string[][];
  /** The words typo correction may land on (English only). */
  vocabulary: WordsByLanguage;
  /** Every plain term the index knows, in any language: what decides whether a word is known. */
  names: string[];
  /** Per term: `[topic, frequency, topic, frequency, …]`, sorted by topic. */
  terms: Map<string, number[]>;
  /** Per pair of neighbouring terms (`pairKey`), as for `terms`. */
  pairs: Map<string, number[]>;
  /** Terms of everyday language: the topics use them and so do the unrelated messages. */
  general: Set<string>;
}

/** How much one occurrence counts, by where it is written: names and aliases say the most. */
const FIELD_WEIGHT = { title: 3, alias: 3, example: 1, summary: 1 } as const;

/**
 * A phrase counts when the topic uses it in its title or an alias, or in at least four examples:
 * a pair of words that a few examples happen to share is chance, and would only bloat the index.
 */
const MIN_PAIR_FREQUENCY = 4;

/** A term only one topic writes, with less weight than this (one or two examples), is left out of the index. */
const MIN_TERM_WEIGHT = 3;

/** Saturation: a term found in many places of a topic weighs more, but never more than 1. */
const SATURATION = 2;

function fields(topic: Topic): { text: string; weight: number; language: Language }[] {
  const english = 'en' as const;
  return [
    { text: topic.title, weight: FIELD_WEIGHT.title, language: english },
    { text: topic.summary, weight: FIELD_WEIGHT.summary, language: english },
    ...topic.aliases.map((text) => ({ text, weight: FIELD_WEIGHT.alias, language: english })),
    ...topic.examples.map((text) => ({ text, weight: FIELD_WEIGHT.example, language: english })),
    ...LANGUAGES.flatMap((language) => {
      const wording = language === 'en' ? undefined : topic.languages?.[language];
      return wording
        ? [
            ...wording.aliases.map((text) => ({ text, weight: FIELD_WEIGHT.alias, language })),
            ...wording.examples.map((text) => ({ text, weight: FIELD_WEIGHT.example, language })),
          ]
        : [];
    }),
  ];
}

/** The key of two neighbouring terms, in either order: "stuck declaration" = "declaration stuck". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** Neighbouring term pairs of a text, each once, each as its two terms in key order. */
export function pairsOf(terms: readonly Term[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (let i = 1; i < terms.length; i++) {
    const a = (terms[i - 1] as Term).term;
    const b = (terms[i] as Term).term;
    if (a !== b) pairs.set(pairKey(a, b), a < b ? [a, b] : [b, a]);
  }
  return [...pairs.values()];
}

/**
 * Okapi BM25 inverse document frequency: near 0 for a term in every topic, about ln N for a term
 * in one. Worked out from the posting row (how many topics it lists) when a query needs it;
 * rounded, so Node and browsers agree on it.
 */
export function idf(documentFrequency: number, topicCount: number): number {
  return (
    Math.round(Math.log(1 + (topicCount - documentFrequency + 0.5) / (documentFrequency + 0.5)) * 1000) / 1000
  );
}

/**
 * How prominently a topic uses a term, from its field-weighted frequency: saturates towards 1,
 * so a term in many examples weighs more than in one, but a long topic cannot pile up points.
 */
export function prominence(frequency: number): number {
  return frequency / (frequency + SATURATION);
}

/** Words typo correction may land on: four letters or more, no digits, not a stopword. */
export function isVocabularyWord(norm: string): boolean {
  return norm.length >= 4 && !/\d/.test(norm) && !isStopword(norm);
}

/** The lexicon's own vocabulary words: the index does not store them twice. */
function lexiconVocabulary(lexicon: readonly (readonly string[])[]): string[] {
  return lexicon
    .flatMap((group) => group.flatMap((term) => splitWords(term).map((word) => word.norm)))
    .filter(isVocabularyWord);
}

/** The folded words of a text, as the matcher reads it. */
const normsOf = (text: string) => JSON.stringify(splitWords(text).map((word) => word.norm));

/**
 * The lexicon with the same phrases, concepts and words, written shorter: a term that reads as a
 * phrase an earlier term already has is left out (the phrase table keeps the first; its words
 * join the other vocabulary words), and each term is written as its folded words ("Set-up" as
 * "setup") when those read back the same. No term has a `,` or `;` left: they only separated words.
 */
function readableLexicon(lexicon: readonly (readonly string[])[]): string[][] {
  const seen = new Set<string>();
  return lexicon.map((group) =>
    group.flatMap((term, i) => {
      const key = stemPhrase(term);
      const fresh = key !== '' && !seen.has(key);
      seen.add(key);
      // The first term stays whatever it is: it names the group's concept.
      if (!fresh && i > 0) return [];
      const folded = splitWords(term)
        .map((word) => word.norm)
        .join(' ');
      return [normsOf(folded) === normsOf(term) ? folded : term.replace(/[,;]/g, ' ')];
    }),
  );
}

/** The names posting rows and pairs refer to by position: the shipped ones, then the concept of each lexicon group. */
export function termNames(names: readonly string[], lexicon: readonly (readonly string[])[]): string[] {
  return [...names, ...lexicon.map(conceptTerm)];
}

/** The lookup tables of an index: what the query side works with. */
export function expandIndex(index: MatcherIndex): ExpandedIndex {
  const lexicon = index.lexicon ? index.lexicon.split(';').map((group) => group.split(',')) : [];
  const words = [...frontDecode(index.words), ...lexiconVocabulary(lexicon)];
  const names = termNames(frontDecode(index.names), lexicon);
  const terms = new Map<string, number[]>();
  // Per topic, the positions in `names` of its terms, in order: what pairs count within.
  const local = index.topics.map((): number[] => []);
  let numbers = decodeNumbers(index.terms);
  let at = 0;
  names.forEach((name, position) => {
    let row: number[];
    [row, at] = decodeRow(numbers, at);
    if (row.length > 0) terms.set(name, row);
    for (let i = 0; i < row.length; i += 2) local[row[i] as number]?.push(position);
  });
  const pairs = new Map<string, number[]>();
  numbers = decodeNumbers(index.pairs);
  let topic = 0;
  let first = 0;
  for (at = 0; at < numbers.length;) {
    let row: number[];
    [row, at] = decodeRow(numbers, at, topic);
    if (row[0] !== topic) first = 0;
    topic = row[0] as number;
    first += numbers[at++] as number;
    let second = numbers[at++] as number;
    if (first && second) second += first;
    const a = first ? local[topic]?.[first - 1] : numbers[at++];
    const b = second ? local[topic]?.[second - 1] : numbers[at++];
    pairs.set(pairKey(names[a as number] as string, names[b as number] as string), row);
  }
  let position = 0;
  const general = new Set(
    decodeNumbers(index.general ?? '').map((step) => names[(position += step)] as string),
  );
  return { lexicon, vocabulary: { en: words }, names: names.filter(isWordTerm), terms, pairs, general };
}

function postings(
  perTopic: Map<string, Map<number, number>>,
  keep: (key: string, topic: number, frequency: number) => boolean = () => true,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, topics] of perTopic) {
    const weights = [...topics].filter(([topic, frequency]) => keep(key, topic, frequency));
    if (weights.length) out.set(key, weights.sort((a, b) => a[0] - b[0]).flat());
  }
  return out;
}

function add(table: Map<string, Map<number, number>>, key: string, topic: number, weight: number) {
  const row = table.get(key) ?? new Map<number, number>();
  row.set(topic, (row.get(topic) ?? 0) + weight);
  table.set(key, row);
}

/** What the matcher reads besides the topics and the lexicon. */
export interface MatcherExtras {
  cues?: Cues;
  /** Messages about anything but support (`content/unrelated.yaml`). */
  unrelated?: readonly string[];
  /** The most common words of everyday language, by language (`content/everyday.yaml`). */
  everyday?: Partial<Record<Language, readonly string[]>>;
}

/** The terms of the everyday words, each stemmed in its language, and the concepts a lexicon group names with one. */
function everydayTerms(
  everyday: MatcherExtras['everyday'] = {},
  lexicon: readonly (readonly string[])[],
): Set<string> {
  const terms = new Set(
    LANGUAGES.flatMap((language) => (everyday[language] ?? []).map((word) => stemPhrase(word, language))),
  );
  for (const group of lexicon) if (terms.has(stemPhrase(group[0] ?? ''))) terms.add(conceptTerm(group));
  return terms;
}

/**
 * A term people write more often, for its share of all words, in messages about other things
 * than in the topics: "attached", "same", "call". "Declaration" is not, though unrelated messages
 * use it too ("a declaration of love"): the topics use it far more.
 */
function isEveryday(
  term: string,
  written: Record<'topics' | 'unrelated', Map<string, number>>,
  total: Record<'topics' | 'unrelated', number>,
): boolean {
  const unrelated = written.unrelated.get(term) ?? 0;
  if (unrelated === 0 || total.unrelated === 0) return false;
  return unrelated / total.unrelated >= ((written.topics.get(term) ?? 0) / total.topics) * EVERYDAY_RATIO;
}

/** How many times more often, for their share of words, unrelated messages must write a term for it to be everyday. */
const EVERYDAY_RATIO = 1;

/** Unrelated messages as fields, each in the language it is written in. */
function unrelatedFields(
  examples: readonly string[],
): { text: string; weight: number; language: Language }[] {
  return examples.map((text) => ({
    text,
    weight: FIELD_WEIGHT.example,
    language: detectLanguage(splitWords(text)),
  }));
}

/** Builds the index for `catalogue`, reading `lexicon` groups as interchangeable terms. */
export function buildMatcherIndex(
  catalogue: Catalogue,
  lexicon: string[][],
  extras: MatcherExtras = {},
): MatcherIndex {
  const table = lexiconTable(lexicon);
  const terms = new Map<string, Map<number, number>>();
  const pairs = new Map<string, Map<number, number>>();
  const halves = new Map<string, [string, string]>();
  const words = new Set<string>();
  // The phrases of each topic's title and aliases, as "topic pair": kept however rare.
  const named = new Set<string>();
  const documents = [
    ...catalogue.topics.map((topic) => ({ id: topic.id, fields: fields(topic) })),
    ...(extras.unrelated?.length ? [{ id: UNRELATED, fields: unrelatedFields(extras.unrelated) }] : []),
  ];
  // How often each term is written in the topics and in the unrelated messages, and in all.
  const written = { topics: new Map<string, number>(), unrelated: new Map<string, number>() };
  const total = { topics: 0, unrelated: 0 };
  documents.forEach((document, index) => {
    // The unrelated messages come last and keep only the words no topic uses: "wine" and "birthday"
    // tell a message is about something else; "port" and "declaration" are the topics' to weigh.
    const own = (table: Map<string, unknown>, key: string) => document.id !== UNRELATED || !table.has(key);
    for (const field of document.fields) {
      if (field.language === 'en')
        for (const word of splitWords(field.text)) if (isVocabularyWord(word.norm)) words.add(word.norm);
      const analysed = analyse(field.text, table, field.language);
      const side = document.id === UNRELATED ? 'unrelated' : 'topics';
      for (const term of analysed) {
        written[side].set(term.term, (written[side].get(term.term) ?? 0) + 1);
        total[side] += 1;
      }
      for (const term of new Set(analysed.filter((t) => !t.numeric).map((t) => t.term)))
        if (own(terms, term) || terms.get(term)?.has(index)) add(terms, term, index, field.weight);
      for (const [a, b] of pairsOf(analysed)) {
        const key = pairKey(a, b);
        if (!own(pairs, key) && !pairs.get(key)?.has(index)) continue;
        halves.set(key, [a, b]);
        add(pairs, key, index, field.weight);
        if (field.weight >= FIELD_WEIGHT.alias) named.add(`${index} ${key}`);
      }
    }
  });
  const termRows = postings(terms);
  const pairRows = postings(
    pairs,
    (key, topic, frequency) => frequency >= MIN_PAIR_FREQUENCY || named.has(`${topic} ${key}`),
  );
  // A word only one or two examples of one topic use says little for the bytes it costs: it goes,
  // unless the unrelated messages are all that use it (they need every word they have).
  const unrelated = documents.findIndex((document) => document.id === UNRELATED);
  for (const [name, row] of termRows) {
    if (row.length === 2 && row[0] !== unrelated && (row[1] as number) < MIN_TERM_WEIGHT)
      termRows.delete(name);
  }

  const shipped = readableLexicon(lexicon);
  const concepts = new Set(shipped.map(conceptTerm));
  const used = [
    ...termRows.keys(),
    ...[...pairRows.keys()].flatMap((key) => halves.get(key) as [string, string]),
  ];
  const plain = [...new Set(used.filter((name) => !concepts.has(name)))].sort();
  const names = termNames(plain, shipped);
  const fromLexicon = new Set(lexiconVocabulary(shipped));
  // Typo correction lands on words whose term the index still has.
  const known = new Set(names);
  const position = new Map<string, number>();
  names.forEach((name, i) => position.has(name) || position.set(name, i));

  const termNumbers: number[] = [];
  const local = documents.map((): number[] => []);
  names.forEach((name, i) => {
    // A name listed twice (two lexicon groups with the same concept) has its row the first time.
    const row = (position.get(name) === i && termRows.get(name)) || [];
    encodeRow(row, termNumbers);
    for (let j = 0; j < row.length; j += 2) local[row[j] as number]?.push(i);
  });
  const pairList = [...pairRows].map(([key, row]) => {
    const topic = row[0] as number;
    const [a, b] = (halves.get(key) as [string, string])
      .map((name) => position.get(name) as number)
      .sort((x, y) => x - y) as [number, number];
    return {
      row,
      topic,
      a,
      b,
      first: local[topic]?.indexOf(a) ?? -1,
      second: local[topic]?.indexOf(b) ?? -1,
    };
  });
  pairList.sort(
    (p, q) => p.topic - q.topic || p.first - q.first || p.second - q.second || p.a - q.a || p.b - q.b,
  );
  const pairNumbers: number[] = [];
  let topic = 0;
  let first = 0;
  for (const pair of pairList) {
    encodeRow(pair.row, pairNumbers, topic);
    if (pair.topic !== topic) first = 0;
    topic = pair.topic;
    pairNumbers.push(
      pair.first + 1 - first,
      pair.first >= 0 && pair.second >= 0 ? pair.second - pair.first : pair.second + 1,
    );
    if (pair.first < 0) pairNumbers.push(pair.a);
    if (pair.second < 0) pairNumbers.push(pair.b);
    first = pair.first + 1;
  }
  const common = everydayTerms(extras.everyday, shipped);
  const generalSteps: number[] = [];
  let previous = 0;
  names.forEach((name, i) => {
    if (position.get(name) !== i || !(common.has(name) || isEveryday(name, written, total))) {
      return;
    }
    generalSteps.push(i - previous);
    previous = i;
  });
  return {
    version: 4,
    general: encodeNumbers(generalSteps),
    cues: writeCues(extras.cues ?? { aside: [], focus: [] }),
    topics: documents.map((document) => document.id),
    lexicon: shipped.map((group) => group.join(',')).join(';'),
    words: frontCode([...words].filter((word) => !fromLexicon.has(word) && known.has(termOf(word))).sort()),
    names: frontCode(plain),
    // Pairs before terms: the file compresses a little better.
    pairs: encodeNumbers(pairNumbers),
    terms: encodeNumbers(termNumbers),
  };
}
