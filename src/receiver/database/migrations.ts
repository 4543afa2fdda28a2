/**
 * The ticket database's schema, as numbered steps: a database records the last step it has in
 * `PRAGMA user_version`, and opening it applies the steps after that one, each in its own
 * transaction. A new table (an outbox, attachments) is a new step at the end; steps already
 * released are never edited.
 */
import type { DatabaseSync } from 'node:sqlite';

const STEPS: readonly string[] = [
  // 1: the tickets as received, with the server's own verdict and SLA beside the sender's.
  // (`IF NOT EXISTS`: databases from before numbered steps already have it.)
  `CREATE TABLE IF NOT EXISTS tickets (
     id TEXT PRIMARY KEY,
     reference TEXT NOT NULL,
     received_at TEXT NOT NULL,
     payload TEXT NOT NULL,
     server_verdict TEXT NOT NULL,
     server_upsell_tier TEXT,
     server_queue TEXT NOT NULL,
     server_target_minutes INTEGER NOT NULL,
     server_due TEXT NOT NULL,
     mismatch TEXT
   ) STRICT;
   CREATE INDEX IF NOT EXISTS tickets_received_at ON tickets (received_at);
   CREATE INDEX IF NOT EXISTS tickets_reference ON tickets (reference);`,
  // 2: the outbox: one delivery per ticket and forwarding target, written in the ticket's own
  // transaction, so an acknowledged ticket always has its deliveries. Arrival order is rowid order.
  `CREATE TABLE deliveries (
     ticket_id TEXT NOT NULL REFERENCES tickets (id),
     target TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL,
     in_flight INTEGER NOT NULL DEFAULT 0,
     last_status INTEGER,
     last_answer TEXT,
     remote_id TEXT,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (ticket_id, target)
   ) STRICT;
   CREATE INDEX deliveries_by_target ON deliveries (target, state);`,
  // 3: files uploaded for tickets, kept under the attachments folder by token.
  `CREATE TABLE attachments (
     token TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     type TEXT NOT NULL,
     size INTEGER NOT NULL,
     sha256 TEXT NOT NULL,
     uploaded_at TEXT NOT NULL
   ) STRICT;`,
  // 4: when a dead delivery was last queued again by hand: its three days start there.
  `ALTER TABLE deliveries ADD COLUMN requeued_at INTEGER;`,
];

/** Brings `db` up to the latest step; throws (changing nothing) when a step fails. */
export function migrate(db: DatabaseSync): void {
  const { user_version: done } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  for (let step = done; step < STEPS.length; step++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(STEPS[step] ?? '');
      db.exec(`PRAGMA user_version = ${step + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}
