import { describe, expect, it } from 'vitest';
import { TIER_IDS } from '../../src/domain/catalogue.ts';
import type { Tier } from '../../src/domain/catalogue.ts';
import { checkCatalogue } from '../../src/domain/catalogue-checks.ts';
import { isCovered } from '../../src/domain/coverage.ts';
import { boundedEditDistance } from '../../src/domain/edit-distance.ts';
import { SYNTHETIC_SOURCE_FILE, topicMdx } from '../../scripts/bench/catalogue-folder.ts';
import { perturb, perturbedQueries, typo } from '../../scripts/bench/matcher-queries.ts';
import {
  seededRandom,
  syntheticCatalogue,
  syntheticTopics,
} from '../../scripts/bench/synthetic-catalogue.ts';

const tiers: Pick<Tier, 'id' | 'name' | 'source'>[] = TIER_IDS.map((id) => ({
  id,
  name: `${id} Support`,
  source: { document: 'Basic Support service description', section: `What is ${id}?` },
}));
const categories = ['using-cas', 'declaration-alerts', 'not-covered'];
const topics = syntheticTopics(3000, { tiers, categories, uncoveredCategory: 'not-covered' });

describe('the synthetic catalogue generator', () => {
  it('makes 3,000 topics that pass every cross-file rule of the build (unique aliases included)', () => {
    const problems = checkCatalogue({
      tiers: tiers.map((tier, rank) => ({
        id: tier.id,
        file: `tiers/${tier.id}.mdx`,
        rank,
        sources: [{ seed: SYNTHETIC_SOURCE_FILE }],
      })),
      categories: categories.map((id) => ({ id, file: 'categories.yaml' })),
      documents: [{ file: SYNTHETIC_SOURCE_FILE }],
      contacts: [{ id: 'support', file: 'contacts.yaml' }],
      topics: topics.map((topic) => ({
        id: topic.id,
        file: `topics/${topic.id}.mdx`,
        category: topic.category,
        sources: [{ seed: SYNTHETIC_SOURCE_FILE }],
        aliases: topic.aliases,
        coverage: topic.coverage,
        hasAlternative: topic.alternative !== undefined,
      })),
    });
    expect(problems).toEqual([]);
  });

  it('gives every topic a distinct file-safe id, examples, aliases and a source the schema accepts', () => {
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
    for (const topic of topics) {
      expect(topic.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(topic.id.length).toBeLessThanOrEqual(80);
      expect(topic.examples.length).toBeGreaterThanOrEqual(4);
      expect(topic.aliases.length).toBeGreaterThanOrEqual(2);
      expect(topic.sources[0]?.section).toMatch(/^What is /);
    }
  });

  it('sends topics no tier covers to the uncovered category, with somewhere to go instead', () => {
    const uncovered = topics.filter((t) => !TIER_IDS.some((tier) => isCovered(t.coverage[tier].level)));
    expect(uncovered.length).toBeGreaterThan(100);
    for (const topic of uncovered) {
      expect(topic.category).toBe('not-covered');
      expect(topic.alternative?.name).toBeTruthy();
    }
  });

  it('writes bodies of about 120 words with headings and lists, and nothing MDX would read as code', () => {
    for (const topic of topics.slice(0, 200)) {
      const words = topic.body.split(/\s+/).length;
      expect(words).toBeGreaterThan(90);
      expect(words).toBeLessThan(200);
      expect(topic.body).toContain('\n## Examples\n');
      expect(topic.body).toMatch(/^- /m);
      expect(topic.body).not.toMatch(/[{}<>]/);
    }
  });

  it('is the same catalogue every time for the same size and seed', () => {
    expect(syntheticTopics(30, { tiers, categories })).toEqual(syntheticTopics(30, { tiers, categories }));
  });

  it('keeps the base catalogue’s tiers and categories and hands back plain domain topics', () => {
    const base = {
      tiers: tiers.map((tier, rank) => ({
        ...tier,
        rank,
        summary: '',
        mode: 'reactive' as const,
        adds: [],
        hours: '',
        contact: 'a@b.c',
        descriptionOnRequest: false,
      })),
      categories: categories.map((id, order) => ({ id, title: id, order, description: id })),
    };
    const catalogue = syntheticCatalogue(10, base);
    expect(catalogue.tiers).toBe(base.tiers);
    expect(catalogue.topics).toHaveLength(10);
    expect(catalogue.topics[0]).not.toHaveProperty('body');
    expect(catalogue.topics[0]).not.toHaveProperty('order');
  });

  it('refuses a catalogue without tiers', () => {
    expect(() => syntheticTopics(3, { tiers: [], categories })).toThrow('at least one tier');
  });

  it('writes frontmatter with every field quoted as JSON, which YAML reads as the same text', () => {
    const mdx = topicMdx(topics[0]!);
    expect(mdx.startsWith('---\ntitle: "')).toBe(true);
    expect(mdx).toContain(`  - ${JSON.stringify(topics[0]!.aliases[0])}`);
    expect(mdx).toContain('coverage:\n  basic: ');
    expect(mdx).toContain(`\n---\n\n${topics[0]!.body}`);
  });
});

describe('the perturbed matcher queries', () => {
  it('a typo is one edit away from the word', () => {
    const random = seededRandom(1);
    for (const word of ['declaration', 'rejected', 'customs', 'release']) {
      const slip = typo(word, random);
      expect(slip).not.toBe(word);
      expect(boundedEditDistance(slip, word, 2)).toBe(1);
    }
  });

  it('a perturbed phrase always differs from the example it came from', () => {
    const random = seededRandom(2);
    const example = 'Transit declaration rejected again in Antwerp, the truck is waiting';
    for (let i = 0; i < 50; i++) expect(perturb(example, random)).not.toBe(example);
  });

  it('every query names the topic whose example it came from', () => {
    const catalogue = {
      supportEmail: 'support@example.com',
      tiers: [],
      categories: [],
      topics: topics.slice(0, 30),
    };
    const queries = perturbedQueries(catalogue, 100);
    expect(queries).toHaveLength(100);
    for (const query of queries) expect(catalogue.topics.some((t) => t.id === query.topic)).toBe(true);
  });
});
