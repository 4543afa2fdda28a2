/**
 * The topic chooser's filter: topics grouped by category, narrowed to those whose title or
 * category has a word starting with every word typed ("rel not" finds "Release not received").
 * Case and accents do not matter.
 */
import { foldCase } from '../domain/fold-case.ts';
import type { WizardData, WizardTopic } from './wizard-data.ts';

export interface TopicGroup {
  category: { id: string; title: string };
  topics: WizardTopic[];
}

const wordsOf = (text: string) =>
  foldCase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The topics `filter` leaves, grouped by category in catalogue order; empty groups left out. */
export function filterTopics(catalogue: WizardData['catalogue'], filter: string): TopicGroup[] {
  const wanted = wordsOf(filter);
  return catalogue.categories
    .map((category) => ({
      category,
      topics: catalogue.topics.filter((topic) => {
        if (topic.category !== category.id) return false;
        const words = wordsOf(`${topic.title} ${category.title}`);
        return wanted.every((part) => words.some((word) => word.startsWith(part)));
      }),
    }))
    .filter((group) => group.topics.length > 0);
}
