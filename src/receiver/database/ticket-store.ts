/**
 * Where received tickets live: one SQLite file through `node:sqlite`, in WAL mode with full
 * sync, so a ticket is on disk before anyone is told it was received. This is the synchronous
 * store: the receiver runs it on its database thread (`worker.ts`), never on the thread that
 * answers requests; `npm run tickets` opens it read-only.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Ticket } from '../../domain/ticket.ts';
import { canonicalJson } from '../canonical-json.ts';
import type { ServerView } from '../recheck.ts';
import { attachmentStore, type AttachmentStore } from './attachment-store.ts';
import { migrate } from './migrations.ts';
import { outboxStore, type OutboxStore } from './outbox-store.ts';
import { serverOf, type TicketRow } from './ticket-row.ts';

/** A validated ticket ready to store. */
export interface TicketRecord {
  id: string;
  reference: string;
  /** ISO 8601 UTC, by the server's clock. */
  receivedAt: string;
  /** The ticket as validated, in canonical JSON: what a repeat is compared against. */
  payload: string;
  server: ServerView;
  /** Fields where sender and server disagree; empty when they agree. */
  mismatch: string[];
  /**
   * Top-level ticket fields left out when telling a repeat from a conflict: those the server
   * filled in itself (a resent form gets a new `submittedAt` and SLA, yet is the same ticket).
   */
  ignoreOnRepeat?: readonly string[];
  /** The forwarding targets it goes to: a delivery for each is queued with a new ticket. */
  targets?: readonly string[];
}

/** `created` for a new id, `repeated` for the same id with the same payload, `conflict` for the same id with another. */
export type SaveOutcome = 'created' | 'repeated' | 'conflict';

export interface StoredTicket {
  id: string;
  reference: string;
  receivedAt: string;
  ticket: Ticket;
  server: Omit<ServerView, 'sla'> & { sla: Omit<ServerView['sla'], 'timezone'> };
  mismatch: string[] | null;
}

export interface TicketStore {
  /** Stores or compares each record, all in one transaction; returns when it is committed. */
  saveBatch(records: readonly TicketRecord[]): SaveOutcome[];
  /** Takes the write lock, writes nothing and lets it go: throws when the database cannot be written now. */
  checkWritable(): void;
  /** Newest first. */
  list(options?: { limit?: number }): StoredTicket[];
  count(): number;
  /** The forwarding outbox in the same file (prepared on first use: a reader may open an older file). */
  readonly outbox: OutboxStore;
  readonly attachments: AttachmentStore;
  close(): void;
}

export interface StoreOptions {
  /** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** For readers such as `npm run tickets`: nothing is created or changed, the file must exist. */
  readOnly?: boolean;
}

/** Opens (and, unless read-only, creates with its folder and brings up to date) the ticket database at `file`. */
export function openTicketStore(file: string, options: StoreOptions = {}): TicketStore {
  const { busyTimeoutMs = 5000, readOnly = false } = options;
  if (!readOnly && file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { readOnly, timeout: busyTimeoutMs });
  if (!readOnly) {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    migrate(db);
  }

  const insert = db.prepare(`
    INSERT INTO tickets (id, reference, received_at, payload, server_verdict, server_upsell_tier,
                         server_queue, server_target_minutes, server_due, mismatch)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO NOTHING`);
  const payloadOf = db.prepare('SELECT payload FROM tickets WHERE id = ?');
  const newest = db.prepare('SELECT * FROM tickets ORDER BY received_at DESC, rowid DESC LIMIT ?');
  const counter = db.prepare('SELECT count(*) AS n FROM tickets');

  let outbox: OutboxStore | undefined;
  let attachments: AttachmentStore | undefined;
  const outboxOf = () => (outbox ??= outboxStore(db));

  function saveOne(record: TicketRecord): SaveOutcome {
    const { server } = record;
    const result = insert.run(
      record.id,
      record.reference,
      record.receivedAt,
      record.payload,
      server.verdict,
      server.upsellTier ?? null,
      server.sla.queue,
      server.sla.targetMinutes,
      server.sla.firstResponseDue,
      record.mismatch.length > 0 ? record.mismatch.join(', ') : null,
    );
    if (Number(result.changes) === 1) {
      if (record.targets?.length)
        outboxOf().enqueue(record.id, record.targets, Date.parse(record.receivedAt));
      return 'created';
    }
    const existing = payloadOf.get(record.id) as { payload: string } | undefined;
    if (existing === undefined) return 'conflict';
    const ignore = record.ignoreOnRepeat ?? [];
    const same =
      ignore.length === 0
        ? existing.payload === record.payload
        : without(existing.payload, ignore) === without(record.payload, ignore);
    return same ? 'repeated' : 'conflict';
  }

  return {
    saveBatch(records) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const outcomes = records.map(saveOne);
        db.exec('COMMIT');
        return outcomes;
      } catch (error) {
        if (db.isTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    checkWritable() {
      // The lock alone is granted on a file opened read-only; a write (of nothing) is not.
      db.exec('BEGIN IMMEDIATE');
      try {
        db.exec('DELETE FROM tickets WHERE 0');
      } finally {
        if (db.isTransaction) db.exec('ROLLBACK');
      }
    },
    list({ limit = -1 } = {}) {
      return (newest.all(limit) as unknown as TicketRow[]).map(fromRow);
    },
    count() {
      return Number((counter.get() as { n: number }).n);
    },
    get outbox() {
      return outboxOf();
    },
    get attachments() {
      return (attachments ??= attachmentStore(db));
    },
    close() {
      if (db.isOpen) db.close();
    },
  };
}

/** A payload in canonical JSON without the given top-level fields. */
function without(payload: string, fields: readonly string[]): string {
  const ticket = JSON.parse(payload) as Record<string, unknown>;
  for (const field of fields) delete ticket[field];
  return canonicalJson(ticket);
}

function fromRow(row: TicketRow): StoredTicket {
  return {
    id: row.id,
    reference: row.reference,
    receivedAt: row.received_at,
    ticket: JSON.parse(row.payload) as Ticket,
    server: serverOf(row),
    mismatch: row.mismatch ? row.mismatch.split(', ') : null,
  };
}
