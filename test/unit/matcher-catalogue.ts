/** A small synthetic catalogue for the matcher and classify tests: a few topics, one per verdict shape. */
import type { Catalogue, CoverageLevel, Topic } from '../../src/domain/catalogue.ts';
import { TIER_IDS } from '../../src/domain/catalogue.ts';
import type { IntakeData } from '../../src/domain/intake-data.ts';

type TopicFields = Pick<Topic, 'id' | 'title'> &
  Partial<Pick<Topic, 'summary' | 'aliases' | 'examples' | 'alternative'>>;

export function topic(
  fields: TopicFields,
  levels: CoverageLevel[] = ['included', 'included', 'included', 'included'],
): Topic {
  const coverage = Object.fromEntries(
    TIER_IDS.map((tier, i) => [tier, { level: levels[i] ?? 'not-included', basis: 'stated' }]),
  ) as Topic['coverage'];
  return {
    category: 'c',
    summary: '',
    aliases: [],
    examples: [],
    alsoCalled: [],
    describedAs: [],
    sources: [],
    checkOwnSystemFirst: false,
    ...fields,
    coverage,
  };
}

export function catalogueOf(topics: Topic[]): Catalogue {
  return {
    supportEmail: 'support@example.com',
    tiers: TIER_IDS.map((id, rank) => ({
      id,
      rank,
      name: id,
      summary: '',
      mode: 'reactive',
      adds: [],
      contact: 'a@b.c',
      source: { document: 's', section: 's' },
      descriptionOnRequest: false,
    })),
    categories: [{ id: 'c', title: 'C', order: 1, description: '' }],
    topics,
  };
}

const NONE: CoverageLevel[] = ['not-included', 'not-included', 'not-included', 'not-included'];

/** Customs-flavoured topics: covered by all, upsell from Premium, upsell from Active, out of scope. */
export const TOPICS = [
  topic({
    id: 'login',
    title: 'Cannot log in to CAS',
    aliases: ['password reset', 'account locked'],
    examples: ['I forgot my password', 'Log in fails since this morning'],
  }),
  topic({
    id: 'updates',
    title: 'Questions about new versions',
    aliases: ['release notes', 'new version'],
    examples: ['Where are the release notes of the latest version?', 'What changed in the new version?'],
  }),
  topic(
    {
      id: 'finalisation',
      title: 'Declarations stuck before their final status',
      aliases: ['release not received', 'exit confirmation', 'goods not arrived'],
      examples: ['Still waiting for the release of our import', 'No exit confirmation for the export'],
    },
    ['not-included', 'included', 'proactive', 'managed'],
  ),
  topic(
    {
      id: 'tables',
      title: 'Decision tables',
      aliases: ['decision table', 'derivation rule'],
      examples: [
        'Set up a decision table for our export flow',
        'The decision table fills in the wrong default',
      ],
    },
    ['not-included', 'not-included', 'included', 'included'],
  ),
  topic(
    {
      id: 'tariff',
      title: 'Tariff classification',
      aliases: ['commodity code', 'classification'],
      examples: ['Which commodity code for bicycles?', 'Check our product classification'],
      alternative: { name: 'Master data services', description: 'Classification is a separate service.' },
    },
    NONE,
  ),
];

export const LEXICON = [
  ['commodity code', 'HS code', 'CN code', 'TARIC'],
  ['log in', 'log on', 'login', 'sign in'],
];

export function intakeData(catalogue: Catalogue = catalogueOf(TOPICS), lexicon = LEXICON): IntakeData {
  return {
    catalogue,
    lexicon,
    cues: { aside: [], focus: [] },
    unrelated: [],
    everyday: {},
    policy: {} as IntakeData['policy'],
    calendar: {} as IntakeData['calendar'],
  };
}
