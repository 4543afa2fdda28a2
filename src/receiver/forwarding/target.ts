/**
 * What every forwarding target is: a name and a `deliver` that makes one attempt at handing a
 * stored ticket over and reports the answer it got. What the answer means (delivered, retry,
 * dead) is the domain's (`forwarding-policy.ts`), decided by the worker, not by the target.
 */
import type { DeliveryJob } from '../database/outbox-store.ts';

/** A file attached to the ticket, as a target sends it. */
export interface OutgoingFile {
  token: string;
  name: string;
  type: string;
  size: number;
  read(): Promise<Buffer>;
  /** A signed link to download it from the receiver, and until when (ISO) it works. */
  link: { url: string; expiresAt: string };
}

export interface AttemptContext {
  /** Aborts the attempt: on timeout, or when the receiver stops. */
  signal: AbortSignal;
  files: OutgoingFile[];
  now: Date;
}

/** What one attempt got: an HTTP answer, or none (`status: null`) with why. */
export interface AttemptAnswer {
  status: number | null;
  /** The answer's body (shortened) or the error, kept as the delivery's last answer. */
  answer: string;
  /** The `Retry-After` header, when the target sent one. */
  retryAfter?: string | null | undefined;
  /** The target's own id for the ticket, once it has one. */
  remoteId?: string | undefined;
}

export interface ForwardTarget {
  name: string;
  deliver(job: DeliveryJob, context: AttemptContext): Promise<AttemptAnswer>;
}

/** The most of an answer's body kept in the database and the log. */
const KEPT_ANSWER_CHARS = 500;

/**
 * True when an earlier attempt may have created the ticket without us hearing so: it was in
 * flight when the receiver stopped, or its answer never came (network error, timeout).
 */
export function answerMayBeLost(job: DeliveryJob): boolean {
  return job.inFlight || (job.attempts > 0 && job.lastStatus === null);
}

export interface Exchange {
  status: number;
  text: string;
  json: () => unknown;
  retryAfter: string | null;
}

/** One HTTP request; a network error or timeout rejects (the worker records it as no answer). */
export async function exchange(url: string, init: RequestInit, signal: AbortSignal): Promise<Exchange> {
  const response = await fetch(url, { ...init, signal, redirect: 'manual' });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: () => JSON.parse(text) as unknown,
    retryAfter: response.headers.get('retry-after'),
  };
}

/** An exchange as the attempt's answer. */
export function answerOf(reply: Exchange, remoteId?: string): AttemptAnswer {
  return {
    status: reply.status,
    answer: reply.text.slice(0, KEPT_ANSWER_CHARS) || `HTTP ${reply.status}`,
    retryAfter: reply.retryAfter,
    ...(remoteId === undefined ? {} : { remoteId }),
  };
}

/** True for a 2xx. */
export const ok = (reply: Exchange) => reply.status >= 200 && reply.status < 300;

/** `Authorization: Basic …` for a user and password. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A field of a parsed JSON answer, as text, or undefined. */
export function field(value: unknown, ...path: string[]): string | undefined {
  let at = value;
  for (const key of path) at = (at as Record<string, unknown> | null | undefined)?.[key];
  return typeof at === 'string' || typeof at === 'number' ? String(at) : undefined;
}
