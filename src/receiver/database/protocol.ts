/**
 * The messages between the receiver and its database thread. A call names a method of the
 * thread's table (`worker.ts`) and gets one reply with the same id; a new kind of database work
 * (an outbox, attachments) is a new method on both sides of this table.
 */
import type { DatabaseProblem } from './problems.ts';
import type { AttachmentRecord } from './attachment-store.ts';
import type { AttemptRecord, DeliveryJob, TargetBacklog } from './outbox-store.ts';
import type { SaveOutcome, TicketRecord } from './ticket-store.ts';

/** What each method takes and gives back. */
export interface DatabaseMethods {
  /** Stores one ticket, grouped with the others that arrive meanwhile into one transaction. */
  save: { input: TicketRecord; output: SaveOutcome };
  /** The oldest pending delivery of a target, or null. */
  nextDelivery: { input: string; output: DeliveryJob | null };
  /** Records (and commits) that an attempt is about to leave. */
  startAttempt: { input: { ticketId: string; target: string; at: number }; output: null };
  /** Records how an attempt ended. */
  finishAttempt: { input: AttemptRecord; output: null };
  /** Pending and dead deliveries per target, and the oldest waiting. */
  backlog: { input: null; output: TargetBacklog[] };
  /** Records a file already on disk. */
  addAttachment: { input: AttachmentRecord; output: null };
  /** The records of the tokens that exist. */
  findAttachments: { input: string[]; output: AttachmentRecord[] };
  /** Takes the write lock and lets it go again. */
  checkWritable: { input: null; output: null };
  /** Writes what is waiting and closes the file. */
  close: { input: null; output: null };
}

export type MethodName = keyof DatabaseMethods;

export interface Call<M extends MethodName = MethodName> {
  id: number;
  method: M;
  input: DatabaseMethods[M]['input'];
}

export type Reply =
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; problem: DatabaseProblem; message: string };

/** The thread's first message: the database is open and brought up to date, or why not. */
export type Started = { started: true } | { started: false; problem: DatabaseProblem; message: string };

export interface WorkerSettings {
  file: string;
  busyTimeoutMs: number;
}
