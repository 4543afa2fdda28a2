/**
 * Cross-origin access to the ticket endpoint: only origins listed in `CORS_ORIGINS` may post
 * from another site. Same-origin posts (the site this receiver serves) need no listing.
 */
import type { IncomingMessage } from 'node:http';

export type CorsDecision =
  | { kind: 'same-origin' }
  | { kind: 'allowed'; headers: Record<string, string> }
  | { kind: 'refused'; origin: string };

export interface Cors {
  decide(req: IncomingMessage): CorsDecision;
  /** Headers answering a preflight from an allowed origin. */
  preflightHeaders(origin: string): Record<string, string>;
}

export function createCors(origins: readonly string[]): Cors {
  const allowed = new Set(origins.map((origin) => origin.replace(/\/+$/, '')));
  return {
    decide(req) {
      const origin = req.headers.origin;
      if (origin === undefined || isSameOrigin(origin, req.headers.host)) return { kind: 'same-origin' };
      if (!allowed.has(origin)) return { kind: 'refused', origin };
      return {
        kind: 'allowed',
        headers: {
          'Access-Control-Allow-Origin': origin,
          // The wizard honours Retry-After on 429, so it must be able to read it.
          'Access-Control-Expose-Headers': 'Retry-After',
          Vary: 'Origin',
        },
      };
    },
    preflightHeaders(origin) {
      return {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      };
    },
  };
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
