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
