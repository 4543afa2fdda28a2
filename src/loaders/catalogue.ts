/**
 * Reads the content collections into the domain's catalogue model, once per build.
 * Cross-file rules are checked here so that any page that needs the catalogue fails the build
 * with the file, the field and the fix when content is wrong.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Catalogue, Category, Source, Tier, TierId, Topic } from '../domain/catalogue.ts';
import { ContentError, SUPPORT_CONTACT, checkCatalogue } from '../domain/catalogue-checks.ts';

let cached: Promise<Catalogue> | undefined;

/** The checked catalogue. Throws `ContentError` (failing the build) when content breaks a rule. */
export function getCatalogue(): Promise<Catalogue> {
  cached ??= loadCatalogue();
  return cached;
}

/** The file an entry came from, relative to the project, for error messages. */
function fileOf(entry: { id: string; filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

async function loadCatalogue(): Promise<Catalogue> {
  const [tierEntries, categoryEntries, topicEntries, documentEntries, contactEntries] = await Promise.all([
    getCollection('tiers'),
    getCollection('categories'),
    getCollection('topics'),
    getCollection('documents'),
    getCollection('contacts'),
  ]);
  const problems = checkCatalogue({
    tiers: tierEntries.map((e) => ({
      id: e.id,
      file: fileOf(e, `tiers/${e.id}.mdx`),
      rank: e.data.rank,
      sources: [e.data.source],
    })),
    categories: categoryEntries.map((e) => ({ id: e.id, file: fileOf(e, 'categories.yaml') })),
    documents: documentEntries.map((e) => e.data),
    contacts: contactEntries.map((e) => ({ id: e.id, file: fileOf(e, 'contacts.yaml') })),
    topics: topicEntries.map((e) => ({
      id: e.id,
      file: fileOf(e, `topics/${e.id}.mdx`),
      category: e.data.category.id,
      sources: e.data.sources,
      aliases: e.data.aliases,
      coverage: e.data.coverage,
      hasAlternative: e.data.alternative !== undefined,
    })),
  });
  if (problems.length > 0) throw new ContentError(problems);
  const inWords = sourcesInWords(documentEntries);

  const categories = categoryEntries.map(toCategory).sort((a, b) => a.order - b.order);
  const categoryOrder = new Map(categories.map((c, i) => [c.id, i]));
  const topics = topicEntries
    .sort(
      (a, b) =>
        (categoryOrder.get(a.data.category.id) ?? 0) - (categoryOrder.get(b.data.category.id) ?? 0) ||
        a.data.order - b.data.order ||
        a.data.title.localeCompare(b.data.title),
    )
    .map((entry) => toTopic(entry, inWords));
  const support = contactEntries.find((entry) => entry.id === SUPPORT_CONTACT)!;
  return {
    supportEmail: support.data.email,
    tiers: tierEntries.map((entry) => toTier(entry, inWords)).sort((a, b) => a.rank - b.rank),
    categories,
    topics,
  };
}

/** A source as written (`seed`: the document's file) to a source in words, once checked. */
type SourceInWords = (source: { seed: string; section: string }) => Source;

function sourcesInWords(documents: CollectionEntry<'documents'>[]): SourceInWords {
  const titles = new Map(documents.map((entry) => [entry.data.file, entry.data.title]));
  return ({ seed, section }) => ({ document: titles.get(seed) ?? seed, section });
}

function toTier(entry: CollectionEntry<'tiers'>, inWords: SourceInWords): Tier {
  return { id: entry.id as TierId, ...entry.data, source: inWords(entry.data.source) };
}

function toCategory(entry: CollectionEntry<'categories'>): Category {
  return { id: entry.id, ...entry.data };
}

function toTopic(entry: CollectionEntry<'topics'>, inWords: SourceInWords): Topic {
  const { category, order: _order, coverage, sources, ...rest } = entry.data;
  return { id: entry.id, category: category.id, coverage, sources: sources.map(inWords), ...rest };
}
