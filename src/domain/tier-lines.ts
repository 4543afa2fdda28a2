/**
 * "What each tier does" for a topic, generated from its coverage cells so the page can never say
 * something the matrix does not: tiers whose cells are the same (level, basis and note) share a
 * line, and an inferred cell tells the reader the service description is silent and to ask us.
 */
import type { CoverageCell, CoverageLevel, Tier, TierId, Topic } from './catalogue.ts';
import { INFERRED_SENTENCE, LEVELS } from './coverage-levels.ts';
import { listInWords } from './list-in-words.ts';

export interface TierLine {
  /** The tiers the line is about, in rank order. */
  tiers: TierId[];
  /** Who it is about: `Premium Support`, `Basic Support and Premium Support`, or `Every tier`. */
  label: string;
  level: CoverageLevel;
  inferred: boolean;
  /** The sentences: `Included: help on a ticket you raise. For new or complex customs errors.` */
  text: string;
}

/** Ends a note with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** One cell in words: the level and what it means, the note, and for an inferred cell that we are asked. */
export function cellText(cell: CoverageCell): string {
  const info = LEVELS[cell.level];
  const level =
    cell.level === 'not-included' ? `${info.label}.` : `${info.label}: ${lowerFirst(info.description)}`;
  return [level, cell.note && sentence(cell.note), cell.basis === 'inferred' && INFERRED_SENTENCE]
    .filter(Boolean)
    .join(' ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const sameCell = (a: CoverageCell, b: CoverageCell) =>
  a.level === b.level && a.basis === b.basis && a.note === b.note;

/** The lines of "What each tier does", tiers in the order given (rank order), neighbours with the same cell together. */
export function whatEachTierDoes(
  tiers: readonly Pick<Tier, 'id' | 'name'>[],
  topic: Pick<Topic, 'coverage'>,
): TierLine[] {
  const groups: Pick<Tier, 'id' | 'name'>[][] = [];
  for (const tier of tiers) {
    const last = groups.at(-1);
    if (last && sameCell(topic.coverage[last[0]!.id], topic.coverage[tier.id])) last.push(tier);
    else groups.push([tier]);
  }
  return groups.map((group) => {
    const cell = topic.coverage[group[0]!.id];
    return {
      tiers: group.map((tier) => tier.id),
      label:
        groups.length === 1 && tiers.length > 1 ? 'Every tier' : listInWords(group.map((tier) => tier.name)),
      level: cell.level,
      inferred: cell.basis === 'inferred',
      text: cellText(cell),
    };
  });
}

/** `Covered by Premium Support, Active Support and Premium Plus Support.`, or that no tier covers it. */
export function coveredByLine(
  tiers: readonly Pick<Tier, 'id' | 'name'>[],
  topic: Pick<Topic, 'coverage'>,
): string {
  const names = tiers
    .filter((tier) => topic.coverage[tier.id].level !== 'not-included')
    .map((tier) => tier.name);
  if (names.length === 0) return 'No support tier covers this.';
  return names.length === tiers.length
    ? 'Every support tier covers this.'
    : `Covered by ${listInWords(names)}.`;
}
