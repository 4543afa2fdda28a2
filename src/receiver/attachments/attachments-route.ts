/**
 * `POST /api/attachments`: one file, multipart, in the field `file` (a body with more is refused,
 * keeping none, so no file is acknowledged and dropped); answered
 * `201 {"token", "name", "size", "type"}` once the file is on disk and recorded. The declared
 * length is checked before reading, the size while reading (`@fastify/multipart`'s limit), the
 * kind from the name and the first bytes. `GET /api/attachments/<token>?expires=&signature=`
 * sends a file to whoever holds a signed link (`download-link.ts`): always as a download
 * (`Content-Disposition: attachment`, `nosniff`), never shown inline.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  safeFileName,
  sizeProblem,
} from '../../domain/attachments.ts';
import { ATTACHMENT_FIELD } from '../../domain/routes.ts';
import { attachmentToken } from '../../domain/ticket.ts';
import type { AttachmentRecord } from '../database/attachment-store.ts';
import { DatabaseUnavailable, type TicketDatabase } from '../database/client.ts';
import type { Log } from '../log.ts';
import { keyedLock } from '../keyed-lock.ts';
import { guardPosts, refuse } from '../post-guards.ts';
import { BUSY_RETRY_AFTER_SECONDS } from '../tickets-route.ts';
import type { DownloadLinks } from './download-link.ts';
import { UploadRefused, type FileStore } from './file-store.ts';

export interface AttachmentsOptions {
  database: TicketDatabase;
  files: FileStore;
  links: DownloadLinks;
  now: () => Date;
  log: Log;
  /** Tickets per client per minute (0: no limit); each ticket may bring `MAX_ATTACHMENTS` files. */
  rateLimitPerMinute: number;
  corsOrigins: readonly string[];
  allowedHosts: readonly string[];
}

/** Room for the multipart framing around one file. */
const FRAMING_BYTES = 16 * 1024;
const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES + FRAMING_BYTES;

/** `attachment; filename="…"` with an ASCII stand-in, and the real name in `filename*` (RFC 6266). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const answer = ({ token, name, size, type }: AttachmentRecord) => ({ token, name, size, type });

/** Hex SHA-256 of a stream's bytes, read to its end (what the file store records of a file). */
async function digest(stream: AsyncIterable<Buffer>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}

/** The refusal of a body that is not a multipart form. */
const NOT_MULTIPART = { error: `send the file as multipart/form-data in the field ${ATTACHMENT_FIELD}` };

const ONE_FILE = `send one file per request, in the field ${ATTACHMENT_FIELD}: this request holds more than one`;

/**
 * Whether the body holds anything after the part already read. The multipart limits allow one
 * part, so a second one arrives as the limit's error rather than as a part.
 */
async function morePartsIn(parts: AsyncIterator<unknown>): Promise<boolean> {
  try {
    return !(await parts.next()).done;
  } catch (error) {
    if (isPartLimit(error)) return true;
    throw error;
  }
}

/** The multipart limits' errors: a part more than one file, or a field (none is taken). */
function isPartLimit(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT';
}

/** The domain's words for a file over the limit, e.g. `big.pdf must be smaller than 10 MB`. */
function tooLarge(reply: FastifyReply, name: string) {
  return refuse(reply, 413, { error: sizeProblem(name, MAX_ATTACHMENT_BYTES + 1) });
}

