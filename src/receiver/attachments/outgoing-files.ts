/** The files a delivery carries: the ticket's attachment tokens as stored, each readable and with its signed link. */
import type { DeliveryJob } from '../database/outbox-store.ts';
import type { TicketDatabase } from '../database/client.ts';
import type { OutgoingFile } from '../forwarding/target.ts';
import type { DownloadLinks } from './download-link.ts';
import type { FileStore } from './file-store.ts';

export function outgoingFiles(
  database: TicketDatabase,
  files: FileStore,
  links: DownloadLinks,
): (job: DeliveryJob) => Promise<OutgoingFile[]> {
  return async (job) => {
    const tokens = 'attachments' in job.ticket ? (job.ticket.attachments ?? []) : [];
    if (tokens.length === 0) return [];
    const records = await database.attachments.find(tokens);
    return records.map((record) => ({
      token: record.token,
      name: record.name,
      type: record.type,
      size: record.size,
      read: () => files.read(record.token),
      link: links.linkFor(record.token, job.receivedAt),
    }));
  };
}
