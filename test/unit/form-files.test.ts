/**
 * The no-JavaScript form with files, posted as multipart/form-data: the files are stored like
 * uploads and the ticket (ticket.v2) names them; a refused file gets a page naming it, and no ticket.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { send, start } from './receiver-harness.ts';

const FIELDS = {
  id: '3d4c1a2b-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  tier: 'basic',
  topic: 'none',
  priority: 'normal',
  summary: 'Declaration rejected',
  description: 'The declaration was rejected with the error message attached.',
  name: 'Ann Peeters',
  email: 'ann@example.be',
  company: 'Peeters Logistics',
  website: '',
};

/** Posts the form with files as a browser would. */
async function postMultipart(base: string, files: { name: string; bytes: Buffer }[], extra = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...FIELDS, ...extra })) form.append(name, value);
  for (const file of files) form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  if (files.length === 0) form.append('file', new Blob([]), '');
  const request = new Request(new URL('/api/tickets', base), { method: 'POST', body: form });
  return send(base, 'POST', '/api/tickets', Buffer.from(await request.arrayBuffer()), {
    'Content-Type': request.headers.get('content-type') ?? '',
  });
}

const XML = Buffer.from('<?xml version="1.0"?><CC056C><Error>12</Error></CC056C>');

describe('the no-JavaScript form with files', () => {
  it('stores the files and a ticket.v2 that names them, then redirects to the sent page', async () => {
    const { base, store } = await start();
    const reply = await postMultipart(base, [{ name: 'CC056C.xml', bytes: XML }]);
    expect(reply.status).toBe(303);
    const [stored] = store.list();
    expect(stored?.ticket).toMatchObject({
      schema: 'ticket.v2',
      tierConfirmed: true,
      summary: 'Declaration rejected',
    });
    const tokens = (stored?.ticket as { attachments: string[] }).attachments;
    expect(store.attachments.find(tokens)).toMatchObject([
      { name: 'CC056C.xml', type: 'application/xml', size: XML.length },
    ]);
  });

  it('takes the form with its file input left empty as a plain ticket.v1', async () => {
    const { base, store } = await start();
    expect((await postMultipart(base, [])).status).toBe(303);
    expect(store.list()[0]?.ticket).toMatchObject({ schema: 'ticket.v1' });
  });

  it('answers a refused file with a page naming it, storing neither the ticket nor the file', async () => {
    const { base, store, dir } = await start();
    const reply = await postMultipart(base, [{ name: 'setup.exe', bytes: Buffer.from('MZ') }]);
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('<li>Files: setup.exe must be a PDF, PNG, JPEG, XML, TXT, CSV or EML</li>');
    expect(store.count()).toBe(0);
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it.each([
    ['refused for an answer', { email: 'not an address' }, [{ name: 'CC056C.xml', bytes: XML }], 400],
    [
      'refused for another file',
      {},
      [
        { name: 'CC056C.xml', bytes: XML },
        { name: 'setup.exe', bytes: Buffer.from('MZ') },
      ],
      400,
    ],
    ['a bot filled in', { website: 'https://spam.example' }, [{ name: 'CC056C.xml', bytes: XML }], 303],
  ])('keeps no file of a form %s', async (_case, extra, files, status) => {
    const { base, store, dir } = await start();
    expect((await postMultipart(base, files, extra)).status).toBe(status);
    expect(store.count()).toBe(0);
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it('keeps the files of a person whose browser left a space in the bot trap, as it keeps the ticket', async () => {
    const { base, store } = await start();
    expect((await postMultipart(base, [{ name: 'CC056C.xml', bytes: XML }], { website: ' ' })).status).toBe(
      303,
    );
    const tokens = (store.list()[0]?.ticket as { attachments?: string[] }).attachments ?? [];
    expect(store.attachments.find(tokens)).toMatchObject([{ name: 'CC056C.xml', size: XML.length }]);
  });

  it('answers a file over 10 MB with a page naming it and the limit, keeping nothing', async () => {
    const { base, store, dir } = await start();
    const big = { name: 'export.csv', bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') };
    const reply = await postMultipart(base, [{ name: 'CC056C.xml', bytes: XML }, big]);
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.text).toContain('<li>Files: export.csv must be smaller than 10 MB</li>');
    expect(store.count()).toBe(0);
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it('takes the form sent again after Back, its file input emptied, as the same ticket', async () => {
    const { base, store } = await start();
    const first = await postMultipart(base, [{ name: 'CC056C.xml', bytes: XML }]);
    expect(first.status).toBe(303);
    const again = await postMultipart(base, []);
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(first.headers.location);
    expect(store.count()).toBe(1);
    expect(store.list()[0]?.ticket).toMatchObject({ schema: 'ticket.v2', attachments: [expect.any(String)] });
  });

  it('says so when the form is sent again with files: the ticket received first stands, without them', async () => {
    const { base, store } = await start();
    const first = await postMultipart(base, []);
    expect(first.status).toBe(303);
    const again = await postMultipart(base, [{ name: 'CC056C.xml', bytes: XML }]);
    expect(again.status).toBe(200);
    const reference = new URL(String(first.headers.location), base).searchParams.get('ref');
    expect(again.text).toContain(
      `It was received as ${reference} when you first sent it and stays as it was then: the files ` +
        'sent this time were not added. To add any it did not have, reply to our e-mail about it with them.',
    );
    expect(store.count()).toBe(1);
    expect(store.list()[0]?.ticket).toMatchObject({ schema: 'ticket.v1' });
  });

  it('answers six files with a page naming the limit, keeping none of them', async () => {
    const { base, store, dir } = await start();
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `CC056C-${i}.xml`, bytes: XML }));
    const reply = await postMultipart(base, six);
    expect(reply.status).toBe(413);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.text).toContain('<li>Files: attach at most 5 files</li>');
    expect(store.count()).toBe(0);
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });
});
