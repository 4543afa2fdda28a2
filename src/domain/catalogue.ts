/**
 * The catalogue model: tiers, categories and topics as the rest of the code sees them.
 * Content files are validated into this shape at build time; pages, exports, the matcher,
 * the wizard and the receiver all read it and never the raw files.
 */

import type { Language } from './language/languages.ts';

/** Support tiers in rank order. The ticket schema and content both use these ids. */
export const TIER_IDS = ['basic', 'premium', 'active', 'premium-plus'] as const;
export type TierId = (typeof TIER_IDS)[number];

/** How much help a tier gives for a topic, from most to least hands-on is not implied: see `coverage-levels.ts`. */
export const COVERAGE_LEVELS = [
  'included',
  'proactive',
  'managed',
  'guidance',
  'on-request',
  'not-included',
] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** Whether a cell is written in a service description or is our reading of what it leaves unsaid. */
export const BASES = ['stated', 'inferred'] as const;
export type Basis = (typeof BASES)[number];

/** How a tier works day to day. */
export const TIER_MODES = ['reactive', 'proactive', 'managed'] as const;
export type TierMode = (typeof TIER_MODES)[number];

/** Where a fact comes from, in words: a service description and its section. */
export interface Source {
  /** The document's title, e.g. `Premium Support service description`. */
  document: string;
  /** The section heading, e.g. `2. Declaration finalisation support`. */
  section: string;
}

export interface CoverageCell {
  level: CoverageLevel;
  basis: Basis;
  note?: string;
}

/** Where to go when no tier covers a topic: always with a page to open or an address to write to. */
export interface Alternative {
  /** The service or action to turn to, e.g. "Document services subscription". */
  name: string;
  /** What to do, in a sentence. */
  description: string;
  /** A page about it, on this site (`/support/new/?topic=…`) or elsewhere, and the link's words. */
  link?: { url: string; text: string };
  /** An address to write to about it. */
  email?: string;
}

export interface Tier {
  id: TierId;
  name: string;
  rank: number;
  summary: string;
  mode: TierMode;
  /** What this tier adds over the tier ranked just below it. */
  adds: string[];
  /** The address its service description names for questions about the tier (sales and information). */
  contact: string;
  source: Source;
  /** True when no full service description is published (Premium Plus). */
  descriptionOnRequest: boolean;
}

export interface Category {
  id: string;
  title: string;
  order: number;
  description: string;
}

/** How customers name a topic and write about it in one language. */
export interface TopicWording {
  aliases: string[];
  examples: string[];
}

export interface Topic {
  id: string;
  title: string;
  category: string;
  summary: string;
  /** English names and jargon for the topic, for search and the matcher. */
  aliases: string[];
  /** Things customers write about it, in English: the matcher's and search's evidence, not shown as quotes. */
  examples: string[];
  /** Other names a customer would recognise, shown as "Also called". */
  alsoCalled: string[];
  /** Three ways a customer might put it, shown as "You might describe it as…". */
  describedAs: string[];
  /** The same in the other languages customers write in, for the matcher. */
  languages?: Partial<Record<Exclude<Language, 'en'>, TopicWording>>;
  coverage: Record<TierId, CoverageCell>;
  sources: Source[];
  alternative?: Alternative;
  /** Basic asks customers to check their own system and data first for this kind of issue. */
  checkOwnSystemFirst: boolean;
}

export interface Catalogue {
  /** The support desk's e-mail address: where a ticket goes when it cannot be sent through the site. */
  supportEmail: string;
  /** Tiers sorted by rank, lowest first. */
  tiers: Tier[];
  /** Categories sorted by `order`. */
  categories: Category[];
  /** Topics sorted by category order, then by their `order` within it, then title. */
  topics: Topic[];
}

export function isTierId(value: unknown): value is TierId {
  return typeof value === 'string' && (TIER_IDS as readonly string[]).includes(value);
}

/** The topic with this id; works on any cut-down catalogue too (the wizard's keeps only some fields). */
export function findTopic<T extends Pick<Topic, 'id'>>(
  catalogue: { topics: readonly T[] },
  id: string,
): T | undefined {
  return catalogue.topics.find((topic) => topic.id === id);
}

export function findTier<T extends Pick<Tier, 'id'>>(
  catalogue: { tiers: readonly T[] },
  id: string,
): T | undefined {
  return catalogue.tiers.find((tier) => tier.id === id);
}

/** Topics grouped by category, categories in order, empty categories left out. */
export function topicsByCategory(
  catalogue: Catalogue,
  topics: readonly Topic[] = catalogue.topics,
): { category: Category; topics: Topic[] }[] {
  return catalogue.categories
    .map((category) => ({ category, topics: topics.filter((t) => t.category === category.id) }))
    .filter((group) => group.topics.length > 0);
}
