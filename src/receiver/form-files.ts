/**
 * The no-JavaScript form posted as `multipart/form-data` because it carries files: its fields as
 * `@fastify/formbody` would give them, and each file written to disk (`attachments/file-store.ts`)
 * as an upload to `POST /api/attachments` is, but not yet recorded: the form's handler records the
 * files of a form it takes and discards those of one it refuses. A file that is refused is read
 * to its end and named in the problems, so the form can say which and why. Once the bot trap is
 * filled in, files are read but not written.
 */
import type { FastifyRequest } from 'fastify';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../domain/attachments.ts';
import { UploadRefused, type FileStore } from './attachments/file-store.ts';
import type { AttachmentRecord } from './database/attachment-store.ts';
import { isBotTrapFilled, type FormFields } from './form-ticket.ts';

export interface MultipartForm {
  fields: FormFields;
  /** The files written, in the order posted, not yet in the database. */
  records: AttachmentRecord[];
  /** What was wrong with each file refused, naming it. */
  problems: string[];
}

/** The limits `@fastify/multipart` enforces as it reads the form. */
export const FORM_MULTIPART_LIMITS = {
  files: MAX_ATTACHMENTS,
  fileSize: MAX_ATTACHMENT_BYTES,
  fields: 40,
  parts: 50,
};

export async function readMultipartForm(
  request: FastifyRequest,
  files: FileStore,
  now: Date,
): Promise<MultipartForm> {
  const fields: FormFields = {};
  const records: AttachmentRecord[] = [];
  const problems: string[] = [];
  try {
    await readParts();
  } catch (error) {
    // Too many files or fields, or the connection lost: nothing written for this form is kept.
    await Promise.all(records.map((record) => files.discard(record.token)));
    throw error;
  }
  return { fields, records, problems };

  async function readParts(): Promise<void> {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        const value = String(part.value);
        const before = fields[part.fieldname];
        fields[part.fieldname] =
          before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
        continue;
      }
      // A file input left empty still sends a part, without a name; a bot's files are not kept.
      if (!part.filename || isBotTrapFilled(fields)) {
        part.file.resume();
        continue;
      }
      try {
        records.push(await files.write(part.filename, part.file, now));
      } catch (error) {
        part.file.resume();
        // A file over the size limit is cut off and refused by the file store, as every other refusal.
        if (!(error instanceof UploadRefused)) throw error;
        problems.push(error.message);
      }
    }
  }
}
