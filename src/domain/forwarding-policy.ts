/**
 * How the receiver forwards a stored ticket to a helpdesk or webhook: which answers mean it
 * arrived, which are worth the same ticket again and when, and when to give up and call the
 * delivery dead. Pure rules: the forwarding worker (`src/receiver/forwarding/`) supplies the
 * clock and the randomness. The browser's own sending rules are `delivery-policy.ts`.
 */
export { retryAfterMs } from './delivery-policy.ts';

/** What one attempt's answer means for the delivery. */
export type AttemptKind = 'delivered' | 'retry' | 'dead';

/** One attempt may take this long before it counts as a timeout (and is tried again). */
export const FORWARD_TIMEOUT_MS = 15_000;

/** A delivery still failing this long after the ticket arrived is dead. */
export const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60_000;

/** The first wait after a failure; each further wait doubles, up to `MAX_FORWARD_DELAY_MS`. */
export const FIRST_FORWARD_DELAY_MS = 1_000;
export const MAX_FORWARD_DELAY_MS = 10 * 60_000;

/**
 * A 2xx means the target has the ticket. 408 (timed out), 409 (a request with the same
 * idempotency key still in progress), 429 (too fast) and 5xx (the target's own trouble) are worth
 * the same ticket again; any other 4xx would be refused again as it is, so the delivery is dead
 * and waits for a person. An answer a target should not give (1xx, 3xx) is tried again.
 */
export function classifyAnswer(status: number): AttemptKind {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 409 || status === 429 || status >= 500) return 'retry';
  if (status >= 400) return 'dead';
  return 'retry';
}

/**
 * The wait after failed attempt number `attempt` (1, 2, …): exponential from one second, capped
 * at ten minutes, with equal jitter (half fixed, half random) so targets that recover are not
 * met by every waiting ticket at once. `random` gives a number in [0, 1).
 */
export function forwardBackoffMs(attempt: number, random: () => number): number {
  const exponential = Math.min(MAX_FORWARD_DELAY_MS, FIRST_FORWARD_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

export type NextStep = { action: 'wait'; at: number } | { action: 'dead'; why: string };

export interface FailedAttempt {
  /** Attempts made so far, this one included. */
  attempt: number;
  /**
   * When the three days start (ms since the epoch): when the receiver stored the ticket, or when
   * someone last queued its dead delivery again (`npm run tickets -- --retry`).
   */
  since: number;
  now: number;
  /** The wait the target asked for in `Retry-After`, if it did. */
  retryAfterMs: number | undefined;
  random: () => number;
}

/**
 * After a retryable failure: when to try again, or dead once three days have passed since the
 * ticket arrived (or was queued again). `Retry-After` wins over our backoff (the target knows when it takes requests
 * again); the last try is at the three-day mark itself, so no delivery dies early.
 */
export function nextAfterFailure({ attempt, since, now, retryAfterMs, random }: FailedAttempt): NextStep {
  const deadline = since + GIVE_UP_AFTER_MS;
  if (now >= deadline) return { action: 'dead', why: 'still failing after three days' };
  const wait = retryAfterMs ?? forwardBackoffMs(attempt, random);
  return { action: 'wait', at: Math.min(now + wait, deadline) };
}
