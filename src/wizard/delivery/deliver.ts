/**
 * Sends tickets to the webhook and keeps the true state of each one for the page to show:
 * sending, waiting to try again, sent, not sent yet, or refused with what to fix. The rules
 * (what counts as sent, when to retry) are `src/domain/delivery-policy.ts`; this file does the
 * fetching, the waiting and the outbox bookkeeping.
 */
import {
  afterFailure,
  ATTEMPT_TIMEOUT_MS,
  classifyStatus,
  MAX_ATTEMPTS,
  retryAfterMs,
} from '../../domain/delivery-policy.ts';
import type { Ticket, TicketIssue } from '../../domain/ticket.ts';
import { markRejected, outboxEntries, putTicket, removeTicket } from './outbox.ts';
import { forgetFiles, uploadFiles } from './upload.ts';

export type Delivery =
  | { state: 'sending'; attempt: number }
  /** Not sent yet; the next try is at `retryAt` (ms since the epoch). */
  | { state: 'waiting'; attempt: number; retryAt: number; reason: string }
  /** Acknowledged. `reference` is the webhook's, when it gave one. */
  | { state: 'sent'; reference?: string }
  /** Not sent yet, and no try is planned until the next visit, reconnect or "Try again". */
  | { state: 'not-sent'; reason: string }
  /** Refused as it is: the person has to change something. */
  | { state: 'rejected'; status: number; error: string; issues: TicketIssue[] };

const deliveries = new Map<string, Delivery>();
const running = new Map<string, AbortController>();
const listeners = new Set<() => void>();

function set(id: string, delivery: Delivery): void {
  deliveries.set(id, delivery);
  for (const listener of listeners) listener();
}

export function deliveryOf(id: string): Delivery | undefined {
  return deliveries.get(id);
}

/** Calls `listener` whenever any ticket's state changes; returns the unsubscribe. */
export function onDeliveryChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The `{ error, issues: [{ path, message }] }` a receiver answers with, as far as it is there. */
async function problemOf(response: Response): Promise<{ error: string; issues: TicketIssue[] }> {
  const fallback = `the ticket was refused (HTTP ${response.status})`;
  try {
    const body = (await response.json()) as { error?: unknown; issues?: unknown };
    const issues = Array.isArray(body.issues)
      ? (body.issues as Partial<Record<keyof TicketIssue, unknown>>[])
          .filter((i): i is TicketIssue => typeof i?.path === 'string' && typeof i?.message === 'string')
          .map(({ path, message }) => ({ path, message }))
      : [];
    return { error: typeof body.error === 'string' ? body.error : fallback, issues };
  } catch {
    return { error: fallback, issues: [] };
  }
}

async function referenceOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { reference?: unknown };
    return typeof body.reference === 'string' ? body.reference : undefined;
  } catch {
    return undefined;
  }
}

async function run(ticket: Ticket, url: string, signal: AbortSignal): Promise<void> {
  const { id } = ticket;
  for (let attempt = 1; ; attempt++) {
    if (navigator.onLine === false) {
      return set(id, {
        state: 'not-sent',
        reason: 'This device is offline. It will be sent when the connection is back.',
      });
    }
    set(id, { state: 'sending', attempt });
    let reason: string;
    let retryAfter: number | undefined;
    try {
      const timed = AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]);
      // The files go first, each with time for its size (see uploadTimeoutMs): the receiver takes
      // a ticket only once every file it names is there.
      const response =
        (await uploadFiles(ticket, url, signal)) ??
        (await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
          body: JSON.stringify(ticket),
          signal: timed,
        }));
      const kind = classifyStatus(response.status);
      if (kind === 'sent') {
        const reference = await referenceOf(response);
        removeTicket(id);
        forgetFiles(ticket);
        return set(id, reference ? { state: 'sent', reference } : { state: 'sent' });
      }
      if (kind === 'fix') {
        const problem = { status: response.status, ...(await problemOf(response)) };
        markRejected(ticket, problem);
        return set(id, { state: 'rejected', ...problem });
      }
      reason =
        response.status === 429
          ? 'The ticket service is busy.'
          : `The ticket service had a problem (HTTP ${response.status}).`;
      retryAfter = retryAfterMs(response.headers.get('Retry-After'), Date.now());
    } catch {
      if (signal.aborted) return;
      reason = 'The ticket service could not be reached.';
    }
    const next = afterFailure(attempt, retryAfter, Math.random);
    if (next.action === 'stop') {
      return set(id, { state: 'not-sent', reason: `${reason} We tried ${MAX_ATTEMPTS} times.` });
    }
    set(id, { state: 'waiting', attempt, retryAt: Date.now() + next.ms, reason });
    await wait(next.ms, signal);
    if (signal.aborted) return;
  }
}

/** A ticket mid-try or acknowledged: it may be stored, so it can be neither sent again nor called back. */
export function onItsWay(delivery: Delivery | undefined): boolean {
  return delivery?.state === 'sending' || delivery?.state === 'sent';
}

/**
 * Puts the ticket in the outbox and sends it. Sending the same ticket while a try is under way
 * does nothing (a double click); while it waits between tries, it tries again at once.
 */
export function send(ticket: Ticket, url: string): void {
  if (onItsWay(deliveries.get(ticket.id))) return;
  putTicket(ticket);
  running.get(ticket.id)?.abort();
  const controller = new AbortController();
  running.set(ticket.id, controller);
  void run(ticket, url, controller.signal).finally(() => {
    if (running.get(ticket.id) === controller) running.delete(ticket.id);
  });
}

/**
 * Takes an unacknowledged ticket out of the outbox because the person changed their answers and a
 * new ticket replaces it. A ticket mid-try or already acknowledged is left alone: it may be stored.
 */
export function withdraw(id: string): void {
  if (onItsWay(deliveries.get(id))) return;
  running.get(id)?.abort();
  running.delete(id);
  removeTicket(id);
  deliveries.delete(id);
}

/** Sends every pending ticket in the outbox now (one that is mid-try is left to finish). */
export function resendOutbox(url: string): void {
  for (const entry of outboxEntries()) {
    const { id } = entry.ticket;
    if (entry.status === 'rejected') {
      if (!deliveries.has(id) && entry.problem) set(id, { state: 'rejected', ...entry.problem });
      continue;
    }
    send(entry.ticket, url);
  }
}

/** Resends the outbox now and whenever the browser comes back online. */
export function watchOutbox(url: string): () => void {
  const resend = () => resendOutbox(url);
  resend();
  window.addEventListener('online', resend);
  return () => window.removeEventListener('online', resend);
}
