/**
 * The wizard's file upload (src/wizard/delivery/upload.ts) in Node, where the file outbox keeps
 * files in memory: each file gets time for its size, and a stalled upload fails instead of
 * holding its ticket back for ever.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getFile, putFile } from '../../src/wizard/delivery/file-outbox.ts';
import { uploadFiles } from '../../src/wizard/delivery/upload.ts';
import type { Ticket } from '../../src/domain/ticket.ts';

const ID = '0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f';
const ticket = { id: 'a1b2c3d4-0000-4000-8000-000000000001', attachments: [ID] } as unknown as Ticket;

/** An 18-byte file chosen for the ticket and not uploaded yet. */
const keepNewFile = () =>
  putFile({
    id: ID,
    name: 'rejection.png',
    type: 'image/png',
    blob: new Blob([new Uint8Array(18)]),
    uploaded: false,
  });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("uploading a ticket's files", () => {
  it('gives an 18-byte file 20,001 ms and fails when that runs out, keeping the file to try again', async () => {
    await keepNewFile();
    // The timer is the test's to end: the upload's own signal is handed back under its control.
    const expire = new AbortController();
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockReturnValue(expire.signal);
    // A receiver that never answers: the request ends only when its signal aborts.
    const fetched: { url: string; key: string | null }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      fetched.push({ url, key: new Headers(init.headers).get('Idempotency-Key') });
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('timed out', 'TimeoutError'))),
      );
    });

    const upload = uploadFiles(ticket, '/api/tickets', new AbortController().signal);
    await vi.waitFor(() => expect(fetched).toHaveLength(1));
    expect(timeout).toHaveBeenCalledWith(20_001);
    expect(fetched[0]).toEqual({ url: '/api/attachments', key: ID });

    expire.abort(new DOMException('timed out', 'TimeoutError'));
    await expect(upload).rejects.toThrow('timed out');
    expect((await getFile(ID))?.uploaded).toBe(false);
  });

  it('marks a file uploaded once the receiver answers 201, and sends nothing to an external webhook', async () => {
    await keepNewFile();
    const fetch = vi.fn(() => Promise.resolve(new Response('{}', { status: 201 })));
    vi.stubGlobal('fetch', fetch);

    expect(
      await uploadFiles(ticket, 'https://helpdesk.example/hook', new AbortController().signal),
    ).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();

    expect(await uploadFiles(ticket, '/api/tickets', new AbortController().signal)).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await getFile(ID))?.uploaded).toBe(true);
  });
});
