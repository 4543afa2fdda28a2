/**
 * The receiver's handle on its database thread (`worker.ts`): every call answers within a
 * deadline, so a ticket post waits at most that long for a locked or slow database and then
 * hears "try again" (503), and nothing else in the receiver ever waits for the database at all.
 */
import { Worker } from 'node:worker_threads';
import type { DatabaseProblem } from './problems.ts';
import type { Call, DatabaseMethods, MethodName, Reply, Started, WorkerSettings } from './protocol.ts';
import type { AttachmentRecord } from './attachment-store.ts';
import type { AttemptRecord, DeliveryJob, TargetBacklog } from './outbox-store.ts';
import type { SaveOutcome, TicketRecord } from './ticket-store.ts';

/** Why a call did not get its answer: the database's own problem, or no answer within the deadline. */
export type Unavailability = DatabaseProblem | 'not-answering';

/** The database could not do what was asked now; the request may be tried again later. */
export class DatabaseUnavailable extends Error {
  readonly problem: Unavailability;
  constructor(problem: Unavailability, message: string) {
    super(message);
    this.name = 'DatabaseUnavailable';
    this.problem = problem;
  }
}

export type DatabaseHealth = { writable: true } | { writable: false; problem: Unavailability };

export interface TicketDatabase {
  /** Resolves once the ticket is committed (or known as a repeat or a conflict); rejects with `DatabaseUnavailable`. */
  save(record: TicketRecord): Promise<SaveOutcome>;
  /** The forwarding outbox (`outbox-store.ts`); each call rejects with `DatabaseUnavailable`. */
  outbox: {
    next(target: string): Promise<DeliveryJob | null>;
    startAttempt(ticketId: string, target: string, at: number): Promise<null>;
    finishAttempt(record: AttemptRecord): Promise<null>;
    backlog(): Promise<TargetBacklog[]>;
  };
  attachments: {
    add(record: AttachmentRecord): Promise<null>;
    find(tokens: string[]): Promise<AttachmentRecord[]>;
  };
  /** Whether a ticket could be written now; never rejects. */
  health(): Promise<DatabaseHealth>;
  /** Writes what is waiting, closes the file and ends the thread. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** How long a write waits for another process's lock (SQLite's busy timeout). */
  busyTimeoutMs?: number;
  /** How long a caller waits for any answer before hearing `not-answering`. */
  answerWithinMs?: number;
}

/** Another process's write lock is waited for this long before the ticket is answered 503. */
export const BUSY_TIMEOUT_MS = 400;
/** Every call answers within this: a busy database is a 503 within a second. */
export const ANSWER_WITHIN_MS = 900;

/** The forwarding worker's calls: it can wait, but not forever. */
const BACKGROUND_WITHIN_MS = 30_000;

const WORKER = new URL('./worker.ts', import.meta.url);

/** Problems an operator fixes with file permissions. */
const PERMISSION_PROBLEMS = new Set<Unavailability>(['read-only', 'cannot-open']);

interface Pending {
  resolve: (output: unknown) => void;
  reject: (error: DatabaseUnavailable) => void;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Starts the database thread on `file` and resolves once the database is open, up to date and
 * writable; rejects with `DatabaseUnavailable` (saying why) when it is not.
 */
export async function openTicketDatabase(
  file: string,
  options: DatabaseOptions = {},
): Promise<TicketDatabase> {
  const settings: WorkerSettings = { file, busyTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS };
  const answerWithinMs = options.answerWithinMs ?? ANSWER_WITHIN_MS;
  const worker = new Worker(WORKER, { workerData: settings });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let ended: DatabaseUnavailable | undefined;

  function endAll(error: DatabaseUnavailable): void {
    ended ??= error;
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      call.reject(error);
      pending.delete(id);
    }
  }

  await new Promise<void>((resolve, reject) => {
    worker.once('message', (message: Started) => {
      if (message.started) return resolve();
      const hint = PERMISSION_PROBLEMS.has(message.problem)
        ? " (the receiver's user must be able to write the file and its folder)"
        : '';
      reject(new DatabaseUnavailable(message.problem, `${message.message}${hint}`));
    });
    worker.once('error', (error: Error) => reject(new DatabaseUnavailable('failed', error.message)));
  });

  worker.on('message', (reply: Reply) => {
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    clearTimeout(call.timer);
    if (reply.ok) call.resolve(reply.output);
    else call.reject(new DatabaseUnavailable(reply.problem, reply.message));
  });
  worker.on('error', (error: Error) =>
    endAll(new DatabaseUnavailable('failed', `the database thread failed: ${error.message}`)),
  );
  worker.on('exit', () => endAll(new DatabaseUnavailable('failed', 'the database thread has stopped')));

  /** Calls `method` on the thread; after `within` ms (unless null) the caller hears `not-answering`. */
  function call<M extends MethodName>(
    method: M,
    input: DatabaseMethods[M]['input'],
    within: number | null = answerWithinMs,
  ): Promise<DatabaseMethods[M]['output']> {
    if (ended) return Promise.reject(ended);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      const timer =
        within === null
          ? undefined
          : setTimeout(() => {
              pending.delete(id);
              reject(
                new DatabaseUnavailable('not-answering', `the database did not answer within ${within} ms`),
              );
            }, within);
      pending.set(id, { resolve: resolve as (output: unknown) => void, reject, timer });
      worker.postMessage({ id, method, input } satisfies Call<M>);
    });
  }

  return {
    save: (record) => call('save', record),
    // Background work is not held to a request's deadline, only to one that notices a stuck thread.
    outbox: {
      next: (target) => call('nextDelivery', target, BACKGROUND_WITHIN_MS),
      startAttempt: (ticketId, target, at) =>
        call('startAttempt', { ticketId, target, at }, BACKGROUND_WITHIN_MS),
      finishAttempt: (record) => call('finishAttempt', record, BACKGROUND_WITHIN_MS),
      backlog: () => call('backlog', null),
    },
    attachments: {
      add: (record) => call('addAttachment', record),
      find: (tokens) => call('findAttachments', tokens),
    },
    async health() {
      try {
        await call('checkWritable', null);
        return { writable: true };
      } catch (error) {
        return { writable: false, problem: error instanceof DatabaseUnavailable ? error.problem : 'failed' };
      }
    },
    async close() {
      if (ended) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      // Closing waits for the writes queued before it, however long the disk takes.
      await new Promise<void>((resolve) => {
        const id = nextId++;
        pending.set(id, {
          resolve: () => resolve(),
          reject: () => resolve(),
          timer: setTimeout(() => {}, 0),
        });
        worker.postMessage({ id, method: 'close', input: null } satisfies Call<'close'>);
      });
      await exited;
    },
  };
}
