/**
 * Queries for the matcher benchmark: a topic's own example phrases, perturbed the way people
 * really type them (words in another order, a typo, words that say nothing about the topic), so
 * the matcher does its full work (typo correction, pairs) rather than an exact lookup.
 */
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { seededRandom } from './synthetic-catalogue.ts';

export interface Query {
  text: string;
  /** The topic whose example the query came from. */
  topic: string;
}

const FILLER = [
  'hi',
  'please',
  'urgent',
  'thanks',
  'again',
  'today',
  'asap',
  'help',
  'hello team',
  'kind regards',
];

type Random = () => number;

/** One typing slip in a word of five letters or more: a letter dropped, doubled, swapped or replaced. */
export function typo(word: string, random: Random): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.charAt(at) + word.slice(at);
    case 2:
      return word.slice(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.slice(at + 1);
    default:
      return word.slice(0, at) + (word.charAt(at) === 'e' ? 'a' : 'e') + word.slice(at + 1);
  }
}

/** `text` with at least one of: its words shuffled, a typo, one to three filler words. */
export function perturb(text: string, random: Random): string {
  let words = text.split(/\s+/).filter(Boolean);
  // A bit mask from 1 to 7: shuffle, typo, filler; never none.
  const changes = Math.floor(random() * 7) + 1;
  if (changes & 1) {
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [words[i], words[j]] = [words[j] as string, words[i] as string];
    }
  }
  if (changes & 2) {
    const long = words.map((word, i) => [word, i] as const).filter(([word]) => word.length >= 5);
    const chosen = long[Math.floor(random() * long.length)];
    if (chosen) words[chosen[1]] = typo(chosen[0], random);
  }
  if (changes & 4) {
    const count = 1 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) {
      const at = Math.floor(random() * (words.length + 1));
      words = [
        ...words.slice(0, at),
        FILLER[Math.floor(random() * FILLER.length)] as string,
        ...words.slice(at),
      ];
    }
  }
  return words.join(' ');
}

/** `count` perturbed example phrases from topics picked at random, the same for the same seed. */
export function perturbedQueries(catalogue: Catalogue, count: number, seed = 7): Query[] {
  const random = seededRandom(seed);
  const queries: Query[] = [];
  for (let i = 0; i < count; i++) {
    const topic = catalogue.topics[Math.floor(random() * catalogue.topics.length)];
    if (!topic || topic.examples.length === 0) continue;
    const example = topic.examples[Math.floor(random() * topic.examples.length)] as string;
    queries.push({ text: perturb(example, random), topic: topic.id });
  }
  return queries;
}
