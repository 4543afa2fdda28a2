/**
 * The receiver's database thread: it owns the SQLite connection, so a slow disk sync or another
 * process's write lock holds up ticket writes but never a page. Saves that arrive while a
 * transaction runs are committed together in the next one (group commit).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCommitQueue } from './commit-queue.ts';
import { databaseProblem, oneLine } from './problems.ts';
import type { Call, DatabaseMethods, MethodName, Reply, Started, WorkerSettings } from './protocol.ts';
import { openTicketStore, type TicketStore } from './ticket-store.ts';

const port = parentPort;
if (!port) throw new Error('src/receiver/database/worker.ts runs as a worker thread');
const settings = workerData as WorkerSettings;

function open(): TicketStore | undefined {
  let store: TicketStore | undefined;
  try {
    store = openTicketStore(settings.file, { busyTimeoutMs: settings.busyTimeoutMs });
    store.checkWritable();
  } catch (error) {
    const problem = databaseProblem(error);
    // Another process holding the lock is a passing state, not a reason to refuse to start.
    if (problem !== 'busy' || store === undefined) {
      store?.close();
      port?.postMessage({ started: false, problem, message: oneLine(error) } satisfies Started);
      return undefined;
    }
  }
  port?.postMessage({ started: true } satisfies Started);
  return store;
}

const store = open();
if (store) {
  const queue = createCommitQueue(store);
  const methods: {
    [M in MethodName]: (
      input: DatabaseMethods[M]['input'],
    ) => DatabaseMethods[M]['output'] | Promise<DatabaseMethods[M]['output']>;
  } = {
    save: (record) => queue.save(record),
    nextDelivery: (target) => store.outbox.next(target) ?? null,
    startAttempt: ({ ticketId, target, at }) => {
      store.outbox.startAttempt(ticketId, target, at);
      return null;
    },
    finishAttempt: (record) => {
      store.outbox.finishAttempt(record);
      return null;
    },
    backlog: () => store.outbox.backlog(),
    addAttachment: (record) => {
      store.attachments.add(record);
      return null;
    },
    findAttachments: (tokens) => store.attachments.find(tokens),
    checkWritable: () => {
      store.checkWritable();
      return null;
    },
    close: () => {
      queue.flush();
      store.close();
      return null;
    },
  };
  port.on('message', (call: Call) => {
    const method = methods[call.method] as (input: unknown) => unknown;
    Promise.resolve()
      .then(() => method(call.input))
      .then(
        (output) => port.postMessage({ id: call.id, ok: true, output } satisfies Reply),
        (error: unknown) =>
          port.postMessage({
            id: call.id,
            ok: false,
            problem: databaseProblem(error),
            message: oneLine(error),
          } satisfies Reply),
      )
      // Once closed, nothing is left to do: letting the port go ends the thread.
      .finally(() => call.method === 'close' && port.close());
  });
}
