/**
 * The store behind `@fastify/rate-limit`, as a token bucket: a client may send `max` tickets at
 * once, then one more each time a token comes back (`max` per window), so a person who waits a
 * little may send again instead of waiting for a whole minute to end. Clients are kept in a
 * least-recently-used map of bounded size, so a flood of addresses costs neither memory nor time.
 */
import { LruMap } from 'toad-cache';

/** Clients remembered at once; the longest idle is forgotten first (its bucket would be full by then anyway). */
export const RATE_LIMIT_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

type Answer = (error: Error | null, result: { current: number; ttl: number }) => void;

/** A store class for `@fastify/rate-limit`'s `store` option, on the given clock. */
export function tokenBucketStore(now: () => number = Date.now, clients: number = RATE_LIMIT_CLIENTS) {
  return class TokenBucketStore {
    readonly buckets = new LruMap<Bucket>(clients);

    /** Takes a token for `key`; `current` above `max` means refused, `ttl` is the time until the next token. */
    incr(key: string, answer: Answer, timeWindow: number, max: number): void {
      const t = now();
      const perMs = max / timeWindow;
      const bucket = this.buckets.get(key) ?? { tokens: max, at: t };
      bucket.tokens = Math.min(max, bucket.tokens + Math.max(0, t - bucket.at) * perMs);
      bucket.at = t;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      const ttl = Math.max(1, Math.ceil((1 - (bucket.tokens % 1)) / perMs));
      answer(null, { current: allowed ? max - Math.floor(bucket.tokens) : max + 1, ttl });
    }

    child(): TokenBucketStore {
      return new TokenBucketStore();
    }
  };
}
