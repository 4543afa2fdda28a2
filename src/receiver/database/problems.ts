/**
 * What went wrong with the database, in words an operator and a health check can use, from the
 * SQLite result code `node:sqlite` puts on its errors.
 */

/** `busy`: another connection holds the write lock; the others need someone to look at the file or the disk. */
export type DatabaseProblem = 'busy' | 'read-only' | 'cannot-open' | 'disk-full' | 'io-error' | 'failed';

/** Primary SQLite result codes (the low byte of an extended code) and what they mean here. */
const PROBLEMS: Record<number, DatabaseProblem> = {
  5: 'busy', // SQLITE_BUSY
  6: 'busy', // SQLITE_LOCKED
  8: 'read-only', // SQLITE_READONLY
  10: 'io-error', // SQLITE_IOERR
  13: 'disk-full', // SQLITE_FULL
  14: 'cannot-open', // SQLITE_CANTOPEN
  23: 'read-only', // SQLITE_AUTH
};

export function databaseProblem(error: unknown): DatabaseProblem {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  if (typeof code !== 'number') {
    const errno = (error as { code?: unknown } | null)?.code;
    return errno === 'EACCES' || errno === 'EROFS' || errno === 'EPERM' ? 'read-only' : 'failed';
  }
  return PROBLEMS[code & 0xff] ?? 'failed';
}

/** The error's own message, on one line. */
export function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
