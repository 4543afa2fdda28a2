/**
 * The coverage table the three service descriptions state (Basic, Premium and Active Support), as the
 * team's facts page summarised it, transcribed by hand, one row per topic: basic, premium, active,
 * premium-plus. Legend as on that page: ✓ included, P proactive, M managed,
 * G guidance, R on request, ✗ not included; a trailing `?` marks a cell the page leaves unstated
 * (shown on the site as inferred). Where the page gives two marks (Active's "G, and R" for amendments),
 * the cell records the more hands-on one. Change this table only when a service description changes.
 */
export const FACTS: Record<string, [string, string, string, string]> = {
  'cas-navigation': ['✓', '✓', '✓', '✓'],
  'cas-updates': ['✓', '✓', '✓', '✓'],
  'cas-incidents': ['✓', '✓', '✓', '✓'],
  'feedback-feature-requests': ['✓', '✓', '✓', '✓'],
  'training-documentation': ['✓', '✓', '✓', '✓'],
  'technical-validation-alerts': ['✗', '✓', '✓?', 'M'],
  'inconsistency-alerts': ['✗', '✓', 'P', 'M'],
  'connection-disruption-alerts': ['✗', '✓', 'P', 'M'],
  'post-submission-alerts': ['✗', '✓', 'P', 'M'],
  'pcs-alerts': ['✗', '✓', 'P', 'M'],
  'declaration-finalisation': ['✗', '✓', 'P', 'M'],
  'business-continuity-procedure': ['✗', 'G', '✓', 'M'],
  'amendment-invalidation': ['✗', 'G', 'R', 'R?'],
  'customs-coordination': ['✗', '✓', '✓', 'M'],
  'documentary-controls': ['✗', '✗', '✓', '✓?'],
  'continuous-improvements': ['✗', '✓', '✓', '✓?'],
  'decision-tables': ['✗', '✗', '✓', '✓?'],
  'proactive-monitoring': ['✗', '✗', 'P', 'M'],
  'special-procedures-reports': ['✗', '✗', '✓', 'M'],
  'document-services': ['✗', '✗', '✗', '✗'],
  'tariff-classification': ['✗', '✗', '✗', '✗'],
  authorisations: ['✗', '✗', '✗', '✗'],
  'special-procedures-guidance': ['✗', '✗', '✗', '✗'],
  'new-customs-flows': ['✗', '✗', '✗', '✗'],
  'bulk-message-rectification': ['✗', '✗', '✗', '✗'],
  'physical-controls': ['✗', '✗', '✗', '✗'],
  'customs-consulting': ['✗', '✗', '✗', '✗'],
  'data-enrichment': ['✗', '✗', '✗', '✗'],
  'own-systems-and-data': ['✗', '✗', '✗', '✗'],
};

export const MARKS: Record<string, string> = {
  '✓': 'included',
  P: 'proactive',
  M: 'managed',
  G: 'guidance',
  R: 'on-request',
  '✗': 'not-included',
};

/** Topics the facts page says no tier covers: each must name where to go instead. */
export const OUT_OF_SCOPE = Object.keys(FACTS).filter((id) => FACTS[id]!.every((mark) => mark === '✗'));

const TIERS = ['basic', 'premium', 'active', 'premium-plus'] as const;

export interface BuiltTopic {
  id: string;
  coverage: Record<string, { level: string; basis: string }>;
  alternative?: unknown;
}

/** Every way `topics` disagrees with the facts page, one readable line each; empty when they agree. */
export function factMismatches(topics: BuiltTopic[]): string[] {
  const out: string[] = [];
  for (const [id, marks] of Object.entries(FACTS)) {
    const topic = topics.find((t) => t.id === id);
    if (!topic) {
      out.push(`${id}: missing from the catalogue`);
      continue;
    }
    TIERS.forEach((tier, i) => {
      const mark = marks[i]!;
      const level = MARKS[mark.replace('?', '')];
      const basis = mark.endsWith('?') ? 'inferred' : 'stated';
      const cell = topic.coverage[tier];
      if (!cell || cell.level !== level || cell.basis !== basis) {
        out.push(
          `${id} → ${tier}: facts say ${level} (${basis}), content says ${cell?.level} (${cell?.basis})`,
        );
      }
    });
    if (OUT_OF_SCOPE.includes(id) && topic.alternative === undefined) out.push(`${id}: no alternative`);
  }
  for (const topic of topics) if (!(topic.id in FACTS)) out.push(`${topic.id}: not on the facts page`);
  return out;
}
