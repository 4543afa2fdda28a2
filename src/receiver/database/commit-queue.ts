/**
 * Group commit: tickets that arrive in the same turn of the event loop are written in one
 * transaction, so one disk sync acknowledges them all. Under light load a batch is one ticket;
 * under a burst the sync cost is shared, which is what lets one process take hundreds a second.
 */
import type { SaveOutcome, TicketRecord, TicketStore } from './ticket-store.ts';

interface Pending {
  record: TicketRecord;
  resolve: (outcome: SaveOutcome) => void;
  reject: (error: unknown) => void;
}

export interface CommitQueue {
  /** Resolves once the record is committed (or found to be a repeat or a conflict). */
  save(record: TicketRecord): Promise<SaveOutcome>;
  /** Writes whatever is waiting now; used before closing the store. */
  flush(): void;
}

export function createCommitQueue(store: Pick<TicketStore, 'saveBatch'>): CommitQueue {
  let pending: Pending[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      const outcomes = store.saveBatch(batch.map((item) => item.record));
      batch.forEach((item, i) => item.resolve(outcomes[i] ?? 'conflict'));
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  return {
    save(record) {
      return new Promise((resolve, reject) => {
        pending.push({ record, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
