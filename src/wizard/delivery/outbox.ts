/**
 * The browser's outbox: every ticket is written here before its first try and leaves only when
 * the webhook acknowledged it (a 2xx). It lives in localStorage, one key per ticket id, so an
 * unsent ticket survives a reload, a closed tab and being offline, and is sent again later with
 * the same id (the webhook's idempotency key).
 */
import type { Ticket, TicketIssue } from '../../domain/ticket.ts';

export interface OutboxEntry {
  ticket: Ticket;
  /**
   * `pending`: to be sent, or sent again on the next visit or reconnect.
   * `rejected`: the webhook refused it as it is; kept (not re-sent) until the person changes it.
   */
  status: 'pending' | 'rejected';
  /** Why it was refused, when `rejected`. */
  problem?: { status: number; error: string; issues: TicketIssue[] };
}

const PREFIX = 'cas-support-outbox:';

/** Used when the browser refuses storage (some private modes): the ticket then lasts as long as the page. */
const memory = new Map<string, string>();

function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    const probe = `${PREFIX}probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return undefined;
  }
}

/** False when tickets cannot outlive the page, so the page can say so. */
export function outboxIsDurable(): boolean {
  return storage() !== undefined;
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    storage()?.setItem(key, value);
  } catch {
    // Storage full or refused: the in-memory copy still lets this page send it.
  }
}

function keys(): string[] {
  const store = storage();
  const found = new Set(memory.keys());
  if (store) {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX) && key !== `${PREFIX}probe`) found.add(key);
    }
  }
  return [...found];
}

function read(key: string): OutboxEntry | undefined {
  const raw = storage()?.getItem(key) ?? memory.get(key);
  if (!raw) return undefined;
  try {
    const entry = JSON.parse(raw) as OutboxEntry;
    return entry && typeof entry.ticket?.id === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Puts (or replaces) a ticket as pending, before it is sent. */
export function putTicket(ticket: Ticket): void {
  write(PREFIX + ticket.id, JSON.stringify({ ticket, status: 'pending' } satisfies OutboxEntry));
}

/** Keeps a refused ticket, with why, but stops sending it again. */
export function markRejected(ticket: Ticket, problem: NonNullable<OutboxEntry['problem']>): void {
  write(PREFIX + ticket.id, JSON.stringify({ ticket, status: 'rejected', problem } satisfies OutboxEntry));
}

/** Removes a ticket: only once the webhook has acknowledged it. */
export function removeTicket(id: string): void {
  memory.delete(PREFIX + id);
  try {
    storage()?.removeItem(PREFIX + id);
  } catch {
    // Nothing more to do: it is gone from memory.
  }
}

export function outboxEntry(id: string): OutboxEntry | undefined {
  return read(PREFIX + id);
}

/** Every ticket in the outbox, oldest first. */
export function outboxEntries(): OutboxEntry[] {
  return keys()
    .map(read)
    .filter((entry): entry is OutboxEntry => entry !== undefined)
    .sort((a, b) => Date.parse(a.ticket.submittedAt) - Date.parse(b.ticket.submittedAt));
}