export const attachmentsRoute: FastifyPluginAsync<AttachmentsOptions> = async (app, options) => {
  const { database, files, links, now, log } = options;
  await guardPosts(app, { ...options, allowedHeaders: ['Idempotency-Key'] });
  // A file over its size limit is cut off and said so (`truncated`), not thrown: the file store and
  // the known-key check below tell it, as the no-JavaScript form's reader does.
  await app.register(multipart, {
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 1 },
    throwFileSizeLimit: false,
  });

  // A body of another type is refused before it is read, in the route's own words.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return refuse(reply, 415, NOT_MULTIPART);
    throw error;
  });

  const oneAtATime = keyedLock();

  /** Reads the one file and stores it, under `token` when the sender gave one. */
  async function receive(request: FastifyRequest, reply: FastifyReply, token?: string) {
    const [known] = token ? await database.attachments.find([token]) : [];
    // A request whose client left while it waited its turn has no body left to read: reading would
    // wait for ever and hold the key. Nothing can close it between this look and `parts()`.
    if (request.raw.destroyed) throw Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const parts = request.parts();
    // A field where the file should be arrives as the fields limit's error: asked for the file too.
    const first = await parts.next().catch((error: unknown) => {
      if (isPartLimit(error)) return undefined;
      throw error;
    });
    const part = first?.done === false ? first.value : undefined;
    if (part?.type !== 'file' || part.fieldname !== ATTACHMENT_FIELD)
      return refuse(reply, 400, { error: `send one file in the field ${ATTACHMENT_FIELD}` });
    // The same key again: the same file (a repeat after a lost answer) is answered as before and
    // not stored again; another file under a key already used is refused, as a ticket is.
    if (known) {
      const sha256 = await digest(part.file);
      if (part.file.truncated) return tooLarge(reply, part.filename);
      if (await morePartsIn(parts)) return refuse(reply, 400, { error: ONE_FILE });
      if (sha256 === known.sha256 && safeFileName(part.filename) === known.name)
        return refuse(reply, 200, answer(known));
      return refuse(reply, 409, {
        error: 'a different file was already uploaded with this Idempotency-Key',
        token: known.token,
      });
    }
    try {
      const record = await files.write(part.filename, part.file, now(), token);
      // A second file would be dropped unseen if this one were acknowledged: neither is kept. Nor
      // is the file of a request that ends badly after it (the client gone, the time up).
      const more = await morePartsIn(parts).catch(async (error: unknown) => {
        await files.discard(record.token);
        throw error;
      });
      if (more) {
        await files.discard(record.token);
        return refuse(reply, 400, { error: ONE_FILE });
      }
      await database.attachments.add(record);
      log(`attachment ${record.token} stored: ${record.type}, ${record.size} bytes`, {
        event: 'attachment',
        token: record.token,
        type: record.type,
        size: record.size,
      });
      return reply
        .code(201)
        .send({ token: record.token, name: record.name, size: record.size, type: record.type });
    } catch (error) {
      if (error instanceof UploadRefused) {
        if (error.retryAfterSeconds !== undefined) reply.header('Retry-After', error.retryAfterSeconds);
        return refuse(reply, error.status, { error: error.message });
      }
      if (error instanceof DatabaseUnavailable)
        return reply
          .code(503)
          .header('Retry-After', BUSY_RETRY_AFTER_SECONDS)
          .send({ error: 'files cannot be stored right now; try again shortly' });
      throw error;
    }
  }

  app.post(
    '/',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      ...(options.rateLimitPerMinute > 0
        ? { config: { rateLimit: { max: options.rateLimitPerMinute * MAX_ATTACHMENTS, timeWindow: 60_000 } } }
        : {}),
    },
    async (request, reply) => {
      if (Number(request.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES)
        return tooLarge(reply, 'the file');
      if (!request.isMultipart()) return refuse(reply, 415, NOT_MULTIPART);
      const key = request.headers['idempotency-key'];
      // The key becomes the file's token, so it must be one a ticket may name.
      const parsed = key === undefined ? undefined : attachmentToken.safeParse(String(key).trim());
      if (parsed && !parsed.success)
        return refuse(reply, 400, { error: 'the Idempotency-Key header must be a UUID' });
      const token = parsed?.data;
      // One request at a time per key, so the look-up and the storing cannot interleave.
      return token ? oneAtATime(token, () => receive(request, reply, token)) : receive(request, reply);
    },
  );

  app.get('/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const { expires = '', signature = '' } = request.query as Record<string, string | undefined>;
    const verdict = links.check(token, expires, signature, now().getTime());
    if (verdict === 'forged') return reply.code(403).send({ error: 'this download link is not valid' });
    if (verdict === 'expired') return reply.code(410).send({ error: 'this download link has expired' });
    const [record] = await database.attachments.find([token]);
    if (!record) return reply.code(404).send({ error: 'no such file' });
    return reply
      .header('Content-Type', record.type)
      .header('Content-Disposition', contentDisposition(record.name))
      .header('Content-Length', record.size)
      .send(createReadStream(files.path(token)));
  });
};
