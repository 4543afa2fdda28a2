/**
 * The ticket receiver under test: the real HTTP server on an ephemeral port, a temporary database
 * and a temporary built site, with the clock and the recompute step injected; and plain HTTP
 * exchanges with nothing normalised by the client.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createReceiver, type ReceiverOptions } from '../../src/receiver/app.ts';
import { createDownloadLinks } from '../../src/receiver/attachments/download-link.ts';
import { createFileStore } from '../../src/receiver/attachments/file-store.ts';
import { LOOPBACK_HOSTS } from '../../src/receiver/config.ts';
import { openTicketDatabase } from '../../src/receiver/database/client.ts';
import { openTicketStore, type TicketStore } from '../../src/receiver/database/ticket-store.ts';
import type { Recompute } from '../../src/receiver/recheck.ts';

export const NOW = new Date('2026-03-27T09:00:00Z');
export const HELPDESK = 'https://helpdesk.example';
/** The public address the receiver under test writes into download links. */
export const SITE = 'https://support.example';

/** A stand-in for the domain SLA: the target counted in plain minutes from the server's clock. */
export const plainMinutes: Recompute = (ticket, now) => ({
  verdict: ticket.verdict,
  ...(ticket.verdict === 'upsell' ? { upsellTier: ticket.upsellTier } : {}),
  sla: {
    queue: ticket.sla.queue,
    targetMinutes: ticket.sla.targetMinutes,
    firstResponseDue: new Date(now.getTime() + ticket.sla.targetMinutes * 60_000).toISOString(),
    timezone: 'Europe/Brussels',
  },
});

export function sample(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    schema: 'ticket.v1',
    id: crypto.randomUUID(),
    submittedAt: '2026-03-27T09:59:58+01:00',
    tier: 'premium',
    topic: 'release-not-received',
    verdict: 'covered',
    priority: 'high',
    summary: 'Release not received since Friday',
    description: 'Our import declaration has been waiting for release since Friday afternoon.',
    customer: { name: 'Ann Peeters', email: 'ann@example.be', company: 'Peeters Logistics' },
    // 240 minutes after NOW, as the browser would have computed it.
    sla: {
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-27T14:00:00+01:00',
      timezone: 'Europe/Brussels',
    },
    ...overrides,
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any;
}

/** One HTTP exchange on its own connection, with nothing normalised by the client. */
export function send(
  base: string,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function postJson(base: string, ticket: unknown, headers: Record<string, string> = {}) {
  return send(base, 'POST', '/api/tickets', JSON.stringify(ticket), {
    'Content-Type': 'application/json',
    ...headers,
  });
}

/** Uploads `bytes` as the file `name` to `POST /api/attachments`, as a browser's FormData would. */
export function upload(
  base: string,
  name: string,
  bytes: Uint8Array,
  field = 'file',
  headers: Record<string, string> = {},
) {
  return uploadParts(base, [[field, new Blob([new Uint8Array(bytes)]), name]], headers);
}

/** A complete no-JavaScript form post, as a person would send it. */
export const FORM_FIELDS: Readonly<Record<string, string>> = {
  tier: 'basic',
  topic: 'release-not-received',
  priority: 'normal',
  summary: 'Release not received',
  description: 'Waiting for release since this morning.',
  name: 'Ann Peeters',
  email: 'ann@example.be',
  company: 'Peeters Logistics',
  reference: '',
  website: '',
};

/** A multipart part: a field's name and value, and a file's name for a Blob. */
export type Part = [field: string, value: Blob | string, fileName?: string];

/** Posts `parts` to `POST /api/attachments` as one multipart body, as a browser's FormData would. */
export async function uploadParts(base: string, parts: Part[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [field, value, name] of parts)
    if (typeof value === 'string') form.append(field, value);
    else form.append(field, value, name);
  const request = new Request(new URL('/api/attachments', base), { method: 'POST', body: form });
  return send(base, 'POST', '/api/attachments', Buffer.from(await request.arrayBuffer()), {
    'Content-Type': request.headers.get('content-type') ?? '',
    ...headers,
  });
}

export function postForm(base: string, fields: Record<string, string>) {
  const body = new URLSearchParams(fields).toString();
  return send(base, 'POST', '/api/tickets', body, { 'Content-Type': 'application/x-www-form-urlencoded' });
}

export interface Running {
  base: string;
  /** The temporary built site it serves. */
  dist: string;
  /** The temporary folder holding it all (the database and attachments under `data/`). */
  dir: string;
  store: TicketStore;
  logs: string[];
  setClock: (date: Date) => void;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

export async function start(options: Partial<ReceiverOptions> = {}): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'receiver-test-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'support', 'new'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CAS support</title><h1>Home</h1>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title><h1>Page not found</h1>');
  writeFileSync(join(dist, 'support', 'new', 'index.html'), '<!doctype html><title>Raise a ticket</title>');
  writeFileSync(join(dist, '_astro', 'app.1a2b3c.js'), 'console.log("hi");');
  writeFileSync(join(dir, 'secret.txt'), 'outside the site');
  const ticketsDb = join(dir, 'data', 'tickets.sqlite');
  const database = await openTicketDatabase(ticketsDb);
  const store = openTicketStore(ticketsDb, { readOnly: true });
  const logs: string[] = [];
  let clock = NOW;
  const app = await createReceiver({
    attachments: {
      files: createFileStore(join(dir, 'data', 'attachments')),
      links: createDownloadLinks(Buffer.from('a test signing secret'), SITE),
    },
    distDir: dist,
    database,
    recompute: plainMinutes,
    now: () => clock,
    rateLimitPerMinute: 0,
    corsOrigins: [HELPDESK],
    allowedHosts: LOOPBACK_HOSTS,
    log: (line) => logs.push(line),
    ...options,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  cleanups.push(async () => {
    await app.close();
    await database.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    dist,
    dir,
    store,
    logs,
    setClock: (date) => (clock = date),
  };
}
