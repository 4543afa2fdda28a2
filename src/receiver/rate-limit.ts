/**
 * Per-client rate limit as a token bucket: a client may send `perMinute` tickets at once, then
 * one more each time a token refills (perMinute per minute). `perMinute` 0 turns it off.
 */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before idle ones are dropped, so a flood of addresses cannot grow memory without bound. */
const MAX_CLIENTS = 10_000;

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  if (perMinute <= 0) return { take: () => ({ ok: true }) };
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;

  function forgetIdle(t: number): void {
    for (const [client, bucket] of buckets) {
      if (bucket.tokens + (t - bucket.at) * perMs >= perMinute) buckets.delete(client);
    }
  }

  return {
    take(client) {
      const t = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= MAX_CLIENTS) forgetIdle(t);
        bucket = { tokens: perMinute, at: t };
        buckets.set(client, bucket);
      } else {
        bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * perMs);
        bucket.at = t;
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}
