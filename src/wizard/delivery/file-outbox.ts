/**
 * The browser's file outbox: each file attached to a ticket is kept here (IndexedDB) from the
 * moment it is chosen until its ticket is acknowledged, under the id that becomes its token on
 * the receiver, so a file chosen offline, or not yet uploaded when the tab closed, is uploaded
 * before its ticket when the connection returns. Where IndexedDB is refused (some private modes),
 * files last as long as the page.
 */
export interface OutboxFile {
  id: string;
  name: string;
  type: string;
  blob: Blob;
  /** The receiver has it (answered 2xx to its upload). */
  uploaded: boolean;
}

const DATABASE = 'cas-support-files';
const STORE = 'files';
const memory = new Map<string, OutboxFile>();
let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
  return opened;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
  });
}

export async function putFile(file: OutboxFile): Promise<void> {
  memory.set(file.id, file);
  await run('readwrite', (store) => store.put(file)).catch(() => undefined);
}

export async function getFile(id: string): Promise<OutboxFile | undefined> {
  const stored = await run('readonly', (store) => store.get(id) as IDBRequest<unknown>).catch(
    () => undefined,
  );
  return (stored as OutboxFile | undefined) ?? memory.get(id);
}

export async function removeFile(id: string): Promise<void> {
  memory.delete(id);
  await run('readwrite', (store) => store.delete(id)).catch(() => undefined);
}
