import { describe, expect, it } from 'vitest';
import { classifyAnswer, forwardBackoffMs, nextAfterFailure } from '../../src/domain/forwarding-policy.ts';

const DAY = 24 * 60 * 60_000;
const T0 = Date.parse('2026-03-27T09:00:00Z');

describe('what a target’s answer means', () => {
  it('a 2xx is delivered', () => {
    for (const status of [200, 201, 202, 204]) expect(classifyAnswer(status)).toBe('delivered');
  });

  it('408, 409, 429 and every 5xx are tried again', () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504]) expect(classifyAnswer(status)).toBe('retry');
  });

  it('any other 4xx is dead: the same request would be refused again', () => {
    for (const status of [400, 401, 403, 404, 410, 413, 422]) expect(classifyAnswer(status)).toBe('dead');
  });

  it('an answer a target should not give (1xx, 3xx) is tried again rather than lost', () => {
    expect(classifyAnswer(302)).toBe('retry');
    expect(classifyAnswer(101)).toBe('retry');
  });
});

describe('the backoff', () => {
  it('doubles from one second, half of each wait random', () => {
    expect([1, 2, 3, 4].map((n) => forwardBackoffMs(n, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => forwardBackoffMs(n, () => 0.999_999))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits more than ten minutes', () => {
    expect(forwardBackoffMs(30, () => 0.999_999)).toBe(600_000);
    expect(forwardBackoffMs(30, () => 0)).toBe(300_000);
  });
});

describe('after a failed attempt', () => {
  const failed = { since: T0, random: () => 0, retryAfterMs: undefined };

  it('waits the backoff from now', () => {
    expect(nextAfterFailure({ ...failed, attempt: 3, now: T0 + 60_000 })).toEqual({
      action: 'wait',
      at: T0 + 62_000,
    });
  });

  it('waits what Retry-After asks instead of its own backoff', () => {
    expect(nextAfterFailure({ ...failed, attempt: 1, now: T0, retryAfterMs: 120_000 })).toEqual({
      action: 'wait',
      at: T0 + 120_000,
    });
  });

  it('makes its last try exactly three days after the ticket arrived', () => {
    expect(
      nextAfterFailure({ ...failed, attempt: 9, now: T0 + 3 * DAY - 1000, retryAfterMs: 3_600_000 }),
    ).toEqual({
      action: 'wait',
      at: T0 + 3 * DAY,
    });
  });

  it('is dead once three days have passed since the ticket arrived', () => {
    expect(nextAfterFailure({ ...failed, attempt: 400, now: T0 + 3 * DAY })).toEqual({
      action: 'dead',
      why: 'still failing after three days',
    });
  });
});
