/**
 * The forwarding worker: in the receiver's process, off the request path, one lane per target
 * takes that target's oldest pending delivery from the outbox, waits until it is due, records the
 * attempt as started, makes it (15 s at most), and records what the domain's policy makes of the
 * answer: delivered, tried again later (backoff with jitter, or `Retry-After`) or dead. One
 * attempt at a time per target keeps arrival order and means at most one ticket per target is in
 * flight when the process dies: the only one that may reach the target twice.
 */
import {
  classifyAnswer,
  FORWARD_TIMEOUT_MS,
  nextAfterFailure,
  retryAfterMs,
} from '../../domain/forwarding-policy.ts';
import type { TicketDatabase } from '../database/client.ts';
import type { DeliveryJob, DeliveryState } from '../database/outbox-store.ts';
import { oneLine } from '../database/problems.ts';
import type { Log } from '../log.ts';
import type { AttemptAnswer, ForwardTarget, OutgoingFile } from './target.ts';

export interface ForwarderOptions {
  database: TicketDatabase;
  targets: readonly ForwardTarget[];
  /** The files a ticket's attachment tokens stand for. */
  filesFor: (job: DeliveryJob) => Promise<OutgoingFile[]>;
  log: Log;
  now?: () => number;
  random?: () => number;
  /** How often an idle lane looks at the outbox (a new ticket wakes it at once). */
  idlePollMs?: number;
}

export interface Forwarder {
  start(): void;
  /** A ticket was stored: lanes that wait for work look now. */
  wake(): void;
  /** Stops the lanes; an attempt in flight is abandoned, and made again after a restart. */
  stop(): Promise<void>;
}

const IDLE_POLL_MS = 1_000;

export function createForwarder(options: ForwarderOptions): Forwarder {
  const { database, targets, log } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const idlePollMs = options.idlePollMs ?? IDLE_POLL_MS;
  const stopping = new AbortController();
  const sleepers = new Set<() => void>();
  let lanes: Promise<void>[] = [];

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });
  }

  function wakeAll(): void {
    for (const wake of [...sleepers]) wake();
  }

  async function attempt(target: ForwardTarget, job: DeliveryJob): Promise<void> {
    const started = now();
    await database.outbox.startAttempt(job.ticketId, target.name, started);
    const timeout = AbortSignal.timeout(FORWARD_TIMEOUT_MS);
    const signal = AbortSignal.any([stopping.signal, timeout]);
    let answer: AttemptAnswer;
    try {
      const files = await options.filesFor(job);
      answer = await target.deliver(job, { signal, files, now: new Date(started) });
    } catch (error) {
      // Stopping: the attempt stays in flight in the outbox and is made again after a restart.
      if (stopping.signal.aborted) return;
      answer = {
        status: null,
        answer: timeout.aborted
          ? `no answer within ${FORWARD_TIMEOUT_MS / 1000} s`
          : `could not reach it: ${oneLine((error as { cause?: unknown }).cause ?? error)}`,
      };
    }
    const at = now();
    const kind = answer.status === null ? 'retry' : classifyAnswer(answer.status);
    let state: DeliveryState = kind === 'delivered' ? 'delivered' : 'dead';
    let nextAttemptAt = at;
    let why = answer.status === null ? answer.answer : `HTTP ${answer.status}`;
    if (kind === 'retry') {
      const next = nextAfterFailure({
        attempt: job.attempts + 1,
        since: Math.max(job.receivedAt, job.requeuedAt ?? 0),
        now: at,
        retryAfterMs: retryAfterMs(answer.retryAfter, at),
        random,
      });
      if (next.action === 'wait') {
        state = 'pending';
        nextAttemptAt = next.at;
      } else why = `${why}, ${next.why}`;
    }
    await database.outbox.finishAttempt({
      ticketId: job.ticketId,
      target: target.name,
      state,
      nextAttemptAt,
      status: answer.status,
      answer: answer.answer,
      remoteId: answer.remoteId,
      at,
    });
    log(`ticket ${job.reference} ${state === 'pending' ? 'not yet delivered' : state} to ${target.name}`, {
      ...(state === 'dead' ? { level: 'error' } : {}),
      event: 'forward',
      ticket: job.reference,
      target: target.name,
      attempt: job.attempts + 1,
      status: answer.status,
      state,
      ...(state === 'delivered' ? {} : { why }),
      ...(state === 'pending' ? { nextAttemptAt: new Date(nextAttemptAt).toISOString() } : {}),
      ...(answer.remoteId ? { remoteId: answer.remoteId } : {}),
      ms: at - started,
    });
  }

  async function lane(target: ForwardTarget): Promise<void> {
    while (!stopping.signal.aborted) {
      try {
        const job = await database.outbox.next(target.name);
        if (stopping.signal.aborted) return;
        const wait = job ? job.nextAttemptAt - now() : idlePollMs;
        if (job && wait <= 0) await attempt(target, job);
        else await sleep(Math.min(wait, idlePollMs));
      } catch (error) {
        if (stopping.signal.aborted) return;
        log(`forwarding to ${target.name} paused: ${oneLine(error)}`, {
          level: 'error',
          target: target.name,
        });
        await sleep(idlePollMs);
      }
    }
  }

  return {
    start() {
      if (lanes.length === 0) lanes = targets.map(lane);
    },
    wake: wakeAll,
    async stop() {
      stopping.abort();
      wakeAll();
      await Promise.all(lanes);
    },
  };
}
