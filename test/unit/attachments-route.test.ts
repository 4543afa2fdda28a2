/**
 * `POST /api/attachments` and the signed downloads, on the real server with a temporary folder:
 * a file is answered 201 only once it is on disk, checked by content as well as name and size;
 * a ticket may only name files that were uploaded; a download needs a good, unexpired link and
 * is always sent as an attachment.
 */
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { postJson, sample, send, SITE, start, upload, uploadParts, type Part } from './receiver-harness.ts';
import { createDownloadLinks } from '../../src/receiver/attachments/download-link.ts';
import { createFileStore } from '../../src/receiver/attachments/file-store.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
const links = createDownloadLinks(Buffer.from('a test signing secret'), SITE);
const v2 = (attachments: string[]) =>
  sample({ schema: 'ticket.v2', tierConfirmed: true, verdict: 'covered', attachments });

/**
 * An upload over a raw socket that sends its whole file, `screen.png`, then stops before the rest
 * of its body (the closing boundary, 200 bytes promised by its length), as a stalled client does.
 */
async function stalledUpload(base: string, key?: string, folder?: string) {
  const part = Buffer.concat([
    Buffer.from(
      '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="screen.png"\r\n' +
        'Content-Type: image/png\r\n\r\n',
    ),
    PNG,
    Buffer.from('\r\n--b0undary'),
  ]);
  const socket = connect(Number(new URL(base).port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write(
    `POST /api/attachments HTTP/1.1\r\nHost: localhost\r\n${key ? `Idempotency-Key: ${key}\r\n` : ''}` +
      `Content-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: ${part.length + 200}\r\n\r\n`,
  );
  socket.write(part);
  // With its folder given, once its file is whole on disk under its key.
  if (folder && key) await vi.waitFor(() => expect(readdirSync(folder)).toContain(key));
  return socket;
}

describe('POST /api/attachments', () => {
  it('stores a file and answers 201 with its token, name, size and type', async () => {
    const { base, dir } = await start();
    const reply = await upload(base, 'screen.png', PNG);
    expect(reply.status).toBe(201);
    const body = reply.json();
    expect(body).toEqual({
      token: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'screen.png',
      size: 13,
      type: 'image/png',
    });
    const folder = join(dir, 'data', 'attachments');
    expect(readdirSync(folder)).toEqual([body.token]);
    expect(readFileSync(join(folder, body.token))).toEqual(PNG);
  });

  it('refuses a program named like a PDF (415), keeping nothing', async () => {
    const { base, dir } = await start();
    const reply = await upload(base, 'invoice.pdf', Buffer.from('MZ\x90\x00 this is a program'));
    expect(reply.status).toBe(415);
    expect(reply.json()).toEqual({ error: 'invoice.pdf is not a PDF file: its content is something else' });
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it('refuses a text file with a NUL or bytes that are not UTF-8 past its first 4 KB (415), keeping nothing', async () => {
    const { base, dir } = await start();
    for (const tail of [Buffer.from([0, 0x4d, 0x5a]), Buffer.from([0xff, 0xfe])]) {
      const reply = await upload(base, 'log.txt', Buffer.concat([Buffer.alloc(5000, 'a'), tail]));
      expect(reply.status).toBe(415);
      expect(reply.json()).toEqual({ error: 'log.txt is not a TXT file: its content is something else' });
    }
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it('refuses a file over 10 MB while reading it (413), naming the file and the limit', async () => {
    const { base, dir } = await start();
    const reply = await upload(base, 'export.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(reply.status).toBe(413);
    expect(reply.json()).toEqual({ error: 'export.csv must be smaller than 10 MB' });
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it('refuses a body declared larger than one file before reading it', async () => {
    const { base } = await start();
    const reply = await send(base, 'POST', '/api/attachments', 'x', {
      'Content-Type': 'multipart/form-data; boundary=x',
      'Content-Length': String(11 * 1024 * 1024),
    }).catch(() => ({ status: 413 }));
    expect(reply.status).toBe(413);
  });

  it('takes the Idempotency-Key as the token, answering a repeat as before without storing it again', async () => {
    const { base, dir } = await start();
    const key = { 'Idempotency-Key': '0B7D2C8E-3F4A-4C55-9D1E-5A6B7C8D9E0F' };
    const first = await upload(base, 'screen.png', PNG, 'file', key);
    expect(first.status).toBe(201);
    expect(first.json().token).toBe('0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f');
    const repeat = await upload(base, 'screen.png', PNG, 'file', key);
    expect(repeat.status).toBe(200);
    expect(repeat.json()).toEqual(first.json());
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual(['0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f']);
  });

  it('refuses another file under a key already used (409), keeping the first', async () => {
    const { base, dir } = await start();
    const key = { 'Idempotency-Key': '0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f' };
    expect((await upload(base, 'screen.png', PNG, 'file', key)).status).toBe(201);
    for (const [name, bytes] of [
      ['error.xml', Buffer.from('<?xml version="1.0"?><CC056C/>')],
      ['other-name.png', PNG],
    ] as const) {
      const reply = await upload(base, name, bytes, 'file', key);
      expect(reply.status).toBe(409);
      expect(reply.json()).toEqual({
        error: 'a different file was already uploaded with this Idempotency-Key',
        token: '0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f',
      });
    }
    const folder = join(dir, 'data', 'attachments');
    expect(readFileSync(join(folder, '0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f'))).toEqual(PNG);
    const large = await upload(base, 'export.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'file', key);
    expect(large.status).toBe(413);
    expect(large.json()).toEqual({ error: 'export.csv must be smaller than 10 MB' });
  });

  it('answers a body cut short or malformed with 400 naming the problem, logged as no error, keeping nothing', async () => {
    const { base, dir, logs } = await start();
    const cut = Buffer.concat([
      Buffer.from('--b0undary\r\nContent-Disposition: form-data; name="file"; filename="screen.png"\r\n\r\n'),
      PNG,
      Buffer.from('\r\n'),
    ]);
    for (const [path, body, type, error] of [
      [
        '/api/attachments',
        'abc',
        'multipart/form-data',
        'a multipart/form-data body needs a boundary in its Content-Type',
      ],
      [
        '/api/tickets',
        'abc',
        'multipart/form-data',
        'a multipart/form-data body needs a boundary in its Content-Type',
      ],
      [
        '/api/attachments',
        cut,
        'multipart/form-data; boundary=b0undary',
        'the body ended before it was complete',
      ],
      [
        '/api/tickets',
        cut,
        'multipart/form-data; boundary=b0undary',
        'the body ended before it was complete',
      ],
    ] as const) {
      const reply = await send(base, 'POST', path, body, { 'Content-Type': type });
      expect([path, reply.status, reply.json()]).toEqual([path, 400, { error }]);
    }
    const form = await send(base, 'POST', '/api/attachments', 'a=b', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.json()).toEqual({ error: 'send the file as multipart/form-data in the field file' });
    expect(logs.filter((line) => line.startsWith('error on'))).toEqual([]);
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it('keeps no file when the client goes away after sending it, before its body ends', async () => {
    const { base, dir, logs } = await start();
    const folder = join(dir, 'data', 'attachments');
    const stored = () => readdirSync(folder).filter((name) => !name.startsWith('.'));
    const socket = await stalledUpload(base);
    // The file is whole on disk, under its token, while the server waits for the rest of the body.
    await vi.waitFor(() => expect(stored()).toHaveLength(1));
    socket.destroy();
    await vi.waitFor(() => expect(stored()).toEqual([]));
    // A client going away is not the receiver's error.
    expect(logs.filter((line) => line.startsWith('error on'))).toEqual([]);
  });

  it('ends a stalled upload soon after its time is up (408), keeping nothing, so it cannot hold its key', async () => {
    // A test-sized time of 1.2 s; Node's own check, every 30 s, would have let it live up to 30 s more.
    const { base, dir } = await start({ requestTimeoutMs: 1200 });
    const key = '3e0a4f6b-7c8d-4e9f-8a1b-2c3d4e5f6071';
    const socket = await stalledUpload(base, key);
    const answer = new Promise<string>((resolve) => socket.once('data', (data) => resolve(String(data))));
    await vi.waitFor(() => answer, { timeout: 2000 });
    expect(await answer).toMatch(/^HTTP\/1\.1 408 /);
    await vi.waitFor(() => expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]));
    // The key is free again: the retry is stored.
    expect((await upload(base, 'screen.png', PNG, 'file', { 'Idempotency-Key': key })).status).toBe(201);
    socket.destroy();
  });

  it('does not hold a key for ever for a try whose client left while it waited its turn', async () => {
    const { base, dir } = await start();
    const key = '4f1b5a7c-8d9e-4fa0-9b1c-2d3e4f5a6b7c';
    const folder = join(dir, 'data', 'attachments');
    const first = await stalledUpload(base, key, folder);
    // A second try queues behind the first under the same key, then its client goes away.
    const second = await stalledUpload(base, key);
    await new Promise((resolve) => setTimeout(resolve, 200));
    second.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The first try ends (its client gone too); a later retry is then taken, not queued for ever.
    first.destroy();
    expect((await upload(base, 'screen.png', PNG, 'file', { 'Idempotency-Key': key })).status).toBe(201);
    expect(readFileSync(join(folder, key))).toEqual(PNG);
  });

  it('takes one of two files sent at once under one key and refuses the other (409): the record and the bytes agree', async () => {
    const { base, dir } = await start();
    const key = { 'Idempotency-Key': '1c8e2d4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' };
    const large = Buffer.alloc(200_000, 'a');
    const small = Buffer.from('a small note\n');
    const replies = await Promise.all([
      upload(base, 'first.txt', large, 'file', key),
      upload(base, 'second.txt', small, 'file', key),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409]);
    const taken = replies.find((reply) => reply.status === 201)!.json();
    const stored = readFileSync(join(dir, 'data', 'attachments', key['Idempotency-Key']));
    expect(stored).toEqual(taken.name === 'first.txt' ? large : small);
    expect(stored.length).toBe(taken.size);
  });

  it('keeps the file a retry stored while an earlier try under the same key was still open, however that try ends', async () => {
    const { base, dir } = await start();
    const key = '2d9f3e5a-6b7c-4d8e-9f0a-1b2c3d4e5f60';
    const folder = join(dir, 'data', 'attachments');
    // The first try sends its whole file, then stalls before the rest of its body.
    const socket = await stalledUpload(base, key, folder);
    // The retry, sent meanwhile, waits for the first try under its key.
    const retry = upload(base, 'screen.png', PNG, 'file', { 'Idempotency-Key': key });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Then the first try goes on with a part it may not have, and is refused, keeping nothing of its own.
    const answered = once(socket, 'data');
    socket.write('\r\nContent-Disposition: form-data; name="note"\r\n\r\nmore\r\n--b0undary--\r\n');
    expect(String((await answered)[0])).toMatch(/^HTTP\/1\.1 400 /);
    expect((await retry).status).toBe(201);
    socket.destroy();
    expect(readFileSync(join(folder, key))).toEqual(PNG);
    expect((await upload(base, 'screen.png', PNG, 'file', { 'Idempotency-Key': key })).status).toBe(200);
  });

  it('refuses a key no ticket could name as a token (not a UUID of versions 1 to 8), keeping nothing', async () => {
    const { base, dir } = await start();
    for (const key of ['0b7d2c8e-3f4a-0c55-9d1e-5a6b7c8d9e0f', 'screen.png', '']) {
      const reply = await upload(base, 'screen.png', PNG, 'file', { 'Idempotency-Key': key });
      expect(reply.status).toBe(400);
      expect(reply.json()).toEqual({ error: 'the Idempotency-Key header must be a UUID' });
    }
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([]);
  });

  it('refuses a body with a second file or a field after the file (400), keeping none of it', async () => {
    const { base, dir } = await start();
    const png = new Blob([new Uint8Array(PNG)]);
    const xml = new Blob(['<?xml version="1.0"?><CC056C/>']);
    const error = { error: 'send one file per request, in the field file: this request holds more than one' };
    for (const parts of [
      [
        ['file', png, 'one.png'],
        ['file', xml, 'two.xml'],
      ],
      [
        ['file', png, 'one.png'],
        ['note', 'a field'],
      ],
    ] as Part[][]) {
      const reply = await uploadParts(base, parts);
      expect(reply.status).toBe(400);
      expect(reply.json()).toEqual(error);
    }
    const folder = join(dir, 'data', 'attachments');
    expect(readdirSync(folder)).toEqual([]);
    // Under a key already used for that first file: refused too, and the stored file stays.
    const key = { 'Idempotency-Key': '0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f' };
    expect((await upload(base, 'one.png', PNG, 'file', key)).status).toBe(201);
    const repeat = await uploadParts(
      base,
      [
        ['file', png, 'one.png'],
        ['file', xml, 'two.xml'],
      ],
      key,
    );
    expect(repeat.status).toBe(400);
    expect(repeat.json()).toEqual(error);
    expect(readFileSync(join(folder, '0b7d2c8e-3f4a-4c55-9d1e-5a6b7c8d9e0f'))).toEqual(PNG);
  });

  it('asks for the file in the field named file, when it is elsewhere, after a field, or missing', async () => {
    const { base } = await start();
    const reply = await upload(base, 'screen.png', PNG, 'upload');
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({ error: 'send one file in the field file' });
    for (const parts of [
      [
        ['note', 'a field'],
        ['file', new Blob([new Uint8Array(PNG)]), 'screen.png'],
      ],
      [],
    ] as Part[][]) {
      const other = await uploadParts(base, parts);
      expect(other.status).toBe(400);
      expect(other.json()).toEqual({ error: 'send one file in the field file' });
    }
    const json = await send(base, 'POST', '/api/attachments', '{}', { 'Content-Type': 'application/json' });
    expect(json.status).toBe(415);
  });
});

describe('a disk short of room', () => {
  /** A receiver whose disk has `free` bytes free, keeping the default 256 MB for the database. */
  async function onDisk(free: number) {
    const folder = mkdtempSync(join(tmpdir(), 'attachments-'));
    const diskLogs: { message: string; fields?: Record<string, unknown> }[] = [];
    const files = createFileStore(folder, {
      freeBytes: () => Promise.resolve(free),
      log: (message, fields) => diskLogs.push({ message, fields }),
    });
    const running = await start({ attachments: { files, links } });
    return {
      ...running,
      folder,
      diskLogs,
      [Symbol.dispose]: () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const MB = 1024 * 1024;

  it('refuses a file (503, Retry-After) while taking it would leave under 256 MB free, and still takes tickets', async () => {
    using receiver = await onDisk(256 * MB + 10 * MB - 1);
    const reply = await upload(receiver.base, 'screen.png', PNG);
    expect(reply.status).toBe(503);
    expect(reply.headers['retry-after']).toBe('60');
    expect(reply.json()).toEqual({
      error:
        'screen.png cannot be stored now: the server is short of disk space. Try again later, or send the ticket without it',
    });
    expect(readdirSync(receiver.folder)).toEqual([]);
    expect(receiver.diskLogs).toEqual([
      {
        message: `attachment refused: the disk of ${receiver.folder} is short of room`,
        fields: { event: 'disk-low', level: 'error' },
      },
    ]);
    expect((await postJson(receiver.base, sample())).status).toBe(201);
  });

  it('takes a file when 256 MB stay free after the largest file', async () => {
    using receiver = await onDisk(256 * MB + 10 * MB);
    expect((await upload(receiver.base, 'screen.png', PNG)).status).toBe(201);
    expect(readdirSync(receiver.folder)).toHaveLength(1);
  });

  it('counts the uploads under way: with room for two files, a third arriving meanwhile is refused', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'attachments-'));
    try {
      const files = createFileStore(folder, { freeBytes: () => Promise.resolve(256 * MB + 20 * MB) });
      const streams = [new PassThrough(), new PassThrough(), new PassThrough()];
      const writes = streams.map((stream, i) =>
        files.write(`shot-${i}.png`, stream, new Date()).then(
          (record) => record.name,
          (error: Error) => error.message,
        ),
      );
      // None has finished when the third asks for room.
      for (const stream of streams) stream.end(PNG);
      expect(await Promise.all(writes)).toEqual([
        'shot-0.png',
        'shot-1.png',
        'shot-2.png cannot be stored now: the server is short of disk space. Try again later, or send the ticket without it',
      ]);
      // Once they are done, their room is free again.
      expect((await files.write('later.png', Readable.from([PNG]), new Date())).name).toBe('later.png');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('a ticket with attachments', () => {
  it('is taken when it names uploaded files, and refused naming the token no file was uploaded with', async () => {
    const { base } = await start();
    const { token } = (await upload(base, 'screen.png', PNG)).json();
    const unknown = crypto.randomUUID();
    const refused = await postJson(base, v2([token, unknown]));
    expect(refused.status).toBe(400);
    expect(refused.json().issues).toEqual([
      { path: 'attachments.1', message: 'no file was uploaded with this token' },
    ]);
    expect((await postJson(base, v2([token]))).status).toBe(201);
  });
});

describe('GET /api/attachments/<token>', () => {
  it('sends the file as a download, not to be shown or sniffed, with a good link', async () => {
    const { base } = await start();
    const { token } = (await upload(base, 'screen.png', PNG)).json();
    const link = new URL(links.linkFor(token, Date.now()).url);
    const reply = await send(base, 'GET', `${link.pathname}${link.search}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="screen.png"; filename*=UTF-8''screen.png`,
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(reply.text, 'latin1').length).toBe(13);
  });

  it('refuses a link with another signature (403) and one past its expiry (410)', async () => {
    const { base, setClock } = await start();
    const { token } = (await upload(base, 'screen.png', PNG)).json();
    const link = new URL(links.linkFor(token, Date.now()).url);
    const forged = `${link.pathname}?expires=${link.searchParams.get('expires')}&signature=AAAA`;
    expect((await send(base, 'GET', forged)).status).toBe(403);
    setClock(new Date(Date.now() + 8 * 24 * 60 * 60_000));
    expect((await send(base, 'GET', `${link.pathname}${link.search}`)).status).toBe(410);
  });
});
