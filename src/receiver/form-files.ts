/**
 * The no-JavaScript form posted as `multipart/form-data` because it carries files: its fields as
 * `@fastify/formbody` would give them, and each file stored (`attachments/file-store.ts`) and
 * recorded like an upload to `POST /api/attachments`, giving its token. A file that is refused is
 * read to its end and named in the problems, so the form can say which and why.
 */
import type { FastifyRequest } from 'fastify';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_SIZE_TEXT } from '../domain/attachments.ts';
import { UploadRefused, type FileStore } from './attachments/file-store.ts';
import type { TicketDatabase } from './database/client.ts';
import type { FormFields } from './form-ticket.ts';

export interface MultipartForm {
  fields: FormFields;
  /** The tokens of the files stored, in the order posted. */
  tokens: string[];
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
  database: TicketDatabase,
  now: Date,
): Promise<MultipartForm> {
  const fields: FormFields = {};
  const tokens: string[] = [];
  const problems: string[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      const value = String(part.value);
      const before = fields[part.fieldname];
      fields[part.fieldname] =
        before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
      continue;
    }
    // A file input left empty still sends a part, without a name.
    if (!part.filename) {
      part.file.resume();
      continue;
    }
    try {
      const record = await files.write(part.filename, part.file, now);
      await database.attachments.add(record);
      tokens.push(record.token);
    } catch (error) {
      part.file.resume();
      if (error instanceof UploadRefused) problems.push(error.message);
      else if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        problems.push(`${part.filename} must be smaller than ${MAX_SIZE_TEXT}`);
      else throw error;
    }
  }
  return { fields, tokens, problems };
}
