/**
 * Cross-file rules for the catalogue, the ones a single file's schema cannot see.
 * Each problem names the file, the field and the fix, in the same style as schema errors:
 * `content/topics/bcp.mdx → coverage.gold: unknown tier "gold"; use one of basic, premium, …`.
 */
import { TIER_IDS, type CoverageLevel } from './catalogue.ts';
import { isCovered } from './coverage.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** A catalogue as read from files, before cross-file checks: every entry remembers its file. */
export interface RawCatalogue {
  tiers: { id: string; file: string; rank: number; sources: RawSource[] }[];
  categories: { id: string; file: string }[];
  /** The service descriptions `sources` may name, by their file. */
  documents: { file: string }[];
  /** The teams of `contacts.yaml`, by id. */
  contacts: { id: string; file: string }[];
  topics: {
    id: string;
    file: string;
    category: string;
    sources: RawSource[];
    aliases: string[];
    coverage: Record<string, { level: string }>;
    hasAlternative: boolean;
  }[];
}

/** A `sources` entry as written: the document's file and a section. */
export interface RawSource {
  seed: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} → ${problem.field}: ${problem.message}`;
}

/** Thrown by the build when content breaks a cross-file rule; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The catalogue content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const tierList = TIER_IDS.join(', ');

/** The entry of `contacts.yaml` that is the support desk. */
export const SUPPORT_CONTACT = 'support';

function checkTiers(raw: RawCatalogue): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const tier of raw.tiers) {
    if (!(TIER_IDS as readonly string[]).includes(tier.id)) {
      problems.push({
        file: tier.file,
        field: '(file name)',
        message: `unknown tier id "${tier.id}"; name the file after one of ${tierList}`,
      });
    }
  }
  for (const id of TIER_IDS) {
    if (!raw.tiers.some((tier) => tier.id === id)) {
      problems.push({
        file: `tiers/${id}.mdx`,
        field: '(file)',
        message: `tier "${id}" is missing; add the file`,
      });
    }
  }
  const byRank = new Map<number, string>();
  for (const tier of [...raw.tiers].sort((a, b) => a.file.localeCompare(b.file))) {
    const other = byRank.get(tier.rank);
    if (other !== undefined) {
      problems.push({
        file: tier.file,
        field: 'rank',
        message: `rank ${tier.rank} is also used by ${other}; give each tier its own rank`,
      });
    } else byRank.set(tier.rank, tier.file);
  }
  return problems;
}

function checkTopic(raw: RawCatalogue, topic: RawCatalogue['topics'][number]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const knownTiers = raw.tiers
    .map((tier) => tier.id)
    .filter((id) => (TIER_IDS as readonly string[]).includes(id));
  if (!raw.categories.some((category) => category.id === topic.category)) {
    problems.push({
      file: topic.file,
      field: 'category',
      message: `no category "${topic.category}"; use one of ${raw.categories.map((c) => c.id).join(', ')} or add it to categories.yaml`,
    });
  }
  for (const key of Object.keys(topic.coverage)) {
    if (!knownTiers.includes(key)) {
      problems.push({
        file: topic.file,
        field: `coverage.${key}`,
        message: `unknown tier "${key}"; use one of ${tierList}`,
      });
    }
  }
  for (const tier of knownTiers) {
    if (!(tier in topic.coverage)) {
      problems.push({
        file: topic.file,
        field: `coverage.${tier}`,
        message: `missing; every topic states its coverage for every tier (use "not-included" when the tier does not cover it)`,
      });
    }
  }
  const coveredSomewhere = knownTiers.some((tier) => {
    const cell = topic.coverage[tier];
    return cell !== undefined && isCovered(cell.level as CoverageLevel);
  });
  if (!coveredSomewhere && !topic.hasAlternative) {
    problems.push({
      file: topic.file,
      field: 'alternative',
      message:
        'no tier covers this topic, so say where to go instead: add alternative: { name, description }',
    });
  }
  return problems;
}

function checkAliases(raw: RawCatalogue): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const topic of raw.topics) {
    topic.aliases.forEach((alias, index) => {
      const key = alias.trim().toLowerCase();
      const owner = seen.get(key);
      if (owner !== undefined && owner !== topic.file) {
        problems.push({
          file: topic.file,
          field: `aliases[${index}]`,
          message: `"${alias}" is already an alias of ${owner}; an alias may point to one topic only`,
        });
      } else seen.set(key, topic.file);
    });
  }
  return problems;
}

/** Sources must name a document listed in `documents.yaml`, so pages can name it in words. */
function checkSources(
  raw: RawCatalogue,
  entry: { file: string; sources: RawSource[] },
  field: string,
): ContentProblem[] {
  const known = raw.documents.map((document) => document.file);
  return entry.sources.flatMap((source, index) =>
    known.includes(source.seed)
      ? []
      : [
          {
            file: entry.file,
            field: `${field}${field === 'sources' ? `[${index}]` : ''}.seed`,
            message: `no document "${source.seed}" in documents.yaml; use one of ${known.join(', ')} or add it there`,
          },
        ],
  );
}

/** The wizard and the ticket form offer an e-mail to support when the site cannot take a ticket. */
function checkContacts(raw: RawCatalogue): ContentProblem[] {
  if (raw.contacts.some((contact) => contact.id === SUPPORT_CONTACT)) return [];
  return [
    {
      file: raw.contacts[0]?.file ?? 'contacts.yaml',
      field: SUPPORT_CONTACT,
      message: `missing; add ${SUPPORT_CONTACT}: { name, email } with the support desk's address`,
    },
  ];
}

/** Every cross-file problem in the catalogue, in file order. An empty list means the content is sound. */
export function checkCatalogue(raw: RawCatalogue): ContentProblem[] {
  return [
    ...checkContacts(raw),
    ...checkTiers(raw),
    ...raw.tiers.flatMap((tier) => checkSources(raw, tier, 'source')),
    ...raw.topics.flatMap((topic) => [...checkTopic(raw, topic), ...checkSources(raw, topic, 'sources')]),
    ...checkAliases(raw),
  ];
}
