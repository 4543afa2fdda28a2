/**
 * Machine-readable exports of the catalogue: the JSON document at `/catalogue.json`
 * and the comparison as CSV at `/compare.csv` (RFC 4180).
 */
import type { Catalogue } from './catalogue.ts';

/** The catalogue as published JSON: the domain model itself, plus a version so consumers can detect changes. */
export function catalogueJson(catalogue: Catalogue) {
  return {
    version: 1,
    tiers: catalogue.tiers,
    categories: catalogue.categories,
    topics: catalogue.topics.map(
      ({ id, title, category, summary, coverage, alternative, aliases, sources }) => ({
        id,
        title,
        category,
        summary,
        coverage,
        ...(alternative ? { alternative } : {}),
        aliases,
        sources,
      }),
    ),
  };
}

/** Quotes a CSV field when it holds a comma, a quote or a line break, doubling inner quotes (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One row per topic: id, title, category, one column per tier (the level, marked when inferred),
 * one note column per tier, and the alternative. Lines end in CRLF as RFC 4180 asks.
 */
export function compareCsv(catalogue: Catalogue): string {
  const { tiers } = catalogue;
  const header = [
    'topic',
    'title',
    'category',
    ...tiers.map((t) => t.id),
    ...tiers.map((t) => `${t.id} note`),
    'alternative',
  ];
  const rows = catalogue.topics.map((topic) => [
    topic.id,
    topic.title,
    catalogue.categories.find((c) => c.id === topic.category)?.title ?? topic.category,
    ...tiers.map((t) => {
      const cell = topic.coverage[t.id];
      return cell.basis === 'inferred' ? `${cell.level} (inferred)` : cell.level;
    }),
    ...tiers.map((t) => topic.coverage[t.id].note ?? ''),
    topic.alternative ? `${topic.alternative.name}: ${topic.alternative.description}` : '',
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
