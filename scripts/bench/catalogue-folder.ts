/**
 * Writes a synthetic catalogue as a content folder the site can build from (`CONTENT_DIR`):
 * the real tiers, categories, lexicon, SLA policy and calendar, and one MDX file per topic.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageCell } from '../../src/domain/catalogue.ts';
import type { SyntheticTopic } from './synthetic-catalogue.ts';

/** Files copied as they are from the real `content/`. */
const COPIED = [
  'tiers',
  'categories.yaml',
  'contacts.yaml',
  'cues.yaml',
  'documents.yaml',
  'lexicon.yaml',
  'sla.yaml',
  'calendar.yaml',
  'unrelated.yaml',
  'everyday.yaml',
];

/** Every synthetic fact is said to come from this document of the real `documents.yaml`. */
export const SYNTHETIC_SOURCE_FILE = '000_16edb31cbe80d9c2.txt';

/** JSON strings are valid YAML double-quoted scalars, which spares us quoting rules. */
const q = (text: string) => JSON.stringify(text);

function cell(value: CoverageCell): string {
  if (value.basis === 'stated' && value.note === undefined) return value.level;
  return `{ level: ${value.level}, basis: ${value.basis}${value.note === undefined ? '' : `, note: ${q(value.note)}`} }`;
}

/** A topic's MDX file: frontmatter in the shape `topicSchema()` reads, then the body. */
export function topicMdx(topic: SyntheticTopic): string {
  const lines = [
    '---',
    `title: ${q(topic.title)}`,
    `category: ${topic.category}`,
    `order: ${topic.order}`,
    `summary: ${q(topic.summary)}`,
    'aliases:',
    ...topic.aliases.map((alias) => `  - ${q(alias)}`),
    'examples:',
    ...topic.examples.map((example) => `  - ${q(example)}`),
    'describedAs:',
    ...topic.describedAs.map((line) => `  - ${q(line)}`),
    'coverage:',
    ...Object.entries(topic.coverage).map(([tier, value]) => `  ${tier}: ${cell(value)}`),
    'sources:',
    ...topic.sources.flatMap((source) => [
      `  - seed: ${SYNTHETIC_SOURCE_FILE}`,
      `    section: ${q(source.section)}`,
    ]),
    ...(topic.alternative
      ? [
          'alternative:',
          `  name: ${q(topic.alternative.name)}`,
          `  description: ${q(topic.alternative.description)}`,
          ...(topic.alternative.link
            ? [`  link: { url: ${q(topic.alternative.link.url)}, text: ${q(topic.alternative.link.text)} }`]
            : []),
          ...(topic.alternative.email ? [`  email: ${q(topic.alternative.email)}`] : []),
        ]
      : []),
    `checkOwnSystemFirst: ${topic.checkOwnSystemFirst}`,
    '---',
    '',
    topic.body,
    '',
  ];
  return lines.join('\n');
}

/** Replaces `dir` with a content folder holding `topics` and the rest of `realContent`. */
export function writeCatalogueFolder(
  dir: string,
  realContent: string,
  topics: readonly SyntheticTopic[],
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'topics'), { recursive: true });
  for (const name of COPIED) cpSync(join(realContent, name), join(dir, name), { recursive: true });
  for (const topic of topics) writeFileSync(join(dir, 'topics', `${topic.id}.mdx`), topicMdx(topic));
}
