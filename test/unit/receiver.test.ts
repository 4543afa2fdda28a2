/**
 * Contract tests for the ticket receiver: the real HTTP server on an ephemeral port, a temporary
 * database and a temporary built site, with the clock and the recompute step injected.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { OutsideCalendar } from '../../src/domain/calendar-index.ts';
import { ticketReference } from '../../src/domain/ticket.ts';
import {
  FORM_FIELDS,
  HELPDESK,
  NOW,
  plainMinutes,
  postForm,
  postJson,
  sample,
  send,
  start,
} from './receiver-harness.ts';

describe('POST /api/tickets', () => {
  it('stores a new ticket and answers 201 with its id and reference', async () => {
    const { base, store, logs } = await start();
    const ticket = sample();
    const reply = await postJson(base, ticket, { 'Idempotency-Key': ticket.id });
    expect(reply.status).toBe(201);
    expect(reply.json()).toEqual({ id: ticket.id, reference: ticketReference(ticket.id) });
    const [stored] = store.list();
    expect(stored).toMatchObject({ id: ticket.id, receivedAt: NOW.toISOString(), ticket, mismatch: null });
    expect(stored?.server).toEqual({
      verdict: 'covered',
      sla: { queue: 'support', targetMinutes: 240, firstResponseDue: '2026-03-27T13:00:00.000Z' },
    });
    expect(logs).toEqual([
      expect.stringContaining(`ticket ${ticketReference(ticket.id)} created tier=premium verdict=covered`),
    ]);
  });

  it('answers a repeat of the same ticket with 200 and the same body, storing it once', async () => {
    const { base, store } = await start();
    const ticket = sample();
    const first = await postJson(base, ticket);
    // Same content, other key order and untrimmed text: still the same ticket.
    const { summary, ...rest } = ticket;
    const second = await postJson(base, { summary: `  ${summary} `, ...rest });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.json()).toEqual(first.json());
    expect(store.count()).toBe(1);
  });

  it('answers 409 to the same id with different content and keeps the first', async () => {
    const { base, store } = await start();
    const ticket = sample();
    await postJson(base, ticket);
    const reply = await postJson(base, { ...ticket, summary: 'Something else entirely' });
    expect(reply.status).toBe(409);
    expect(reply.json()).toMatchObject({ id: ticket.id, reference: ticketReference(ticket.id) });
    expect(store.list()[0]?.ticket.summary).toBe(ticket.summary);
  });

  it('answers 400 to malformed JSON, saying so', async () => {
    const { base, store } = await start();
    const reply = await send(base, 'POST', '/api/tickets', '{"schema": "ticket.v1", ', {
      'Content-Type': 'application/json',
    });
    expect(reply.status).toBe(400);
    expect(reply.json()).toMatchObject({ error: expect.stringMatching(/^malformed JSON/), issues: [] });
    expect(store.count()).toBe(0);
  });

  it('answers 400 naming each field of the wrong type', async () => {
    const { base } = await start();
    const ticket = sample({ tier: 5, priority: ['high'] });
    ticket.sla.targetMinutes = '240';
    const reply = await postJson(base, ticket);
    expect(reply.status).toBe(400);
    const paths = reply.json().issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(['tier', 'priority', 'sla.targetMinutes']);
  });

  it('answers 400 naming each missing field', async () => {
    const { base } = await start();
    const { summary: _s, customer, ...ticket } = sample();
    const reply = await postJson(base, { ...ticket, customer: { name: customer.name } });
    expect(reply.json()).toMatchObject({
      error: 'not a valid ticket.v1 ticket',
      issues: [
        { path: 'summary', message: 'required' },
        { path: 'customer.email', message: 'required' },
        { path: 'customer.company', message: 'required' },
      ],
    });
  });

  it('names the version the ticket says it is in the refusal, and the versions it takes in a 415', async () => {
    const { base } = await start();
    const reply = await postJson(base, sample({ schema: 'ticket.v2', tierConfirmed: 'maybe' }));
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({
      error: 'not a valid ticket.v2 ticket',
      issues: [{ path: 'tierConfirmed', message: 'expected true or false' }],
    });
    const plain = await send(base, 'POST', '/api/tickets', 'hello', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.json().error).toBe(
      'send the ticket as application/json (ticket.v1 or ticket.v2), not text/plain',
    );
  });

  it('answers 400 to unknown keys, naming them', async () => {
    const { base } = await start();
    const ticket = sample({ attachments: [] });
    ticket.customer.phone = '+32 2 000 00 00';
    const reply = await postJson(base, ticket);
    expect(reply.status).toBe(400);
    expect(
      reply
        .json()
        .issues.map((issue: { path: string }) => issue.path)
        .sort(),
    ).toEqual(['attachments', 'customer.phone']);
  });

  it('answers 400 to a description longer than 5000 characters', async () => {
    const { base } = await start();
    const reply = await postJson(base, sample({ description: 'x'.repeat(20_000) }));
    expect(reply.status).toBe(400);
    expect(reply.json().issues).toEqual([
      { path: 'description', message: 'must be at most 5000 characters' },
    ]);
  });

  it('answers 413 to a body over 64 KiB and stores nothing', async () => {
    const { base, store } = await start();
    const reply = await postJson(base, sample({ description: 'x'.repeat(70 * 1024) }));
    expect(reply.status).toBe(413);
    expect(store.count()).toBe(0);
  });

  it('stops reading a streamed body once it passes 64 KiB and answers 413', async () => {
    const { base, store } = await start();
    const reply = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/api/tickets', base), {
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'application/json' },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      const chunk = Buffer.alloc(16 * 1024, 'x');
      // Without a Content-Length the server only finds out while reading.
      for (let i = 0; i < 5; i++) req.write(chunk);
    });
    expect(reply).toBe(413);
    expect(store.count()).toBe(0);
  });

  it('answers 415 to content types other than JSON and the form', async () => {
    const { base } = await start();
    const plain = await send(base, 'POST', '/api/tickets', JSON.stringify(sample()), {
      'Content-Type': 'text/plain',
    });
    const none = await send(base, 'POST', '/api/tickets', JSON.stringify(sample()));
    expect([plain.status, none.status]).toEqual([415, 415]);
    expect(plain.headers['accept-post']).toContain('application/json');
  });

  it('answers 400 when the Idempotency-Key is not the ticket id', async () => {
    const { base, store } = await start();
    const reply = await postJson(base, sample(), { 'Idempotency-Key': crypto.randomUUID() });
    expect(reply.status).toBe(400);
    expect(reply.json().issues).toEqual([
      { path: 'id', message: 'the Idempotency-Key header must equal the ticket id' },
    ]);
    expect(store.count()).toBe(0);
  });

  it('stores a script tag in the text verbatim', async () => {
    const { base, store } = await start();
    const description = 'The screen shows <script>alert("owned")</script> & <img src=x onerror=alert(1)>';
    const summary = '<b>PLDA</b> rejects "everything"';
    await postJson(base, sample({ description, summary }));
    expect(store.list()[0]?.ticket).toMatchObject({ description, summary });
  });

  it('keeps its own due time when the client clock is wrong, and flags the difference', async () => {
    const { base, store, logs } = await start();
    const ticket = sample({ submittedAt: '2031-01-01T09:00:00+01:00' });
    ticket.sla.firstResponseDue = '2031-01-01T13:00:00+01:00';
    expect((await postJson(base, ticket)).status).toBe(201);
    const [stored] = store.list();
    expect(stored?.ticket.sla.firstResponseDue).toBe('2031-01-01T13:00:00+01:00');
    expect(stored?.server.sla.firstResponseDue).toBe('2026-03-27T13:00:00.000Z');
    expect(stored?.mismatch).toEqual(['sla.firstResponseDue']);
    expect(logs[0]).toContain('mismatch=sla.firstResponseDue');
  });

  it('flags a verdict the server does not agree with', async () => {
    const { base, store } = await start({
      recompute: (ticket, now) => ({ ...plainMinutes(ticket, now), verdict: 'upsell', upsellTier: 'active' }),
    });
    await postJson(base, sample());
    expect(store.list()[0]).toMatchObject({
      server: { verdict: 'upsell', upsellTier: 'active' },
      mismatch: ['verdict', 'upsellTier'],
    });
  });

  it('answers 500 and stores nothing when the server cannot recompute', async () => {
    const { base, store } = await start({
      recompute: () => {
        throw new Error('no SLA policy');
      },
    });
    const reply = await postJson(base, sample());
    expect(reply.status).toBe(500);
    expect(store.count()).toBe(0);
  });

  it('answers 503 naming the ended calendar, stores nothing and logs why, when no due time can be worked out', async () => {
    const { base, store, logs } = await start({
      recompute: () => {
        throw new OutsideCalendar('2032-01-05T09:00:00.000Z is outside the business calendar');
      },
    });
    for (const reply of [await postJson(base, sample()), await postForm(base, FORM_FIELDS)]) {
      expect(reply.status).toBe(503);
      expect(reply.json()).toEqual({
        error: "tickets cannot be taken now: the receiver's business calendar has ended; try again later",
      });
    }
    expect(store.count()).toBe(0);
    expect(
      logs.some((line) => line.includes('2032-01-05T09:00:00.000Z is outside the business calendar')),
    ).toBe(true);
  });

  it('answers 429 with Retry-After once a client passes the limit, and lets it in again after', async () => {
    const { base, setClock } = await start({ rateLimitPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await postJson(base, sample())).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await postJson(base, sample());
    expect(limited.headers['retry-after']).toBe('20');
    setClock(new Date(NOW.getTime() + 20_000));
    expect((await postJson(base, sample())).status).toBe(201);
  });
});

describe('CORS', () => {
  it('lets a configured origin post and read the answer', async () => {
    const { base } = await start();
    const reply = await postJson(base, sample(), { Origin: HELPDESK });
    expect(reply.status).toBe(201);
    expect(reply.headers['access-control-allow-origin']).toBe(HELPDESK);
    expect(reply.headers['access-control-expose-headers']).toBe('Retry-After');
  });

  it('answers a preflight from a configured origin with POST, Content-Type and Idempotency-Key', async () => {
    const { base } = await start();
    const reply = await send(base, 'OPTIONS', '/api/tickets', undefined, {
      Origin: HELPDESK,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    });
    expect(reply.status).toBe(204);
    expect(reply.headers).toMatchObject({
      'access-control-allow-origin': HELPDESK,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type, Idempotency-Key',
    });
  });

  it('refuses other origins, for the preflight and the post, and stores nothing', async () => {
    const { base, store } = await start();
    const preflight = await send(base, 'OPTIONS', '/api/tickets', undefined, {
      Origin: 'https://evil.example',
    });
    const post = await postJson(base, sample(), { Origin: 'https://evil.example' });
    expect([preflight.status, post.status]).toEqual([403, 403]);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
    expect(store.count()).toBe(0);
  });

  it('accepts a post from the site it serves without CORS headers', async () => {
    const { base } = await start();
    const reply = await postJson(base, sample(), { Origin: base });
    expect(reply.status).toBe(201);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the no-JavaScript form', () => {
  const fields = FORM_FIELDS;

  it('stores the ticket with the server verdict and SLA and redirects to the sent page', async () => {
    const { base, store } = await start({
      recompute: (ticket, now) => ({
        verdict: 'upsell',
        upsellTier: 'premium',
        sla: {
          queue: 'sales',
          targetMinutes: 480,
          firstResponseDue: new Date(now.getTime() + 480 * 60_000).toISOString(),
          timezone: 'Europe/Brussels',
        },
      }),
    });
    const reply = await postForm(base, fields);
    expect(reply.status).toBe(303);
    const [stored] = store.list();
    expect(reply.headers.location).toBe(`/support/sent/?ref=${stored?.reference}`);
    expect(stored?.ticket).toMatchObject({
      tier: 'basic',
      topic: 'release-not-received',
      verdict: 'upsell',
      upsellTier: 'premium',
      submittedAt: NOW.toISOString(),
      customer: { name: 'Ann Peeters', email: 'ann@example.be', company: 'Peeters Logistics' },
      sla: { queue: 'sales', targetMinutes: 480, timezone: 'Europe/Brussels' },
    });
    expect(stored?.ticket).not.toHaveProperty('declaration');
    expect(stored?.mismatch).toBeNull();
  });

  it('answers a form with problems with a page that names the fields, escaped', async () => {
    const { base, store } = await start();
    const reply = await postForm(base, { ...fields, email: '<script>x</script>', summary: 'Hi' });
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.text).toContain('<h1>There is a problem</h1>');
    expect(reply.text).toContain('<li>Summary: must be at least 5 characters</li>');
    expect(reply.text).toContain('<li>E-mail address: expected an e-mail address like name@example.com</li>');
    expect(reply.text).not.toContain('<script>');
    expect(store.count()).toBe(0);
  });

  it('names each contact detail left blank, not the group they belong to', async () => {
    const { base, store } = await start();
    const reply = await postForm(base, { ...fields, name: '', email: '', company: '' });
    expect(reply.status).toBe(400);
    expect([...reply.text.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])).toEqual([
      'Full name: Enter your full name',
      'E-mail address: Enter your e-mail address',
      'Company: Enter the name of your company',
    ]);
    expect(store.count()).toBe(0);
  });

  it('answers a filled honeypot as if all were well, but stores nothing', async () => {
    const { base, store } = await start();
    const reply = await postForm(base, { ...fields, website: 'http://cheap-pills.example' });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toMatch(/^\/support\/sent\/\?ref=CAS-[0-9A-Z]{8}$/);
    expect(store.count()).toBe(0);
  });
});

describe('the built site', () => {
  it('serves index.html for the root and for folders, as HTML', async () => {
    const { base } = await start();
    const home = await send(base, 'GET', '/');
    const page = await send(base, 'GET', '/support/new/');
    expect([home.status, page.status]).toEqual([200, 200]);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<title>Raise a ticket</title>');
  });

  it('redirects a folder without its trailing slash, logging nothing as an error', async () => {
    const { base, logs } = await start();
    const reply = await send(base, 'GET', '/support/new?tier=basic');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/support/new/?tier=basic');
    expect(logs.filter((line) => line.startsWith('error on'))).toEqual([]);
  });

  it('serves scripts with their type and fingerprinted assets as immutable', async () => {
    const { base } = await start();
    const reply = await send(base, 'GET', '/_astro/app.1a2b3c.js');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const { base } = await start();
    const reply = await send(base, 'GET', '/tiers/gold/');
    expect(reply.status).toBe(404);
    expect(reply.text).toContain('Page not found');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/index.html%00.js',
  ])('never serves a file outside the site for %s', async (path) => {
    const { base } = await start();
    const reply = await send(base, 'GET', path);
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('outside the site');
  });

  it.each(['/api/attachments/x', '/api/tickets/x', '/api/attachments/x/y'])(
    'answers OPTIONS %s with the 404 page, not an error',
    async (path) => {
      const { base, logs } = await start();
      const reply = await send(base, 'OPTIONS', path);
      expect(reply.status).toBe(404);
      expect(reply.text).toContain('Page not found');
      expect(logs.filter((line) => line.startsWith('error on'))).toEqual([]);
    },
  );

  it('answers other methods on pages with 405', async () => {
    const { base } = await start();
    const reply = await send(base, 'DELETE', '/');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});
