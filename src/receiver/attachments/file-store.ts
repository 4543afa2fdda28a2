/**
 * Uploaded files on disk, in a folder next to the ticket database: each is written under a
 * temporary name as it arrives (its kind checked from its first bytes, its size counted), synced
 * to disk, renamed to its token and the folder synced, and only then recorded in the database.
 * So a token the receiver hands out (201) always has its whole file, and a crash leaves at most
 * a temporary file, never a record without a file. A file is not taken while the disk is short of
 * room (`minFreeBytes` beyond the largest file for it and for each upload already under way), so
 * uploads, however many arrive at once, can never fill the disk the ticket database needs.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { open, readFile, rename, statfs, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  checkAttachment,
  isTextKind,
  MAX_ATTACHMENT_BYTES,
  notOfKind,
  safeFileName,
  sizeProblem,
  SNIFF_BYTES,
  textCheck,
} from '../../domain/attachments.ts';
import type { AttachmentRecord } from '../database/attachment-store.ts';
import type { Log } from '../log.ts';

/** Why a file was not stored, with the status the upload is answered with. */
export class UploadRefused extends Error {
  readonly status: number;
  /** When to try again, for a refusal that passes (the disk short of room). */
  readonly retryAfterSeconds: number | undefined;
  constructor(status: number, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'UploadRefused';
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** When the disk is short of room: long enough for an operator to be told, short enough for a person waiting. */
const DISK_RETRY_AFTER_SECONDS = 60;

/** Room kept free for the ticket database when `ATTACHMENTS_MIN_FREE_MB` is not set: about 100,000 tickets. */
export const DEFAULT_MIN_FREE_BYTES = 256 * 1024 * 1024;

export interface FileStoreOptions {
  /** Files are refused (503) while the disk has less than this free beyond the largest file. */
  minFreeBytes?: number;
  /** Free bytes on the folder's disk, for whoever runs the receiver; a test gives its own. */
  freeBytes?: () => Promise<number>;
  /** Where a file refused for want of room is told, at level error, for someone to look at. */
  log?: Log;
}

export interface FileStore {
  dir: string;
  /**
   * Writes `stream` as the file `name`, checked as it arrives; resolves with its record (not yet
   * in the database) once it is durable, under `token` (a new one unless given). Rejects with `UploadRefused` for a file of the wrong
   * kind or size, or with the stream's own error (a size limit hit while reading).
   */
  write(name: string, stream: Readable, now: Date, token?: string): Promise<AttachmentRecord>;
  read(token: string): Promise<Buffer>;
  path(token: string): string;
  /** Removes a file written but never recorded (its form was refused); a missing file is fine. */
  discard(token: string): Promise<void>;
}

export function createFileStore(dir: string, options: FileStoreOptions = {}): FileStore {
  mkdirSync(dir, { recursive: true });
  const path = (token: string) => join(dir, token);
  const minFreeBytes = options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES;
  const freeBytes =
    options.freeBytes ??
    (async () => {
      const disk = await statfs(dir);
      return disk.bavail * disk.bsize;
    });

  /** Room set aside for the uploads under way: the largest file each (what they wrote is counted twice, to be safe). */
  let reserved = 0;

  async function syncFolder(): Promise<void> {
    const folder = await open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }

  return {
    dir,
    path,
    read: (token) => readFile(path(token)),
    discard: (token) => unlink(path(token)).catch(() => undefined),
    async write(given, stream, now, token = randomUUID()) {
      const name = safeFileName(given);
      // Checked and set aside in one step after the await, so uploads arriving together each count the others.
      if ((await freeBytes()) - reserved - MAX_ATTACHMENT_BYTES < minFreeBytes) {
        options.log?.(`attachment refused: the disk of ${dir} is short of room`, {
          event: 'disk-low',
          level: 'error',
        });
        throw new UploadRefused(
          503,
          `${name} cannot be stored now: the server is short of disk space. Try again later, or send the ticket without it`,
          DISK_RETRY_AFTER_SECONDS,
        );
      }
      reserved += MAX_ATTACHMENT_BYTES;
      try {
        return await writeFile(name, stream, now, token);
      } finally {
        reserved -= MAX_ATTACHMENT_BYTES;
      }
    },
  };

  async function writeFile(
    name: string,
    stream: Readable,
    now: Date,
    token: string,
  ): Promise<AttachmentRecord> {
    const temporary = join(dir, `.upload-${randomUUID()}`);
    const file = await open(temporary, 'wx', 0o600);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    let type: string | undefined;
    const check = () => {
      const checked = checkAttachment(name, head);
      if (!checked.ok) throw new UploadRefused(415, checked.problem);
      type = checked.type;
    };
    // A text kind is checked to its last byte, not only at its start.
    const text = isTextKind(name) ? textCheck() : undefined;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (type === undefined) {
          head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
          if (head.length >= SNIFF_BYTES) check();
        }
        if (text && !text.push(chunk)) throw new UploadRefused(415, notOfKind(name));
        size += chunk.length;
        hash.update(chunk);
        await file.write(chunk);
      }
      // A multipart stream cut off at its size limit says so; what follows was never read.
      const truncated = (stream as { truncated?: boolean }).truncated === true;
      const problem = sizeProblem(name, truncated ? MAX_ATTACHMENT_BYTES + 1 : size);
      if (problem) throw new UploadRefused(size === 0 ? 400 : 413, problem);
      if (type === undefined) check();
      if (text && !text.end()) throw new UploadRefused(415, notOfKind(name));
      await file.sync();
      await file.close();
      await rename(temporary, path(token));
      await syncFolder();
    } catch (error) {
      await file.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    return {
      token,
      name,
      type: type ?? 'application/octet-stream',
      size,
      sha256: hash.digest('hex'),
      uploadedAt: now.toISOString(),
    };
  }
}
