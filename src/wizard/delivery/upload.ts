/**
 * Uploads a ticket's files before the ticket: each one still in the file outbox and not yet
 * uploaded goes to `POST /api/attachments` with its id as `Idempotency-Key` (so a repeat after a
 * lost answer is the same file, not another). Only the built-in receiver takes files; with an
 * external webhook the wizard offers none.
 */
import { uploadTimeoutMs } from '../../domain/delivery-policy.ts';
import { ATTACHMENT_FIELD, ATTACHMENTS_PATH, TICKETS_PATH } from '../../domain/routes.ts';
import type { Ticket } from '../../domain/ticket.ts';
import { getFile, putFile, removeFile } from './file-outbox.ts';

/** Where files go for tickets sent to `webhook`, or undefined when it takes none. */
export function uploadUrlFor(webhook: string): string | undefined {
  return webhook === TICKETS_PATH ? ATTACHMENTS_PATH : undefined;
}

const filesOf = (ticket: Ticket) => ('attachments' in ticket ? (ticket.attachments ?? []) : []);

/**
 * Uploads what is not uploaded yet; the answer of the first upload that failed, else undefined.
 * Rejects on a network failure, or when one file takes longer than `uploadTimeoutMs` allows.
 */
export async function uploadFiles(
  ticket: Ticket,
  webhook: string,
  signal: AbortSignal,
): Promise<Response | undefined> {
  const url = uploadUrlFor(webhook);
  if (!url) return undefined;
  for (const id of filesOf(ticket)) {
    const file = await getFile(id);
    if (!file || file.uploaded) continue;
    const form = new FormData();
    form.append(ATTACHMENT_FIELD, file.blob, file.name);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Idempotency-Key': id },
      body: form,
      // A stalled upload fails in time, so the ticket is tried again instead of waiting for ever.
      signal: AbortSignal.any([signal, AbortSignal.timeout(uploadTimeoutMs(file.blob.size))]),
    });
    if (!response.ok) return response;
    await putFile({ ...file, uploaded: true });
  }
  return undefined;
}

/** Forgets a ticket's files once the ticket is acknowledged. */
export function forgetFiles(ticket: Ticket): void {
  for (const id of filesOf(ticket)) void removeFile(id);
}
