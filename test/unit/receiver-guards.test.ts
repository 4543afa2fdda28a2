/**
 * What the receiver refuses or guards beyond the ticket contract: hostile ticket content, posts to
 * another host, clients behind a proxy, refusals that would otherwise read on, a resent form,
 * links out of the site, and what it says about its own health.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_FIELDS, HELPDESK, NOW, postForm, postJson, sample, send, start } from './receiver-harness.ts';

describe('ticket content', () => {
  it('answers 400 naming the field to a choice nested 20,000 lists deep, and stores nothing', async () => {
    const { base, store } = await start();
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const body = JSON.stringify(sample({ priority: 0 })).replace('"priority":0', `"priority":${deep}`);
    const reply = await send(base, 'POST', '/api/tickets', body, { 'Content-Type': 'application/json' });
    expect(reply.status).toBe(400);
    expect(reply.json().issues).toEqual([
      { path: 'priority', message: 'expected one of critical, high, normal, low, got a list' },
    ]);
    expect(store.count()).toBe(0);
  });

  it('answers 400 naming the summary to one that clears the screen, and stores nothing', async () => {
    const { base, store } = await start();
    const reply = await postJson(base, sample({ summary: '\u001b[2J\u001b[H\u001b[31mURGENT' }));
    expect(reply.status).toBe(400);
    expect(reply.json().issues).toEqual([
      { path: 'summary', message: 'must be plain text: remove the control character U+001B' },
    ]);
    expect(store.count()).toBe(0);
  });
});

describe('hosts and origins', () => {
  it('refuses a post to a host that is not the site with 400, and stores nothing', async () => {
    const { base, store } = await start();
    const reply = await postJson(base, sample(), { Host: 'evil.example' });
    expect(reply.status).toBe(400);
    expect(reply.json().error).toBe(
      'this receiver takes tickets for localhost, 127.0.0.1, [::1], not evil.example',
    );
    expect(store.count()).toBe(0);
    const long = await postJson(base, sample(), { Host: `${'a'.repeat(5000)}.example` });
    expect(long.json().error).toBe(
      `this receiver takes tickets for localhost, 127.0.0.1, [::1], not ${'a'.repeat(100)}…`,
    );
  });

  it('refuses a compressed body (415) before reading it, and stores nothing', async () => {
    const { base, store } = await start();
    const reply = await postJson(base, sample(), { 'Content-Encoding': 'gzip' });
    expect(reply.status).toBe(415);
    expect(reply.json().error).toBe('send the body uncompressed, not with Content-Encoding gzip');
    expect(store.count()).toBe(0);
    expect((await postJson(base, sample(), { 'Content-Encoding': 'identity' })).status).toBe(201);
  });

  it('refuses JSON said to be in a charset other than UTF-8 (415), and stores nothing', async () => {
    const { base, store } = await start();
    for (const [type, named] of [
      ['application/json; charset=latin1', 'latin1'],
      ['application/json;charset="UTF-16"', 'utf-16'],
      ['application/json; Charset=ISO-8859-1', 'iso-8859-1'],
    ]) {
      const reply = await postJson(base, sample(), { 'Content-Type': type as string });
      expect(reply.status).toBe(415);
      expect(reply.headers['accept-post']).toBe(
        'application/json, application/x-www-form-urlencoded, multipart/form-data',
      );
      expect(reply.json()).toEqual({ error: `send the ticket as UTF-8 JSON, not in the charset ${named}` });
    }
    expect(store.count()).toBe(0);
    for (const type of [
      'application/json; charset=UTF-8',
      'application/json;charset="utf8"',
      'application/json; charset=us-ascii',
      'application/json; charset=',
    ])
      expect((await postJson(base, sample(), { 'Content-Type': type })).status).toBe(201);
    expect(store.count()).toBe(4);
  });

  it('refuses a JSON body that is not UTF-8 (400), though it names no charset, and stores nothing', async () => {
    const { base, store } = await start();
    const latin1 = Buffer.from(JSON.stringify(sample({ summary: 'Déclaration bloquée' })), 'latin1');
    const reply = await send(base, 'POST', '/api/tickets', latin1, { 'Content-Type': 'application/json' });
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({
      error: 'the body is not valid UTF-8: send the ticket as UTF-8 JSON',
      issues: [],
    });
    expect(store.count()).toBe(0);
    const utf8 = await postJson(base, sample({ summary: 'Déclaration bloquée' }));
    expect(utf8.status).toBe(201);
    expect(store.list()[0]?.ticket).toMatchObject({ summary: 'Déclaration bloquée' });
    // A byte order mark before UTF-8 JSON is dropped, as editors on Windows write one.
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(sample()))]);
    const bom = await send(base, 'POST', '/api/tickets', withBom, { 'Content-Type': 'application/json' });
    expect(bom.status).toBe(201);
  });

  it('takes posts to the allowed names on any port, in any case, and serves pages to any host', async () => {
    const { base } = await start();
    expect((await postJson(base, sample(), { Host: 'LOCALHOST:8080' })).status).toBe(201);
    expect((await send(base, 'GET', '/', undefined, { Host: 'evil.example' })).status).toBe(200);
  });

  it('compares origins as browsers send them: case and the default port do not matter', async () => {
    const { base } = await start({ corsOrigins: ['HTTPS://Helpdesk.Example:443/'] });
    const reply = await postJson(base, sample(), { Origin: HELPDESK });
    expect(reply.status).toBe(201);
    expect(reply.headers['access-control-allow-origin']).toBe(HELPDESK);
  });
});

describe('rate limits per client', () => {
  const from = (address: string) => ({ 'X-Forwarded-For': address });

  it('keys on the address a trusted proxy forwards, IPv6 by its /64', async () => {
    const { base } = await start({ rateLimitPerMinute: 1, trustProxy: ['loopback'] });
    const statuses = [];
    for (const address of [
      '203.0.113.1',
      '203.0.113.1',
      '203.0.113.2',
      '2001:db8:1:2::1',
      '2001:db8:1:2:ffff::9',
      '2001:db8:1:3::1',
    ])
      statuses.push((await postJson(base, sample(), from(address))).status);
    expect(statuses).toEqual([201, 429, 201, 201, 429, 201]);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const { base } = await start({ rateLimitPerMinute: 1 });
    expect((await postJson(base, sample(), from('203.0.113.1'))).status).toBe(201);
    expect((await postJson(base, sample(), from('203.0.113.2'))).status).toBe(429);
  });
});

/** Sends only the head of a post that declares a large body, and waits for the answer and the close. */
function refusedBeforeTheBody(
  base: string,
  headers: string,
  path = '/api/tickets',
): Promise<{ head: string; closed: boolean }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('end', () => resolve({ head: received.slice(0, received.indexOf('\r\n\r\n')), closed: true }));
    socket.on('error', reject);
    setTimeout(() => resolve({ head: received, closed: false }), 3000);
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10000000\r\n${headers}\r\n\r\n{"schema":`,
    );
  });
}

describe('refusals', () => {
  it.each([
    ['a foreign origin', 'Content-Type: application/json\r\nOrigin: https://evil.example', 403],
    ['another content type', 'Content-Type: text/plain', 415],
    ['a body declared over 64 KiB', 'Content-Type: application/json', 413],
  ])('answers %s before reading the body, and closes the connection', async (_case, headers, status) => {
    const { base } = await start();
    const { head, closed } = await refusedBeforeTheBody(base, headers);
    expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(head).toMatch(/\r\nconnection: close\r\n/i);
    expect(closed).toBe(true);
  });

  it('answers a post to a page 405 before reading the body, and closes the connection', async () => {
    const { base } = await start();
    const { head, closed } = await refusedBeforeTheBody(base, 'Content-Type: application/json', '/compare/');
    expect(head).toMatch(/^HTTP\/1\.1 405 /);
    expect(closed).toBe(true);
  });
});

describe('the no-JavaScript form', () => {
  const FORM = '<form method="post"><input type="hidden" name="id" value=""></form>';
  const fields = FORM_FIELDS;

  it('gets a fresh ticket id on every request, by either of its addresses, and no cache answers a visit with it', async () => {
    const { base, dist } = await start();
    writeFileSync(join(dist, 'support', 'new', 'index.html'), FORM);
    const ids = [];
    for (const path of ['/support/new/?tier=basic', '/support/new/index.html']) {
      const page = await send(base, 'GET', path);
      expect(page.headers['cache-control']).toBe('private, no-cache');
      ids.push(/name="id" value="([0-9a-f-]{36})"/.exec(page.text)?.[1]);
    }
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('stores a form sent twice with its id once, and sends both to the same reference', async () => {
    const { base, store, setClock } = await start();
    const id = crypto.randomUUID();
    const first = await postForm(base, { ...fields, id });
    // A minute later, as after a reload: the server's own time and due time differ, the answers do not.
    setClock(new Date('2026-03-27T09:01:00Z'));
    const again = await postForm(base, { ...fields, id });
    expect([first.status, again.status]).toEqual([303, 303]);
    expect(again.headers.location).toBe(first.headers.location);
    expect(store.count()).toBe(1);
  });

  it('answers 409 when the same id comes with other answers', async () => {
    const { base, store } = await start();
    const id = crypto.randomUUID();
    await postForm(base, { ...fields, id });
    const other = await postForm(base, { ...fields, id, summary: 'Something else entirely' });
    expect(other.status).toBe(409);
    expect(store.list()[0]?.ticket.summary).toBe('Release not received');
  });
});

describe('the built site', () => {
  it('does not follow a link out of the site', async () => {
    const { base, dist } = await start();
    symlinkSync(join(dist, '..', 'secret.txt'), join(dist, 'leak.txt'));
    const reply = await send(base, 'GET', '/leak.txt');
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('outside the site');
  });

  it('answers a revalidation with 304 and a range with 206', async () => {
    const { base } = await start();
    const first = await send(base, 'GET', '/');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await send(base, 'GET', '/', undefined, { 'If-None-Match': etag })).status).toBe(304);
    const part = await send(base, 'GET', '/', undefined, { Range: 'bytes=0-14' });
    expect(part.status).toBe(206);
    expect(part.text).toBe('<!doctype html>');
  });
});

describe('GET /api/health', () => {
  it('answers 200 with the database writable', async () => {
    const { base } = await start();
    const reply = await send(base, 'GET', '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.json()).toMatchObject({ status: 'ok', database: 'writable' });
  });

  it("tells the business calendar's last day and the days left, and answers 503 once it has ended", async () => {
    const end = { at: NOW.getTime() + 36 * 3_600_000, lastDay: '2026-03-28' };
    const { base, setClock } = await start({ calendarEnd: end });
    const before = await send(base, 'GET', '/api/health');
    expect(before.status).toBe(200);
    expect(before.json()).toMatchObject({ status: 'ok', calendar: { lastDay: '2026-03-28', daysLeft: 1 } });
    setClock(new Date(end.at));
    const after = await send(base, 'GET', '/api/health');
    expect(after.status).toBe(503);
    expect(after.json()).toMatchObject({
      status: 'unavailable',
      database: 'writable',
      calendar: { lastDay: '2026-03-28', daysLeft: 0 },
    });
  });
});
