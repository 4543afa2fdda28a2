/**
 * The site's own addresses that more than one outlet needs: the page that links there, the
 * receiver that answers there and the tests all read them here.
 */

/** The built-in receiver's ticket endpoint, and the wizard's default webhook. */
export const TICKETS_PATH = '/api/tickets';

/** The intake wizard; `?tier=` and `?topic=` prefill it. */
export const WIZARD_PATH = '/support/new/';

/** What the wizard shows and decides with, fetched as it starts (`src/wizard/wizard-data.ts`). */
export const WIZARD_DATA_PATH = '/data/wizard.json';

/** The wizard's matcher index, fetched once its first step shows (`src/wizard/matcher-data.ts`). */
export const MATCHER_DATA_PATH = '/data/matcher.json';

/** Where the no-JavaScript form lands once its ticket is stored, with `?ref=` the ticket's reference. */
export const SENT_PATH = '/support/sent/';

/** The built-in receiver's health check: 200 when it can take tickets, 503 when its database cannot. */
export const HEALTH_PATH = '/api/health';

/**
 * The built-in receiver's file upload (`POST`, multipart, field `file`; an `Idempotency-Key` UUID
 * becomes the file's token) and signed downloads (`GET /api/attachments/<token>`).
 */
export const ATTACHMENTS_PATH = '/api/attachments';

/** The multipart field an upload's file goes in, for the wizard and the no-JavaScript form alike. */
export const ATTACHMENT_FIELD = 'file';

/** The comparison matrix of every topic and tier. */
export const COMPARE_PATH = '/compare/';

/** The tier finder: tick what you need help with, learn the lowest tier that covers it. */
export const FINDER_PATH = '/which-tier/';

export const tierPath = (tier: string): string => `/tiers/${tier}/`;

export const topicPath = (topic: string): string => `/topics/${topic}/`;

/** The name of a pair of tiers in its address, the lower-ranked first: `basic-vs-premium`. */
export const pairSlug = (lower: string, higher: string): string => `${lower}-vs-${higher}`;

/** One pair of tiers side by side: `/compare/basic-vs-premium/`. */
export const pairPath = (lower: string, higher: string): string =>
  `${COMPARE_PATH}${pairSlug(lower, higher)}/`;

/**
 * The wizard's query parameters: `?tier=` and `?topic=` prefill a ticket;
 * `?intent=upgrade&from=basic&to=premium` opens it as a question to sales about upgrading.
 */
export const WIZARD_PARAMS = {
  tier: 'tier',
  topic: 'topic',
  intent: 'intent',
  from: 'from',
  to: 'to',
} as const;

/** The `intent` of a question about moving to a higher tier. */
export const UPGRADE_INTENT = 'upgrade';

/** The wizard, prefilled with a tier, a topic or both. */
export function wizardPath(prefill: { tier?: string; topic?: string } = {}): string {
  const params = new URLSearchParams();
  if (prefill.tier) params.set(WIZARD_PARAMS.tier, prefill.tier);
  if (prefill.topic) params.set(WIZARD_PARAMS.topic, prefill.topic);
  const query = params.toString();
  return query ? `${WIZARD_PATH}?${query}` : WIZARD_PATH;
}

/** The wizard opened as a question to sales about moving from one tier to a higher one. */
export function upgradePath(from: string, to: string): string {
  const { intent, from: fromParam, to: toParam } = WIZARD_PARAMS;
  return `${WIZARD_PATH}?${intent}=${UPGRADE_INTENT}&${fromParam}=${from}&${toParam}=${to}`;
}
