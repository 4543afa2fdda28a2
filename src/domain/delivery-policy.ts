/**
 * How a ticket is delivered to the webhook: which answers mean it arrived, which are worth
 * trying again and when, and which need the person to change something first. Pure rules: the
 * browser's sender (`src/wizard/delivery/deliver.ts`) supplies the clock and the randomness.
 */

/** What an HTTP status means for a ticket that was posted. */
export type ResponseKind = 'sent' | 'retry' | 'fix';

/** Attempts in one go before the person is told the ticket is not sent yet (it stays in the outbox). */
export const MAX_ATTEMPTS = 4;

/** The first wait after a failure; each further wait doubles, up to `MAX_DELAY_MS`. */
export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;

/** One try of a ticket may take this long before it counts as a network failure. */
export const ATTEMPT_TIMEOUT_MS = 20_000;

/** The slowest connection a file's upload is given time for, in bytes a second (a weak mobile signal). */
export const SLOWEST_UPLOAD_BYTES_PER_S = 32 * 1024;

/**
 * How long one file's upload may take before it counts as a network failure (and is tried again
 * with the same key): a ticket's try, plus the file at the slowest speed. 10 MB gets 5 min 40 s.
 */
export function uploadTimeoutMs(bytes: number): number {
  return ATTEMPT_TIMEOUT_MS + Math.ceil((bytes * 1000) / SLOWEST_UPLOAD_BYTES_PER_S);
}

/** A server asking for more than this is asked again on the next visit or reconnect instead. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * Only a 2xx means the webhook has the ticket. 429 (too fast), 408 (timed out) and 5xx (the
 * webhook's own trouble) are worth the same ticket again; any other 4xx will be refused again
 * until the person changes something. Anything else (1xx, 3xx: not what a webhook answers to a
 * POST) is treated as transient, so the ticket is kept and tried again rather than lost.
 */
export function classifyStatus(status: number): ResponseKind {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 429 || status === 408 || status >= 500) return 'retry';
  if (status >= 400) return 'fix';
  return 'retry';
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds from `now`: either a number of
 * seconds (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`). Undefined when there is no
 * usable header; a date in the past means "now" (0).
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names its weekday and month; `-5` or `2026` are not dates here.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before attempt `attempt + 1`, after `attempt` (1, 2, …) failed: exponential, capped,
 * with "equal jitter" (half fixed, half random) so many browsers that failed together do not all
 * come back at the same moment. `random` returns a number in [0, 1).
 */
export function backoffMs(attempt: number, random: () => number): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/** What to do after attempt number `attempt` failed with a retryable outcome. */
export type RetryDecision = { action: 'wait'; ms: number } | { action: 'stop' };

/**
 * Whether to wait and try again after a failed attempt, and how long. A `Retry-After` the server
 * sent wins over our own backoff (it knows when it will take tickets again), unless it asks for
 * longer than we keep a page waiting; then we stop and try again on the next visit or reconnect.
 */
export function afterFailure(
  attempt: number,
  retryAfter: number | undefined,
  random: () => number,
): RetryDecision {
  if (attempt >= MAX_ATTEMPTS) return { action: 'stop' };
  if (retryAfter !== undefined)
    return retryAfter > MAX_RETRY_AFTER_MS ? { action: 'stop' } : { action: 'wait', ms: retryAfter };
  return { action: 'wait', ms: backoffMs(attempt, random) };
}
