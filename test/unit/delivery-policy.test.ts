import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  backoffMs,
  BASE_DELAY_MS,
  classifyStatus,
  MAX_ATTEMPTS,
  MAX_DELAY_MS,
  MAX_RETRY_AFTER_MS,
  retryAfterMs,
  uploadTimeoutMs,
} from '../../src/domain/delivery-policy.ts';

describe('what an answer means', () => {
  it('only a 2xx counts as sent', () => {
    for (const status of [200, 201, 202, 204]) expect(classifyStatus(status)).toBe('sent');
  });

  it('429, 408 and 5xx are tried again with the same ticket', () => {
    for (const status of [429, 408, 500, 502, 503, 504]) expect(classifyStatus(status)).toBe('retry');
  });

  it('any other 4xx asks the person to fix something first', () => {
    for (const status of [400, 401, 403, 404, 409, 413, 415, 422]) expect(classifyStatus(status)).toBe('fix');
  });

  it('an answer no webhook should give (1xx, 3xx) keeps the ticket and tries again', () => {
    expect(classifyStatus(302)).toBe('retry');
    expect(classifyStatus(0)).toBe('retry');
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-03-27T15:00:00Z');

  it('reads a number of seconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until then', () => {
    expect(retryAfterMs('Fri, 27 Mar 2026 15:00:30 GMT', now)).toBe(30_000);
  });

  it('treats a date in the past as now', () => {
    expect(retryAfterMs('Fri, 27 Mar 2026 14:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
  });
});

describe('backoff', () => {
  it('doubles after each failure, half of it fixed and half jitter', () => {
    expect(backoffMs(1, () => 0)).toBe(BASE_DELAY_MS / 2);
    expect(backoffMs(1, () => 0.999_999)).toBeCloseTo(BASE_DELAY_MS, -1);
    expect(backoffMs(2, () => 0)).toBe(BASE_DELAY_MS);
    expect(backoffMs(3, () => 0.5)).toBe(3 * BASE_DELAY_MS);
  });

  it('never waits longer than the cap, however many failures', () => {
    for (const attempt of [10, 50, 1000])
      expect(backoffMs(attempt, () => 0.999_999)).toBeLessThanOrEqual(MAX_DELAY_MS);
  });

  it('spreads browsers that failed together over the jitter window', () => {
    const waits = new Set([0, 0.25, 0.5, 0.75].map((r) => backoffMs(3, () => r)));
    expect(waits.size).toBe(4);
  });
});

describe('after a failed attempt', () => {
  it('waits the backoff and tries again until the last attempt, then stops', () => {
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(afterFailure(attempt, undefined, () => 0)).toEqual({
        action: 'wait',
        ms: backoffMs(attempt, () => 0),
      });
    }
    expect(afterFailure(MAX_ATTEMPTS, undefined, () => 0)).toEqual({ action: 'stop' });
  });

  it("honours the server's Retry-After instead of its own backoff", () => {
    expect(afterFailure(1, 7_000, () => 0)).toEqual({ action: 'wait', ms: 7_000 });
  });

  it('stops for now when the server asks for a longer wait than a page should hold', () => {
    expect(afterFailure(1, MAX_RETRY_AFTER_MS + 1, () => 0)).toEqual({ action: 'stop' });
  });
});

describe('time for a file to upload', () => {
  it("is a ticket's 20 s plus the file at 32 KB a second", () => {
    expect([0, 18, 32_768, 1_048_576, 10_485_760].map(uploadTimeoutMs)).toEqual([
      20_000, 20_001, 21_000, 52_000, 340_000,
    ]);
  });
});
