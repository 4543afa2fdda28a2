/**
 * Uploaded files as the database knows them: a row per token, written only once the file itself
 * is on disk (`src/receiver/attachments/`), so a token the receiver handed out always has its file.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface AttachmentRecord {
  token: string;
  /** The file name as the customer gave it, made safe (`safeFileName`). */
  name: string;
  /** The media type its content was checked as. */
  type: string;
  size: number;
  /** Hex SHA-256 of the bytes, to check the file is the one stored. */
  sha256: string;
  uploadedAt: string;
}

export interface AttachmentStore {
  add(record: AttachmentRecord): void;
  /** The records of these tokens that exist, in the order asked. */
  find(tokens: readonly string[]): AttachmentRecord[];
}

export function attachmentStore(db: DatabaseSync): AttachmentStore {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO attachments (token, name, type, size, sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byToken = db.prepare('SELECT * FROM attachments WHERE token = ?');
  return {
    add(record) {
      insert.run(record.token, record.name, record.type, record.size, record.sha256, record.uploadedAt);
    },
    find(tokens) {
      return tokens.flatMap((token) => {
        const row = byToken.get(token) as Record<string, string | number> | undefined;
        return row
          ? [
              {
                token: String(row.token),
                name: String(row.name),
                type: String(row.type),
                size: Number(row.size),
                sha256: String(row.sha256),
                uploadedAt: String(row.uploaded_at),
              },
            ]
          : [];
      });
    },
  };
}
