/**
 * The outbox's statements on the ticket database: a delivery per ticket and target, taken by the
 * forwarding worker in order of arrival, one target at a time. An attempt is recorded as started
 * (committed) before its request leaves and as finished once its answer is in, so after a crash
 * the deliveries that were in flight are known: they are the only ones that may be repeated.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Ticket } from '../../domain/ticket.ts';
import type { ServerTriage } from '../../domain/helpdesk-fields.ts';
import { serverOf, type TicketRow } from './ticket-row.ts';

export type DeliveryState = 'pending' | 'delivered' | 'dead';

/** A pending delivery with what forwarding needs to send it. */
export interface DeliveryJob {
  ticketId: string;
  target: string;
  reference: string;
  /** ms since the epoch. */
  receivedAt: number;
  /** When its dead delivery was last queued again by hand (ms since the epoch), if ever. */
  requeuedAt: number | null;
  ticket: Ticket;
  server: ServerTriage;
  attempts: number;
  nextAttemptAt: number;
  /** An attempt started and its answer was never recorded (the receiver stopped meanwhile). */
  inFlight: boolean;
  /** The last answer's HTTP status; null when none came (network error, timeout) or no attempt yet. */
  lastStatus: number | null;
  /** The target's own id for the ticket, once it has one (a step of a multi-step delivery is done). */
  remoteId: string | null;
}

/** How an attempt ended, as recorded. */
export interface AttemptRecord {
  ticketId: string;
  target: string;
  state: DeliveryState;
  /** When to try again, for a pending delivery (ms since the epoch). */
  nextAttemptAt: number;
  status: number | null;
  answer: string;
  remoteId?: string | null | undefined;
  at: number;
}

export interface DeliveryRow {
  ticketId: string;
  reference: string;
  receivedAt: string;
  target: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: number;
  lastStatus: number | null;
  lastAnswer: string | null;
  summary: string;
}

export interface TargetBacklog {
  target: string;
  pending: number;
  dead: number;
  /** When the oldest undelivered (pending) ticket arrived, ISO; null when none waits. */
  oldestPending: string | null;
}

export interface OutboxStore {
  /** Adds a pending delivery for each target; called inside the ticket's own transaction. */
  enqueue(ticketId: string, targets: readonly string[], at: number): void;
  /** The oldest pending delivery of `target`, due or not, or undefined. */
  next(target: string): DeliveryJob | undefined;
  startAttempt(ticketId: string, target: string, at: number): void;
  finishAttempt(record: AttemptRecord): void;
  backlog(): TargetBacklog[];
  /** Every delivery, newest ticket first; `state` keeps only those. */
  list(options?: { state?: DeliveryState; limit?: number }): DeliveryRow[];
  /** Puts a ticket's dead deliveries back in the queue, due at `at`; how many there were. */
  requeue(reference: string, at: number): number;
}

/** A delivery joined with its ticket. */
interface JobRow extends Omit<TicketRow, 'id' | 'mismatch'> {
  ticket_id: string;
  target: string;
  attempts: number;
  next_attempt_at: number;
  in_flight: number;
  last_status: number | null;
  remote_id: string | null;
  requeued_at: number | null;
}

interface ListRow {
  ticket_id: string;
  reference: string;
  received_at: string;
  target: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: number;
  last_status: number | null;
  last_answer: string | null;
  summary: string | null;
}

export function outboxStore(db: DatabaseSync): OutboxStore {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO deliveries (ticket_id, target, state, next_attempt_at, updated_at)
     VALUES (?, ?, 'pending', ?, ?)`,
  );
  const oldest = db.prepare(
    `SELECT d.*, t.reference, t.received_at, t.payload, t.server_verdict, t.server_upsell_tier,
            t.server_queue, t.server_target_minutes, t.server_due
       FROM deliveries d JOIN tickets t ON t.id = d.ticket_id
      WHERE d.target = ? AND d.state = 'pending'
      ORDER BY d.rowid LIMIT 1`,
  );
  const start = db.prepare(
    `UPDATE deliveries SET attempts = attempts + 1, in_flight = 1, updated_at = ?
      WHERE ticket_id = ? AND target = ?`,
  );
  const finish = db.prepare(
    `UPDATE deliveries SET state = ?, next_attempt_at = ?, in_flight = 0, last_status = ?, last_answer = ?,
            remote_id = coalesce(?, remote_id), updated_at = ?
      WHERE ticket_id = ? AND target = ?`,
  );
  const counts = db.prepare(
    `SELECT d.target, sum(d.state = 'pending') AS pending, sum(d.state = 'dead') AS dead,
            min(CASE WHEN d.state = 'pending' THEN t.received_at END) AS oldest
       FROM deliveries d JOIN tickets t ON t.id = d.ticket_id
      WHERE d.state IN ('pending', 'dead')
      GROUP BY d.target ORDER BY d.target`,
  );
  const all = db.prepare(
    `SELECT d.ticket_id, t.reference, t.received_at, d.target, d.state, d.attempts, d.next_attempt_at,
            d.last_status, d.last_answer, json_extract(t.payload, '$.summary') AS summary
       FROM deliveries d JOIN tickets t ON t.id = d.ticket_id
      WHERE ?1 IS NULL OR d.state = ?1
      ORDER BY t.received_at DESC, t.rowid DESC, d.target LIMIT ?2`,
  );
  const reopen = db.prepare(
    `UPDATE deliveries SET state = 'pending', next_attempt_at = ?1, requeued_at = ?1, updated_at = ?1
      WHERE state = 'dead' AND ticket_id IN (SELECT id FROM tickets WHERE reference = ?2)`,
  );

  return {
    enqueue(ticketId, targets, at) {
      for (const target of targets) insert.run(ticketId, target, at, at);
    },
    next(target) {
      const row = oldest.get(target) as JobRow | undefined;
      return row && toJob(row);
    },
    startAttempt(ticketId, target, at) {
      start.run(at, ticketId, target);
    },
    finishAttempt(record) {
      finish.run(
        record.state,
        record.nextAttemptAt,
        record.status,
        record.answer,
        record.remoteId ?? null,
        record.at,
        record.ticketId,
        record.target,
      );
    },
    backlog() {
      return (counts.all() as { target: string; pending: number; dead: number; oldest: string | null }[]).map(
        (row) => ({
          target: row.target,
          pending: Number(row.pending),
          dead: Number(row.dead),
          oldestPending: row.oldest,
        }),
      );
    },
    list({ state, limit = -1 } = {}) {
      return (all.all(state ?? null, limit) as unknown as ListRow[]).map((row) => ({
        ticketId: row.ticket_id,
        reference: row.reference,
        receivedAt: row.received_at,
        target: row.target,
        state: row.state,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        lastStatus: row.last_status,
        lastAnswer: row.last_answer,
        summary: row.summary ?? '',
      }));
    },
    requeue(reference, at) {
      return Number(reopen.run(at, reference).changes);
    },
  };
}

function toJob(row: JobRow): DeliveryJob {
  return {
    ticketId: row.ticket_id,
    target: row.target,
    reference: row.reference,
    receivedAt: Date.parse(row.received_at),
    requeuedAt: row.requeued_at,
    ticket: JSON.parse(row.payload) as Ticket,
    server: serverOf(row),
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    inFlight: row.in_flight === 1,
    lastStatus: row.last_status,
    remoteId: row.remote_id,
  };
}
